import type { Column, Content } from 'pdfmake/interfaces';
import { heading, txt, type Sheet } from './sheet-format';

/** Only on sheets issued with offender details (the prosecutor's grant decides). */
export function offenderSection({ L, content }: Sheet): Content {
	if (content.offender === null) return [];
	const details = content.offender.offender_details;
	return {
		stack: [heading(L.sections.offender), details ? txt(details, { fontSize: 8 }) : txt(L.empty.none, { italics: true, color: '#444', fontSize: 8 })]
	};
}

const LINE = 150;

function signatureBox(title: string, fields: string[]): Column {
	return {
		width: '*',
		stack: [
			txt(title, { bold: true, fontSize: 8 }),
			...fields.map(
				(field): Content => ({
					stack: [
						{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: LINE, y2: 0, lineWidth: 0.5, lineColor: '#444' }], margin: [0, 22, 0, 1] },
						txt(field, { fontSize: 6.5, color: '#444' })
					]
				})
			)
		]
	};
}

/** Handwritten signatures: the printed sheet is what is handed over and signed for. */
export function signaturesSection({ L }: Sheet): Content {
	const S = L.signatures;
	const fields = [S.name, S.signature, S.date];
	return {
		unbreakable: true,
		stack: [
			heading(L.sections.signatures),
			{ columnGap: 20, columns: [signatureBox(S.preparedBy, fields), signatureBox(S.checkedBy, fields), signatureBox(S.receivedBy, fields)] }
		]
	};
}
