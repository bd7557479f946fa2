import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '$lib/server/pdf/pdf-fonts';
import { evidenceSheet, type EvidenceSheetInput } from './evidence-sheet';
import { content, PHOTO_HASHES, sheetInput } from './evidence-sheet.fixture';
import { sheetLabels } from './sheet-labels';
import { readSheetReference } from './sheet-reference';

const dir = mkdtempSync(join(tmpdir(), 'evidence-sheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rendered {
	pdf: Buffer;
	file: string;
	text: string;
	pages: number;
}

async function render(name: string, over: Partial<EvidenceSheetInput> = {}): Promise<Rendered> {
	const pdf = await renderPdf(await evidenceSheet(sheetInput(over)));
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, pdf);
	const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
	const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
	return { pdf, file, text, pages };
}

/**
 * pdftotext gives Khmer in drawing order (a vowel written before its consonant comes first) and
 * puts spaces where marks are offset; comparing the consonants without marks, subscripts and
 * spaces shows the words are there without depending on that.
 */
const skeleton = (s: string) =>
	s
		.replace(/[\s\u200B]/g, '')
		.replace(/\u17D2[\u1780-\u17B3]/g, '')
		.replace(/[\u17B6-\u17D3\u17DD]/g, '');

const input = sheetInput();
// Each language is rendered once, by the first test that needs it.
const once = <T>(make: () => Promise<T>) => {
	let made: Promise<T> | undefined;
	return () => (made ??= make());
};
const en = once(() => render('en'));
const km = once(() => render('km', { language: 'km' }));

