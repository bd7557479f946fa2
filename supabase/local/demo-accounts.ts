/**
 * The demo accounts that supabase/seed.sql creates (one per role). Listed in the README; the start
 * command refuses to run in production while any of these passwords still signs in.
 */
export const demoAccounts = {
	admin: { id: '00000000-0000-4000-8000-0000000000a1', email: 'admin@rescue-ledger.test', password: 'demo-admin-2026' },
	vet: { id: '00000000-0000-4000-8000-0000000000a2', email: 'vet@rescue-ledger.test', password: 'demo-vet-2026' },
	keeper: { id: '00000000-0000-4000-8000-0000000000a3', email: 'keeper@rescue-ledger.test', password: 'demo-keeper-2026' },
	release_team: { id: '00000000-0000-4000-8000-0000000000a4', email: 'release@rescue-ledger.test', password: 'demo-release-2026' },
	prosecutor: { id: '00000000-0000-4000-8000-0000000000a5', email: 'prosecutor@rescue-ledger.test', password: 'demo-prosecutor-2026' }
} as const;

/** The demo accounts whose demo password still signs in on the given Supabase API. */
export async function demoPasswordsInUse(url: string, anonKey: string): Promise<string[]> {
	const accepted: string[] = [];
	for (const account of Object.values(demoAccounts)) {
		const res = await fetch(`${url}/auth/v1/token?grant_type=password`, {
			method: 'POST',
			headers: { apikey: anonKey, 'content-type': 'application/json' },
			body: JSON.stringify({ email: account.email, password: account.password })
		});
		if (res.ok) accepted.push(account.email);
	}
	return accepted;
}
