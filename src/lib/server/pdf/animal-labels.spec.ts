import { describe, expect, it } from 'vitest';
import { animalLabelSheet, LABELS_PER_PAGE, type AnimalLabel } from './animal-labels';
import { renderPdf } from './pdf-fonts';

const code = (i: number) => `PT-2026-${String(i).padStart(6, '0')}`;
const labels = (n: number, over: Partial<AnimalLabel> = {}): AnimalLabel[] =>
	Array.from({ length: n }, (_, i) => ({
		code: code(i + 1),
		scientificName: 'Nycticebus bengalensis',
		englishName: 'Bengal slow loris',
		lotLabel: i % 2 ? 'Lot B' : undefined,
		...over
	}));
const sheet = (n: number, over: Partial<AnimalLabel> = {}, verifyBaseUrl = 'https://ledger.example.org/') =>
	animalLabelSheet({ caseNumber: 'C-2026-0042', centreName: 'Phnom Tamao Rescue Centre', labels: labels(n, over), verifyBaseUrl });

// Page objects are plain dictionaries even when content streams are compressed; \b skips /Pages.
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
// pdfkit writes every string as hex (<...> TJ); for a standard-14 font like Courier that is the
// hex of the characters themselves, so the code can be found once streams are left uncompressed.
const hasText = (pdf: Buffer, text: string) => pdf.toString('latin1').includes(`<${Buffer.from(text, 'latin1').toString('hex')}>`);
const hasLink = (pdf: Buffer, url: string) => pdf.toString('latin1').includes(`/URI (${url})`);

describe('animalLabelSheet', () => {
	it('renders a single label on one page, with its code and its animal-page link', async () => {
		const pdf = await renderPdf({ ...await sheet(1), compress: false });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pageCount(pdf)).toBe(1);
		expect(hasText(pdf, code(1))).toBe(true);
		expect(hasLink(pdf, `https://ledger.example.org/animals/${code(1)}`)).toBe(true);
		expect(pdf.toString('latin1')).not.toContain('/animals//');
	});

	it(`puts ${LABELS_PER_PAGE} labels on a page: 785 labels make 33 pages`, { timeout: 120_000 }, async () => {
		const started = performance.now();
		const doc = await sheet(785);
		const pdf = await renderPdf(doc);
		const ms = Math.round(performance.now() - started);
		console.log(`785 animal labels: ${ms} ms, ${pageCount(pdf)} pages, ${Math.round(pdf.length / 1024)} KiB`);

		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pageCount(pdf)).toBe(Math.ceil(785 / LABELS_PER_PAGE));
		expect(pageCount(pdf)).toBe(33);
		// Link annotations sit outside the compressed content streams: the last label made it in.
		expect(hasLink(pdf, `https://ledger.example.org/animals/${code(785)}`)).toBe(true);
	});

	it('keeps the grid with worst-case names and a long base URL (bigger QR code)', async () => {
		const long = 'Pygathrix nemaeus nemaeus, a deliberately overlong name to wrap';
		const doc = await sheet(2 * LABELS_PER_PAGE, { scientificName: long, englishName: long, lotLabel: 'Lot 12 of 12' }, 'https://rescue-ledger.wildlife-alliance-cambodia.org');
		const pdf = await renderPdf({ ...doc, compress: false });
		expect(pageCount(pdf)).toBe(2);
		expect(hasText(pdf, code(2 * LABELS_PER_PAGE))).toBe(true);
	});
});

describe('renderPdf', () => {
	it('reads no local file but its fonts, and fetches no URL', async () => {
		await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/access policy/);
		await expect(renderPdf({ images: { a: 'https://example.org/a.png' }, content: [{ image: 'a' }] })).rejects.toThrow(/access policy/);
	});
});