describe('evidenceSheet, English', () => {
	it('prints the document ID, full content hash and chain head, and "Page X of N" on every page', async () => {
		const { text, pages } = await en();
		expect(pages).toBeGreaterThan(1);
		for (const value of [`Document ID: ${input.documentId}`, input.contentHash, input.chainHead, `Check this sheet at ${input.verifyUrl}`]) {
			expect(text.split(value).length - 1, value).toBe(pages);
		}
		for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
		expect(text).toContain('Generated 2026-11-25 09:15:42 UTC by Sreymom Ly');
	});

	it('lists every custody event in order, with corrections, seals and shortened hashes', async () => {
		const { text } = await en();
		const rows = content.events.map((e) => new RegExp(`^\\s*${e.position}\\s+2026-11-21\\b`, 'm').exec(text)?.index ?? -1);
		expect(rows.every((index) => index >= 0)).toBe(true);
		expect([...rows].sort((a, b) => a - b)).toEqual(rows);
		expect(text).toContain('Corrects event #6');
		expect(text).toMatch(/Seals broken: S-0001/);
		expect(text).toContain(`${content.events[0].row_hash.slice(0, 16)}…`);
		expect(text).toContain('07:30 UTC');
	});

	it('shows the case, the request, species, reconciliation, photos with full SHA-256 and the vet summary', async () => {
		const { text } = await en();
		for (const expected of ['Chain-of-custody evidence sheet', 'WA-2026-0042', 'Vuthy Keo, Forestry Administration, ID FA-2231', 'Chantha Meas', '112/2026', 'Manis javanica', 'CR Critically endangered (2019)', 'EN? Endangered (2020)', 'Veterinary summary', 'Bronchopneumonia', 'Signatures']) {
			expect(text, expected).toContain(expected);
		}
		// Lot 1 adds up (12 = 8 + 3 + 1); Lot 2 does not (3 ≠ 1 + 1).
		expect(text).toMatch(/Lot 1 .* reconciles/);
		expect(text).toMatch(/Lot 2 .* does not/);
		for (const hash of PHOTO_HASHES) expect(text).toContain(hash);
		expect(text).toContain('Image not embedded');
		expect(text).not.toContain('Offender details');
		expect(text).not.toContain('Khmer name');
	});

	it('carries a footer QR code that decodes to exactly the verify URL', async () => {
		const { file } = await en();
		execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', file, join(dir, 'page')]);
		const png = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
		// zbarimg complains on stderr that there is no D-Bus here; only its answer matters.
		const decoded = execFileSync('zbarimg', ['--raw', '-q', join(dir, png!)], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
		expect(decoded).toBe(input.verifyUrl);
	});

	it('can be read back to its document ID and content hash, and renders the same bytes again', async () => {
		const { pdf } = await en();
		expect(readSheetReference(pdf)).toEqual({ documentId: input.documentId, contentHash: input.contentHash });
		const again = await renderPdf(await evidenceSheet(sheetInput()));
		expect(again.equals(pdf)).toBe(true);
	});
});

describe('evidenceSheet, Khmer', () => {
	it('words its labels in Khmer, keeps names as recorded, and numbers every page', async () => {
		const { text, pages } = await km();
		const L = sheetLabels('km');
		const shown = skeleton(text);
		const labels = [L.title, L.sections.case, L.sections.species, L.sections.animals, L.sections.items, L.sections.events, L.sections.photos, L.sections.veterinary, L.sections.signatures, L.case.leadOfficer, L.species.khmerName, L.footer.contentHash, L.footer.chainHead, L.eventType.seized];
		for (const label of labels) expect(shown, label).toContain(skeleton(label));
		for (let page = 1; page <= pages; page++) expect(shown).toContain(skeleton(L.footer.page(page, pages)));
		expect(shown).toContain(skeleton('សត្វប្រមា'));
		expect(text).toContain('Manis javanica');
		expect(text).not.toContain('Chain-of-custody evidence sheet');
		expect(text.split(input.contentHash).length - 1).toBe(pages);
		const { pdf } = await km();
		expect(readSheetReference(pdf)).toEqual({ documentId: input.documentId, contentHash: input.contentHash });
		// Khmer words shaped for an earlier sheet are reused (shared-fonts.ts): to the same bytes.
		expect((await renderPdf(await evidenceSheet(sheetInput({ language: 'km' })))).equals(pdf)).toBe(true);
	});
});

describe('evidenceSheet, what a grant leaves out and what is empty', () => {
	it('has no veterinary section without veterinary content, and offender details only with them', async () => {
		const { text } = await render('no-vet', { content: { ...content, veterinary: null, offender: { offender_details: 'Two crew members, names in the FA report' } } });
		expect(text).not.toContain('Veterinary summary');
		expect(text).not.toContain('Bronchopneumonia');
		expect(text).toContain('Offender details');
		expect(text).toContain('Two crew members, names in the FA report');
	});

	it('says so when a section is empty, and leaves out the request when there is none', async () => {
		const bare = { ...content, items: [], photos: [], animals: [], events: [], veterinary: null };
		const { text, pages } = await render('empty', { content: bare, request: null });
		expect(text).toContain('No evidence items in this case.');
		expect(text).toContain('No photographs in this sheet.');
		expect(text).toContain('No individually recorded animals in this sheet.');
		expect(text).toContain('No custody events in this sheet.');
		expect(text).not.toContain('Evidence request');
		expect(text).toContain(`Page 1 of ${pages}`);
	});

	it('lists a photo whose file cannot be embedded instead of failing the sheet', async () => {
		const broken = new Map([
			[PHOTO_HASHES[0], 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAAByc2Vy'],
			[PHOTO_HASHES[1], 'data:image/jpeg;base64,bm90IGEganBlZw==']
		]);
		const { text } = await render('broken-photos', { photoImages: broken });
		expect(text.split('Image not embedded').length - 1).toBe(2);
		for (const hash of PHOTO_HASHES) expect(text).toContain(hash);
	});

	it('names an animal sheet after its animal and case', async () => {
		const animal = { ...content, subject: { kind: 'animal' as const, id: content.animals[0].id, label: 'PT-2026-000001' }, items: [] };
		const { text } = await render('animal', { content: animal });
		expect(text).toContain('Animal PT-2026-000001, case WA-2026-0042');
		expect(text).toContain('No evidence items in this sheet.');
	});
});
