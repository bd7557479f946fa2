import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { sheetTextKm } from '$lib/server/evidence/sheet-labels-km';
import { demo } from '../support/clients.ts';
import { callApi, passwordToken, startAppUnderTest } from '../support/api-app.ts';
import { fetchSheet, firstPageQr, pdfText, postForm, recordCase, tamperWithEvent } from '../support/evidence-sheets.ts';

/**
 * The evidence chain end to end through the built app: an admin's sheet carries its document ID,
 * content hash and a QR code to its verify page; the same records give the same hash; a later
 * event supersedes the sheet; a superuser's edit behind the ledger's guard shows as altered, at
 * its position and field, and stops new sheets; an uploaded file is compared byte for byte.
 */
const run = `EVID-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
let app: Awaited<ReturnType<typeof startAppUnderTest>>;
const tokens = { admin: '', keeper: '' };
let caseId = '';
let documentId = '';
let khmerDocumentId = '';
let issuedPdf: Uint8Array;

const verify = async (id: string) => callApi(app.origin, 'GET', `/api/v1/verify/${id}`);
const moved = (caseId: string) => ({
	caseId,
	eventType: 'moved',
	occurredAt: new Date(Date.now() - 60_000).toISOString(),
	place: 'Quarantine block B',
	to: { name: 'Chan Sophea', agency: 'Phnom Tamao Wildlife Rescue Centre' },
	purpose: 'Quarantine'
});
const withFile = (pdf: Uint8Array) => {
	const form = new FormData();
	form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'sheet.pdf');
	return form;
};
const upload = (pdf: Uint8Array, id = documentId) => postForm(app.origin, `/verify/${id}?/upload`, withFile(pdf));

beforeAll(async () => {
	app = await startAppUnderTest();
	tokens.admin = await passwordToken(demo.admin.email, demo.admin.password);
	tokens.keeper = await passwordToken(demo.keeper.email, demo.keeper.password);
	caseId = await recordCase(app.origin, tokens.keeper, `${run}/BOAT`);
}, 600_000);
afterAll(() => app?.stop());

describe('GET /api/v1/cases/{id}/evidence.pdf as an admin', () => {
	it('issues an English sheet with its document ID, content hash and a QR code to its verify page', async () => {
		const res = await fetchSheet(app.origin, tokens.admin, caseId);
		expect(res.status).toBe(200);
		documentId = res.headers.get('x-document-id')!;
		const contentHash = res.headers.get('x-content-sha256')!;
		expect(documentId).toMatch(/^[0-9a-f-]{36}$/);
		expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
		expect(res.headers.get('content-disposition')).toContain('.pdf');
		issuedPdf = res.pdf!;
		const text = pdfText(issuedPdf);
		for (const expected of [`${run}/BOAT`, documentId, contentHash]) expect(text).toContain(expected);
		expect(firstPageQr(issuedPdf)).toBe(`${app.origin}/verify/${documentId}`);

		const verified = await verify(documentId);
		expect(verified.status).toBe(200);
		expect(verified.body).toMatchObject({ found: true, documentId, status: 'unchanged', caseNumber: `${run}/BOAT`, contentHash, language: 'en' });
	});

	it('issues a Khmer sheet whose text is Khmer', async () => {
		const res = await fetchSheet(app.origin, tokens.admin, caseId, 'lang=km');
		expect(res.status).toBe(200);
		khmerDocumentId = res.headers.get('x-document-id')!;
		const text = pdfText(res.pdf!);
		expect(text).toContain(`${run}/BOAT`);
		expect(text).toContain(khmerDocumentId);
		// pdftotext gives Khmer in glyph order, so only labels without reordered vowels compare as typed.
		for (const label of [sheetTextKm.sections.items, sheetTextKm.species.cites]) expect(text).toContain(label);
		expect((await verify(khmerDocumentId)).body).toMatchObject({ status: 'unchanged', language: 'km' });
	});

	it('gives the same content hash for the same records, under a new document ID', async () => {
		const [first, second] = [await fetchSheet(app.origin, tokens.admin, caseId), await fetchSheet(app.origin, tokens.admin, caseId)];
		expect(second.headers.get('x-content-sha256')).toBe(first.headers.get('x-content-sha256'));
		expect(second.headers.get('x-document-id')).not.toBe(first.headers.get('x-document-id'));
	});

	it('refuses a bad language (400), an unknown or malformed case (404) and a keeper (403)', async () => {
		expect((await fetchSheet(app.origin, tokens.admin, caseId, 'lang=fr')).status).toBe(400);
		expect((await fetchSheet(app.origin, tokens.admin, crypto.randomUUID())).json).toMatchObject({ error: 'not_found' });
		expect((await fetchSheet(app.origin, tokens.admin, 'not-a-uuid')).status).toBe(404);
		expect((await fetchSheet(app.origin, tokens.keeper, caseId)).status).toBe(403);
	});
});

describe('the verify page and API', () => {
	it('shows an anonymous visitor what the sheet is and its verdict, with no personal data', async () => {
		const res = await fetch(`${app.origin}/verify/${documentId}`, { headers: { accept: 'text/html', 'accept-language': 'en' } });
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain(`${run}/BOAT`);
		expect(html).toContain('data-status="unchanged"');
		expect(html).toContain(en.verify.unchangedHeading);
		// The lead officer, their ID number and the place of seizure are on the sheet, never here.
		for (const personal of ['Sok Vuthy', 'FA-1029', 'Kratie', 'Chan Sophea']) expect(html).not.toContain(personal);
	});

	it('answers an unknown or malformed document ID with a plain 404', async () => {
		for (const id of [crypto.randomUUID(), 'nonsense']) {
			expect(await verify(id)).toMatchObject({ status: 404, body: { error: 'not_found' } });
			const page = await fetch(`${app.origin}/verify/${id}`, { headers: { accept: 'text/html' } });
			expect(page.status).toBe(404);
			expect(await page.text()).toContain('data-status="not_found"');
		}
	});

	it('sends a typed document ID to its page', async () => {
		const res = await fetch(`${app.origin}/verify?id=${documentId.toUpperCase()}`, { redirect: 'manual' });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe(`/verify/${documentId}`);
	});

	it('tells the issued file from one changed after issuing, and refuses what is no sheet', async () => {
		const same = await upload(issuedPdf);
		expect(same.status).toBe(200);
		expect(await same.text()).toContain('data-outcome="identical"');
		const resaved = new Uint8Array([...issuedPdf, ...new TextEncoder().encode('%x\n')]);
		expect(await (await upload(resaved)).text()).toContain('data-outcome="differs"');
		expect(await (await postForm(app.origin, '/verify?/upload', withFile(resaved))).text()).toContain('data-outcome="differs"');
		expect(await (await upload(resaved, khmerDocumentId)).text()).toContain('data-outcome="other_document"');
		expect(await (await upload(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'))).text()).toContain('data-outcome="no_reference"');
		expect(await (await upload(new TextEncoder().encode('hello'))).text()).toContain('data-outcome="not_pdf"');
	});
});

describe('when the records change', () => {
	it('a later event supersedes the sheet: one event added, every event on it unchanged', async () => {
		const res = await callApi(app.origin, 'POST', '/api/v1/custody-events', { token: tokens.keeper, body: moved(caseId) });
		expect(res.status).toBe(201);
		const { body } = await verify(documentId);
		expect(body).toMatchObject({ status: 'superseded', eventsAdded: 1, changedEvents: [], missingEvents: [], chain: { valid: true } });
	});

	it('an event edited behind the ledger guard shows the sheet altered, and no new sheet is issued', async () => {
		const ownCase = await recordCase(app.origin, tokens.keeper, `${run}/TAMPER`);
		const sheet = await fetchSheet(app.origin, tokens.admin, ownCase);
		expect(sheet.status).toBe(200);
		const id = sheet.headers.get('x-document-id')!;
		await tamperWithEvent(ownCase, 2, 'Somewhere else');

		const { body } = await verify(id);
		expect(body.status).toBe('altered');
		expect(body.chain).toMatchObject({ valid: false, firstBrokenPosition: 2 });
		expect(body.changedEvents).toEqual([expect.objectContaining({ position: 2, changedFields: ['place'] })]);
		const html = await (await fetch(`${app.origin}/verify/${id}`)).text();
		expect(html).toContain('data-status="altered"');
		expect(html).not.toContain('Somewhere else');

		const refused = await fetchSheet(app.origin, tokens.admin, ownCase);
		expect(refused).toMatchObject({ status: 409, json: { error: 'chain_broken', message: en.validation.evidence_chain_broken } });
	});
});

