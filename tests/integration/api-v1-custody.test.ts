import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { loadCasePage } from '$lib/server/seizures/case-page';
import type { Database } from '$lib/types/database';
import { client, clientWithToken, demo } from '../support/clients.ts';
import { boatSeizure, callApi, passwordToken, startAppUnderTest } from '../support/api-app.ts';

/**
 * Custody through the partner API (docs/api.md): events append to the case's hash chain, refusals
 * leave it untouched, and no key at all can rewrite a recorded event through PostgREST.
 */
const run = `API-C-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const service = client('service');
let app: Awaited<ReturnType<typeof startAppUnderTest>>;
let keeper = '';
let caseId = '';
let groupLotId = '';
let pythonCode = '';

const chain = async () => (await callApi(app.origin, 'GET', `/api/v1/cases/${caseId}`, { token: keeper })).body.custodyChain;
const postEvent = (body: unknown, token = keeper) => callApi(app.origin, 'POST', '/api/v1/custody-events', { token, body });
const moved = (subject: Record<string, string>) => ({
	...subject,
	eventType: 'moved',
	occurredAt: new Date(Date.now() - 60_000).toISOString(),
	place: 'Quarantine block B',
	to: { name: 'Chan Sophea', agency: 'Phnom Tamao Wildlife Rescue Centre' },
	purpose: 'Quarantine'
});

beforeAll(async () => {
	app = await startAppUnderTest();
	keeper = await passwordToken(demo.keeper.email, demo.keeper.password);
	const res = await callApi(app.origin, 'POST', '/api/v1/seizures', { token: keeper, body: boatSeizure(`${run}/BOAT`) });
	expect(res.status).toBe(201);
	caseId = res.body.caseId;
	groupLotId = res.body.lots[1].id;
	pythonCode = res.body.lots[0].animalCodes[0];
}, 600_000);
afterAll(() => app?.stop());

describe('POST /api/v1/custody-events', () => {
	it('appends an event at the next position, linked to the previous head, and the chain stays valid', async () => {
		const before = await chain();
		const res = await postEvent(moved({ lotId: groupLotId }));
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ caseId, position: before.events + 1, prevHash: before.head });
		expect(res.body.rowHash).toMatch(/^[0-9a-f]{64}$/);
		expect(await chain()).toEqual({ valid: true, events: before.events + 1, head: res.body.rowHash });
	});

	it('records an event about an animal by its code', async () => {
		const res = await postEvent(moved({ animalCode: pythonCode }));
		expect(res.status).toBe(201);
	});

	it('refuses an event without a receiving party, or of a type that ends custody, with 400', async () => {
		const before = await chain();
		const { to: _to, ...withoutTo } = moved({ lotId: groupLotId });
		const missing = await postEvent(withoutTo);
		expect(missing.status).toBe(400);
		expect(missing.body.issues.map((i: { path: string }) => i.path)).toContain('to');
		const died = await postEvent({ ...moved({ animalCode: pythonCode }), eventType: 'died' });
		expect(died.status).toBe(400);
		expect(died.body.issues).toContainEqual({ path: 'eventType', message: en.validation.event_type_invalid });
		// Refused by the database (a photo of no case): the same 400 shape, with its sentence.
		const photo = await postEvent({ ...moved({ lotId: groupLotId }), photoIds: [crypto.randomUUID()] });
		expect(photo).toMatchObject({ status: 400, body: { error: 'invalid_request', message: 'A cited photo does not belong to this case.' } });
		expect(await chain()).toEqual(before);
	});

	it('answers 404 for a subject that does not exist, 400 for two subjects', async () => {
		const unknown = await postEvent(moved({ animalCode: 'PT-2026-999999999' }));
		expect(unknown).toMatchObject({ status: 404, body: { error: 'subject_not_found' } });
		const two = await postEvent(moved({ caseId, lotId: groupLotId }));
		expect(two.body.issues).toContainEqual({ path: 'subject', message: en.validation.subject_required });
	});

	it('answers 403 to a prosecutor', async () => {
		const prosecutor = await passwordToken(demo.prosecutor.email, demo.prosecutor.password);
		expect((await postEvent(moved({ caseId }), prosecutor)).status).toBe(403);
	});
});

describe('GET /api/v1/animals/{code}', () => {
	it('shows the animal, its case and its custody events in chain order', async () => {
		const res = await callApi(app.origin, 'GET', `/api/v1/animals/${pythonCode}`, { token: keeper });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ code: pythonCode, caseId, caseNumber: `${run}/BOAT`, status: 'in_care', sex: 'unknown' });
		expect(res.body.species).toMatchObject({ scientificName: 'Python bivittatus' });
		expect(res.body.identifiers).toEqual({ microchip: null, ring: null, tag: null, distinctiveMarks: null });
		const events = res.body.custodyEvents as { position: number; eventType: string; animalCode: string | null }[];
		expect(events.map((e) => e.eventType)).toEqual(['seized', 'received_at_centre', 'moved']);
		expect(events.slice(1).every((e) => e.animalCode === pythonCode)).toBe(true);
		expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((a, b) => a - b));
	});

	it('pages the case timeline in chain order, with the recorder named (loadCasePage)', async () => {
		const db = clientWithToken(keeper) as unknown as SupabaseClient<Database>;
		const first = (await loadCasePage(db, caseId, { page: 1, pageSize: 3 }))!.timeline;
		expect(first.total).toBe((await chain()).events);
		expect(first.events.map((e) => e.position)).toEqual([1, 2, 3]);
		expect(first.events[0]).toMatchObject({ eventType: 'seized', from: null, recordedBy: { id: demo.keeper.id, name: 'Vannak Sok' } });
		const past = (await loadCasePage(db, caseId, { page: 1000, pageSize: 3 }))!.timeline;
		expect(past).toEqual({ events: [], total: first.total });
	});

	it('answers 404 for an unknown code', async () => {
		const res = await callApi(app.origin, 'GET', '/api/v1/animals/PT-2026-999999999', { token: keeper });
		expect(res).toMatchObject({ status: 404, body: { error: 'not_found' } });
	});
});

describe('the custody ledger through the API', () => {
	it('answers 405 to any attempt to change or delete an event, and the event stays as it was', async () => {
		const { data: original } = await service.from('custody_events').select('*').eq('case_id', caseId).eq('position', 1).single();
		for (const [method, path] of [
			['PATCH', `/api/v1/custody-events/${original.id}`],
			['PUT', `/api/v1/custody-events/${original.id}`],
			['DELETE', `/api/v1/custody-events/${original.id}`],
			['DELETE', '/api/v1/custody-events']
		] as const) {
			const res = await callApi(app.origin, method, path, { token: keeper, body: method === 'DELETE' ? undefined : { place: 'Elsewhere' } });
			expect(res, `${method} ${path}`).toMatchObject({ status: 405, body: { error: 'append_only' } });
		}
		const { data: after } = await service.from('custody_events').select('*').eq('id', original.id).single();
		expect(after).toEqual(original);
	});
});

describe('the custody ledger through PostgREST directly', () => {
	it('refuses to change or delete an event with the anon key, a user token and the service-role key', async () => {
		const { data: original } = await service.from('custody_events').select('*').eq('case_id', caseId).eq('position', 1).single();
		const attempts = [client('anon'), clientWithToken(keeper), service];
		for (const db of attempts) {
			const update = await db.from('custody_events').update({ place: 'Somewhere else' }).eq('id', original.id);
			expect(update.error?.code).toBe('42501');
			const remove = await db.from('custody_events').delete().eq('id', original.id);
			expect(remove.error?.code).toBe('42501');
		}
		const { data: after } = await service.from('custody_events').select('*').eq('id', original.id).single();
		expect(after).toEqual(original);
		expect((await chain()).valid).toBe(true);
	});
});
