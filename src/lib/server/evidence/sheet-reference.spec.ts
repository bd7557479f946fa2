import { describe, expect, it } from 'vitest';
import { renderPdf } from '$lib/server/pdf/pdf-fonts';
import { readSheetReference, sheetKeywords } from './sheet-reference';

const documentId = '5b0e7f6a-3c2d-4e1f-9a8b-7c6d5e4f3a21';
const contentHash = 'ab'.repeat(32);
const keywords = sheetKeywords(documentId, contentHash);

/** A minimal PDF body around an Info dictionary (the parts the reader looks at). */
const pdfWith = (objects: string, trailer: string) => new TextEncoder().encode(`%PDF-1.3\n${objects}\ntrailer\n${trailer}\n%%EOF\n`);

describe('readSheetReference', () => {
	it('reads back what sheetKeywords put into a PDF rendered by pdfmake', async () => {
		const pdf = await renderPdf({ info: { keywords, title: 'Sheet' }, content: ['x'] });
		expect(readSheetReference(pdf)).toEqual({ documentId, contentHash });
	});

	it('reads the Keywords written inline, as a hex string, and with escapes', () => {
		const hex = Buffer.from(keywords, 'latin1').toString('hex');
		expect(readSheetReference(pdfWith(`3 0 obj\n<< /Keywords (${keywords}) >>\nendobj`, '<< /Info 3 0 R >>'))).toEqual({ documentId, contentHash });
		expect(readSheetReference(pdfWith(`3 0 obj\n<< /Keywords <${hex}> >>\nendobj`, '<< /Info 3 0 R >>'))).toEqual({ documentId, contentHash });
		const escaped = `\\(copy\\) ${keywords.replace('document:', 'document\\072')}`;
		expect(readSheetReference(pdfWith(`3 0 obj\n<< /Keywords (${escaped}) >>\nendobj`, '<< /Info 3 0 R >>'))).toEqual({ documentId, contentHash });
	});

	it('follows the last trailer of an incrementally updated file', () => {
		const other = sheetKeywords('11111111-2222-4333-8444-555555555555', 'cd'.repeat(32));
		const pdf = pdfWith(
			`3 0 obj\n<< /Keywords (${keywords}) >>\nendobj\ntrailer\n<< /Info 3 0 R >>\n9 0 obj\n<< /Keywords (${other}) >>\nendobj`,
			'<< /Info 9 0 R >>'
		);
		expect(readSheetReference(pdf)?.documentId).toBe('11111111-2222-4333-8444-555555555555');
	});

	it('gives null for a PDF that carries no sheet reference', async () => {
		expect(readSheetReference(await renderPdf({ info: { title: 'Animal labels' }, content: ['x'] }))).toBeNull();
		expect(readSheetReference(await renderPdf({ info: { keywords: 'wildlife, evidence' }, content: ['x'] }))).toBeNull();
		expect(readSheetReference(pdfWith(`3 0 obj\n<< /Keywords (document:${documentId} sha256:${contentHash}) >>\nendobj`, '<< /Info 3 0 R >>'))).toBeNull();
		expect(readSheetReference(new TextEncoder().encode('not a pdf at all'))).toBeNull();
		expect(readSheetReference(new Uint8Array())).toBeNull();
	});
});
