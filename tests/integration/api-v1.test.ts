import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { accessToken, client, demo } from '../support/clients.ts';
import { boatSeizure, callApi, passwordToken, startAppUnderTest } from '../support/api-app.ts';

/**
 * The partner API (docs/api.md) through the built app against the test run's stack: seizures are
 * written whole or not at all, and refusals say why in a stable shape.
 */
const run = `API-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const service = client('service');
let app: Awaited<ReturnType<typeof startAppUnderTest>>;
const tokens: Record<'keeper' | 'prosecutor' | 'release', string> = { keeper: '', prosecutor: '', release: '' };

const casesNumbered = async (caseNumber: string) => {
	const { data, error } = await service.from('seizure_cases').select('id').eq('case_number', caseNumber);
	expect(error).toBeNull();
	return data!.length;
};
const post = (body: unknown, token = tokens.keeper) => callApi(app.origin, 'POST', '/api/v1/seizures', { token, body });

beforeAll(async () => {
	app = await startAppUnderTest();
	tokens.keeper = await passwordToken(demo.keeper.email, demo.keeper.password);
	tokens.prosecutor = await passwordToken(demo.prosecutor.email, demo.prosecutor.password);
	tokens.release = await passwordToken(demo.release.email, demo.release.password);
}, 600_000);
afterAll(() => app?.stop());

describe('POST /api/v1/seizures and GET /api/v1/cases/{id}', () => {
	const caseNumber = `${run}/BOAT`;
	let caseId = '';

	it('records a boat seizure: individual and group lots and an item, with animal codes', async () => {
		const res = await post(boatSeizure(caseNumber));
		expect(res.status).toBe(201);
		caseId = res.body.caseId;
		expect(res.body.lots).toHaveLength(2);
		expect(res.body.lots[0]).toMatchObject({ species: 'Python bivittatus', count: 3 });
		expect(res.body.lots[0].animalCodes).toHaveLength(3);
		for (const code of res.body.lots[0].animalCodes) expect(code).toMatch(/^PT-\d{4}-\d{6,9}$/);
		expect(res.body.lots[1]).toMatchObject({ species: 'Ptyas mucosa', count: 40, animalCodes: [] });
		expect(res.body.items).toEqual([{ id: expect.any(String), description: 'Pangolin scales in a sealed sack' }]);
	});

	it('shows the case with balanced lots and a valid chain of every intake event', async () => {
		const res = await callApi(app.origin, 'GET', `/api/v1/cases/${caseId}`, { token: tokens.keeper });
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ id: caseId, caseNumber, status: 'open', location: { lat: 12.4881, lng: 106.0188 } });
		const lot = (name: string) => res.body.lots.find((l: { species: { scientificName: string } }) => l.species.scientificName === name);
		const [pythons, snakes] = [lot('Python bivittatus'), lot('Ptyas mucosa')];
		expect(pythons.species).toMatchObject({ englishName: expect.any(String), citesAppendix: expect.anything() });
		expect(pythons.reconciliation).toMatchObject({ received: 3, inCare: 0, splitOut: 3, died: 0, balanced: true });
		expect(pythons.individualsByStatus).toEqual({ in_care: 3 });
		expect(snakes.reconciliation).toMatchObject({ received: 40, inCare: 40, splitOut: 0, balanced: true });
		expect(res.body.items[0]).toMatchObject({ quantity: 12.5, unit: 'kg', sealNumbers: ['FA-S-0001'], status: 'held' });
		// seized + the group lot received + 3 pythons received + the sack received
		expect(res.body.custodyChain).toEqual({ valid: true, events: 6, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
	});

	it('refuses a duplicate case number with 409 and writes nothing', async () => {
		const res = await post(boatSeizure(caseNumber.toLowerCase()));
		expect(res.status).toBe(409);
		expect(res.body.error).toBe('duplicate_case');
		expect(await casesNumbered(caseNumber.toLowerCase())).toBe(0);
	});

	it('names every unknown species with 422 and writes nothing', async () => {
		const body = boatSeizure(`${run}/SPECIES`);
		body.lots.push({ species: 'Foo bar', count: 2, recordAs: 'group' });
		const res = await post(body);
		expect(res.status).toBe(422);
		expect(res.body).toEqual({ error: 'unknown_species', message: 'Unknown species: Foo bar', species: ['Foo bar'] });
		expect(await casesNumbered(body.caseNumber)).toBe(0);
	});

	const invalid: [string, (b: ReturnType<typeof boatSeizure>) => void, string, keyof typeof en.validation][] = [
		['count 0', (b) => (b.lots[0].count = 0), 'lots.0.count', 'count_too_small'],
		['count -1', (b) => (b.lots[0].count = -1), 'lots.0.count', 'count_too_small'],
		['count 100001', (b) => (b.lots[1].count = 100_001), 'lots.1.count', 'count_too_large'],
		['count 1.5', (b) => (b.lots[0].count = 1.5), 'lots.0.count', 'count_whole'],
		['latitude 91', (b) => (b.location.lat = 91), 'location.lat', 'latitude_invalid'],
		['longitude -181', (b) => (b.location.lng = -181), 'location.lng', 'longitude_invalid'],
		['a future date', (b) => (b.seizedAt = new Date(Date.now() + 86_400_000).toISOString()), 'seizedAt', 'datetime_in_future'],
		['no lots and no items', (b) => ((b.lots = []), (b.items = [])), 'lots', 'seizure_empty']
	];
	it.each(invalid)('refuses %s with 400 naming the field, and writes nothing', async (_, change, path, key) => {
		const body = boatSeizure(`${run}/BAD`);
		change(body);
		const res = await post(body);
		expect(res.status).toBe(400);
		expect(res.body.error).toBe('invalid_request');
		expect(res.body.issues).toContainEqual({ path, message: en.validation[key] });
		expect(await casesNumbered(body.caseNumber)).toBe(0);
	});

	it('refuses malformed JSON with 400', async () => {
		const res = await post(`{"caseNumber": "${run}/JSON",`);
		expect(res.status).toBe(400);
		expect(res.body.error).toBe('malformed_json');
		expect(await casesNumbered(`${run}/JSON`)).toBe(0);
	});

	it('answers 401 without a token, with a bad one and with a forged one', async () => {
		const body = boatSeizure(`${run}/ANON`);
		const forged = await accessToken(demo.keeper.id, { secret: 'not-the-stack-secret-but-long-enough-0123456789' });
		for (const token of [undefined, 'not-a-token', forged]) {
			const res = await callApi(app.origin, 'POST', '/api/v1/seizures', { token, body });
			expect(res.status).toBe(401);
			expect(res.body.error).toBe('unauthorized');
		}
		expect(await casesNumbered(body.caseNumber)).toBe(0);
	});

	it('answers 403 to the roles that do not take in seizures, and writes nothing', async () => {
		const body = boatSeizure(`${run}/ROLE`);
		for (const token of [tokens.prosecutor, tokens.release]) expect((await post(body, token)).status).toBe(403);
		expect(await casesNumbered(body.caseNumber)).toBe(0);
	});

	it('hides a case from a prosecutor without a grant (404), shows it with one', async () => {
		const path = `/api/v1/cases/${caseId}`;
		expect((await callApi(app.origin, 'GET', path, { token: tokens.prosecutor })).status).toBe(404);
		const grant = await service.from('case_grants').insert({ case_id: caseId, prosecutor_id: demo.prosecutor.id, granted_by: demo.admin.id });
		expect(grant.error).toBeNull();
		expect((await callApi(app.origin, 'GET', path, { token: tokens.prosecutor })).status).toBe(200);
	});

	it('answers 404 for an unknown case and 400 for an id that is not a UUID', async () => {
		const unknown = await callApi(app.origin, 'GET', `/api/v1/cases/${crypto.randomUUID()}`, { token: tokens.keeper });
		expect(unknown).toMatchObject({ status: 404, body: { error: 'not_found' } });
		const bad = await callApi(app.origin, 'GET', '/api/v1/cases/42', { token: tokens.keeper });
		expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
		const nowhere = await callApi(app.origin, 'GET', '/api/v1/nowhere', { token: tokens.keeper });
		expect(nowhere).toMatchObject({ status: 404, body: { error: 'not_found' } });
	});
});
