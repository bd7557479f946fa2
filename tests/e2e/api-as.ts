import { expect } from '@playwright/test';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import { demoAccounts } from '../../supabase/local/demo-accounts.ts';
import { e2eStack } from './stack-file.ts';

/** supabase-js on the e2e stack, signed in as a demo account: how tests set up records quickly. */
export async function apiAs(account: { email: string; password: string }): Promise<SupabaseClient> {
	const { url, anonKey } = e2eStack();
	const api = createClient(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } });
	const signedIn = await api.auth.signInWithPassword({ email: account.email, password: account.password });
	expect(signedIn.error).toBeNull();
	return api;
}

export interface SeizureResult {
	caseId: string;
	lots: { id: string; animalCodes: string[] }[];
}

/** A fresh seizure of one lot, recorded as the keeper through the API, under a unique case number. */
export async function seizeAsKeeper(
	prefix: string,
	lot: { species: string; count: number; recordAs: 'group' | 'individual' }
): Promise<{ api: SupabaseClient; result: SeizureResult }> {
	const api = await apiAs(demoAccounts.keeper);
	const { data, error } = await api.rpc('record_seizure', {
		payload: {
			caseNumber: `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
			seizedAt: '2026-06-14T05:30:00+07:00',
			location: { description: 'Market stall, Kampong Cham' },
			agency: 'Wildlife Rapid Rescue Team',
			leadOfficer: { name: 'Chea Sophal', agency: 'Forestry Administration', idNumber: 'FA-1123' },
			lots: [lot],
			items: []
		}
	});
	expect(error).toBeNull();
	return { api, result: data as SeizureResult };
}
