import QRCode from 'qrcode';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';

export interface AnimalLabel {
	code: string;
	scientificName: string;
	englishName: string;
	lotLabel?: string;
}

export interface AnimalLabelSheetInput {
	caseNumber: string;
	centreName: string;
	labels: AnimalLabel[];
	/** Origin (and optional base path) of the app, e.g. https://ledger.example.org; a trailing slash is ignored. */
	verifyBaseUrl: string;
}

export const LABEL_COLUMNS = 3;
export const LABEL_ROWS = 8;
export const LABELS_PER_PAGE = LABEL_COLUMNS * LABEL_ROWS;

const MARGIN_X = 18;
const MARGIN_TOP = 36;
const MARGIN_BOTTOM = 28;
const PAD_X = 6;
const PAD_Y = 4;
const CUT_LINE = 0.5;
// pdfmake draws whole-point QR modules (module = floor(fit / modules)): 74 keeps 2 pt (0.7 mm) modules
// up to QR version 5, i.e. URLs of up to 84 bytes at ECC level M (a base URL of ~60 characters).
const QR_FIT = 74;
// Every row gets the same height, so exactly LABEL_ROWS fit an A4 page (841.89 pt) with a little slack
// (88 pt: code line 11 + 1 + the largest 2 pt-module QR, 74). dontBreakRows only matters if a label outgrows it.
const ROW_HEIGHT = Math.floor((841.89 - MARGIN_TOP - MARGIN_BOTTOM) / LABEL_ROWS - CUT_LINE - 2 * PAD_Y);
// Longer names would wrap past the QR code's height and stretch the row; real names are far shorter.
const MAX_NAME = 48;

const clip = (s: string) => (s.length > MAX_NAME ? `${s.slice(0, MAX_NAME - 1).trimEnd()}…` : s);

export function animalPageUrl(verifyBaseUrl: string, code: string): string {
	return `${verifyBaseUrl.replace(/\/+$/, '')}/animals/${encodeURIComponent(code)}`;
}

function labelCell(label: AnimalLabel, input: AnimalLabelSheetInput, qrImage: string): Content {
	const url = animalPageUrl(input.verifyBaseUrl, label.code);
	const caseLine = label.lotLabel ? `Case ${input.caseNumber} · ${label.lotLabel}` : `Case ${input.caseNumber}`;
	return {
		stack: [
			// Courier is Latin-1 only; codes are ASCII by construction (centre code + year + serial).
			{ text: label.code, font: 'Courier', bold: true, fontSize: 14, link: url, margin: [0, 0, 0, 1] },
			{
				columnGap: 6,
				columns: [
					{ width: QR_FIT, image: qrImage, fit: [QR_FIT, QR_FIT] },
					{
						width: '*',
						fontSize: 8,
						stack: [
							{ text: clip(label.scientificName), italics: true },
							{ text: clip(label.englishName), margin: [0, 1, 0, 0] },
							{ text: caseLine, fontSize: 7, color: '#444', margin: [0, 3, 0, 0] }
						]
					}
				]
			}
		]
	};
}

/**
 * QR codes as small PNG images rather than pdfmake's own `qr` nodes: pdfmake draws every QR module
 * as a separate rectangle, which took ~6 s (blocking the server) for a 785-label boat seizure.
 */
function qrImage(url: string): Promise<string> {
	return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 0, scale: 1 });
}

export async function animalLabelSheet(input: AnimalLabelSheetInput): Promise<TDocumentDefinitions> {
	const images = await Promise.all(input.labels.map((l) => qrImage(animalPageUrl(input.verifyBaseUrl, l.code))));
	const body: TableCell[][] = [];
	for (let i = 0; i < input.labels.length; i += LABEL_COLUMNS) {
		const row: TableCell[] = input.labels.slice(i, i + LABEL_COLUMNS).map((l, j) => labelCell(l, input, images[i + j]));
		while (row.length < LABEL_COLUMNS) row.push({ text: '' });
		body.push(row);
	}
	if (body.length === 0) body.push(Array.from({ length: LABEL_COLUMNS }, () => ({ text: '' })));

	const dashed = () => ({ dash: { length: 3, space: 3 } });
	return {
		pageSize: 'A4',
		pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
		info: { title: `Animal labels – case ${input.caseNumber}`, subject: input.centreName },
		defaultStyle: { font: 'Roboto', fontSize: 9 },
		header: () => ({
			margin: [MARGIN_X, 14, MARGIN_X, 0],
			fontSize: 9,
			columns: [
				{ text: input.centreName, bold: true },
				{ text: `Case ${input.caseNumber} — Animal labels`, alignment: 'right' }
			]
		}),
		footer: (currentPage, pageCount) => ({
			text: `Page ${currentPage} of ${pageCount}`,
			alignment: 'center',
			fontSize: 8,
			color: '#444',
			margin: [0, 8, 0, 0]
		}),
		content: [
			{
				table: { widths: Array(LABEL_COLUMNS).fill('*'), heights: ROW_HEIGHT, dontBreakRows: true, body },
				layout: {
					// Light dashed lines to cut along; grey so a slightly-off cut does not leave a black edge.
					hLineWidth: () => CUT_LINE,
					vLineWidth: () => CUT_LINE,
					hLineColor: '#9e9e9e',
					vLineColor: '#9e9e9e',
					hLineStyle: dashed,
					vLineStyle: dashed,
					paddingLeft: () => PAD_X,
					paddingRight: () => PAD_X,
					paddingTop: () => PAD_Y,
					paddingBottom: () => PAD_Y
				}
			}
		]
	};
}
