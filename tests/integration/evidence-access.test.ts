import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientWithToken, demo } from '../support/clients.ts';
import { callApi, passwordToken, startAppUnderTest } from '../support/api-app.ts';
import { appSession, fetchSheet, recordCase } from '../support/evidence-sheets.ts';

/**
 * A prosecutor reads only the cases granted to them, whichever door they try: the app's pages,
 * the partner API and PostgREST with their own token. Each refusal is paired with the granted
 * case answering, so a refusal cannot pass just because the door is shut for everyone.
 */
const run = `EVAC-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
let app: Awaited<ReturnType<typeof startAppUnderTest>>;
const tokens = { admin: '', keeper: '', prosecutor: '' };
let hidden = '';
let granted = '';

beforeAll(async () => {
	app = await startAppUnderTest();
	for (const role of ['admin', 'keeper', 'prosecutor'] as const) tokens[role] = await passwordToken(demo[role].email, demo[role].password);
	[hidden, granted] = [await recordCase(app.origin, tokens.keeper, `${run}/HIDDEN`), await recordCase(app.origin, tokens.keeper, `${run}/GRANTED`)];
	const grant = await clientWithToken(tokens.admin).from('case_grants').insert({ case_id: granted, prosecutor_id: demo.prosecutor.id });
	expect(grant.error).toBeNull();
	// A sheet of the hidden case exists, so that an empty answer below is RLS at work, not an empty table.
	expect((await fetchSheet(app.origin, tokens.admin, hidden)).status).toBe(200);
}, 600_000);
afterAll(() => app?.stop());

describe('a prosecutor and a case not granted to them', () => {
	it('the app shows them the granted case and refuses the other', async () => {
		const cookie = await appSession(app.origin, demo.prosecutor.email, demo.prosecutor.password);
		const page = (id: string) => fetch(`${app.origin}/cases/${id}`, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
		const open = await page(granted);
		expect(open.status).toBe(200);
		expect(await open.text()).toContain(`${run}/GRANTED`);
		const shut = await page(hidden);
		expect([403, 404]).toContain(shut.status);
		expect(await shut.text()).not.toContain(`${run}/HIDDEN`);
	});

	it('the API answers 404 for the case and its evidence sheet', async () => {
		expect((await callApi(app.origin, 'GET', `/api/v1/cases/${granted}`, { token: tokens.prosecutor })).status).toBe(200);
		const shut = await callApi(app.origin, 'GET', `/api/v1/cases/${hidden}`, { token: tokens.prosecutor });
		expect([403, 404]).toContain(shut.status);
		const sheet = await fetchSheet(app.origin, tokens.prosecutor, hidden);
		expect([403, 404]).toContain(sheet.status);
		expect(sheet.pdf).toBeNull();
	});

	it('PostgREST with their token returns nothing of it, and refuses to draft a sheet', async () => {
		const db = clientWithToken(tokens.prosecutor);
		const rows = async (table: string, column: string, id: string) => {
			const { data, error } = await db.from(table).select(column).eq(column, id);
			expect(error).toBeNull();
			return data!.length;
		};
		expect(await rows('seizure_cases', 'id', granted)).toBe(1);
		expect(await rows('custody_events', 'case_id', granted)).toBeGreaterThan(0);
		expect(await rows('seizure_cases', 'id', hidden)).toBe(0);
		expect(await rows('custody_events', 'case_id', hidden)).toBe(0);
		expect(await rows('evidence_documents', 'case_id', hidden)).toBe(0);
		const draft = await db.rpc('evidence_sheet_draft', {
			p_subject: 'case',
			p_subject_id: hidden,
			p_request_id: null,
			p_include_veterinary: false,
			p_include_offender: false
		});
		expect(draft.error?.code).toBe('42501');
	});
});

describe("a prosecutor's evidence.pdf", () => {
	it('is a 404 telling them to request one while no sheet was issued for their request', async () => {
		const res = await fetchSheet(app.origin, tokens.prosecutor, granted, 'lang=km');
		expect(res.status).toBe(404);
		expect(res.json).toMatchObject({ error: 'not_found', message: expect.stringContaining('Request one') });
	});
});
