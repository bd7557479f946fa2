import type { DynamicContent } from 'pdfmake/interfaces';
import { qrPng } from '$lib/server/pdf/qr-png';
import type { EvidenceSheetInput } from './evidence-sheet';
import { inl, lines, utc, type Inline } from './sheet-format';
import type { SheetLabels } from './sheet-labels';

export const FOOTER_HEIGHT = 90;
const QR_IMAGE = 'verify-qr';
const QR_SIZE = 62;

const code = (text: string): Inline => ({ text, font: 'Courier' });

/**
 * The footer of every page: enough to identify the sheet and check it without the rest of it.
 * The QR code is one PNG, not a pdfmake `qr` node redrawn module by module on every page, and it
 * is named in the document's images: a data URL written into the footer node would be taken for
 * a new image, and embedded again, on every page.
 */
export function verificationFooter(
	input: EvidenceSheetInput,
	L: SheetLabels,
	margin: number
): { footer: DynamicContent; images: Record<string, string> } {
	// Four pixels a module: with fewer, viewers that smooth scaled-up images blur it.
	const qr = `data:image/png;base64,${qrPng(input.verifyUrl, 4).toString('base64')}`;
	const F = L.footer;
	const label = (text: string) => inl(`${text}: `, { bold: true });
	// Built afresh for each page: pdfmake may annotate the nodes it lays out.
	const facts = () => lines(
		[...label(F.documentId), code(input.documentId)],
		inl(F.generated(utc(input.generatedAt, true), input.generatedBy)),
		[...label(F.contentHash), code(input.contentHash)],
		[...label(F.chainHead), code(input.chainHead), ...inl(` (${F.events(input.chainEvents)})`)],
		inl(F.checkAt(input.verifyUrl), { link: input.verifyUrl, color: '#0d47a1' })
	);
	const footer: DynamicContent = (page, pages, pageSize) => ({
		margin: [margin, 4, margin, 0],
		stack: [
			{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: pageSize.width - 2 * margin, y2: 0, lineWidth: 0.5, lineColor: '#9e9e9e' }], margin: [0, 0, 0, 4] },
			{
				columnGap: 8,
				columns: [
					{ width: '*', text: facts(), fontSize: 6.5, lineHeight: 1.1 },
					{
						width: QR_SIZE + 16,
						stack: [
							{ image: QR_IMAGE, fit: [QR_SIZE, QR_SIZE], link: input.verifyUrl, alignment: 'center' },
							{ text: inl(F.page(page, pages)), fontSize: 7, bold: true, alignment: 'center', margin: [0, 2, 0, 0] }
						]
					}
				]
			}
		]
	});
	return { footer, images: { [QR_IMAGE]: qr } };
}
