import postgres from 'postgres';

/** A fresh database on the real PostgreSQL of TEST_POSTGRES_URL, for one test run to own and drop. */
export async function createScratchDatabase(purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
	const admin = process.env.TEST_POSTGRES_URL;
	if (!admin) throw new Error('TEST_POSTGRES_URL is not set');
	const name = `rescue_ledger_${purpose}_${process.pid}_${Date.now()}`;
	const run = async (statement: string) => {
		const sql = postgres(admin, { max: 1, onnotice: () => {} });
		try {
			await sql.unsafe(statement);
		} finally {
			await sql.end();
		}
	};
	await run(`create database ${name}`);
	const url = new URL(admin);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
