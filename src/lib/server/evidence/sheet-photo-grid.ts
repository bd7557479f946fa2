import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import { emptyNote, field, heading, inl, lines, txt, utc, type Sheet } from './sheet-format';
import { thumbnailSource } from './sheet-thumbnails';

type Photo = EvidenceContent['photos'][number];

const THUMB = 90;
const COLUMNS = 2;

function thumbnail({ L }: Sheet, photo: Photo, image: string | undefined): Column {
	if (image) return { image, fit: [THUMB, THUMB], width: THUMB };
	return {
		width: THUMB,
		table: {
			widths: [THUMB - 6],
			heights: [THUMB - 6],
			body: [[txt(`${L.photos.notEmbedded} (${photo.content_type})`, { alignment: 'center', color: '#666', margin: [0, 30, 0, 0] })]]
		},
		layout: { hLineColor: () => '#9e9e9e', vLineColor: () => '#9e9e9e', hLineWidth: () => 0.5, vLineWidth: () => 0.5 }
	};
}

function photoCell(sheet: Sheet, photo: Photo, image: string | undefined): TableCell {
	const P = sheet.L.photos;
	return {
		stack: [
			{
				columnGap: 6,
				columns: [
					thumbnail(sheet, photo, image),
					{
						width: '*',
						text: lines(
							inl(photo.caption ?? P.noCaption, { bold: true }),
							field(P.subject, photo.subject_label),
							field(P.takenAt, utc(photo.taken_at)),
							field(P.uploadedAt, utc(photo.uploaded_at, true))
						)
					}
				]
			},
			{ text: [...inl(`${P.sha256} `, { bold: true }), { text: photo.sha256, font: 'Courier' }], fontSize: 6, margin: [0, 2, 0, 0] }
		]
	};
}

/**
 * Thumbnails with the full SHA-256 of each photo, so a printed sheet can be matched to the files.
 * `images` holds data URLs by hash; a photo without one (not readable, not an embeddable format)
 * is listed all the same. The data URLs go straight into the image nodes (each photo appears once),
 * not into the document's `images`: pdfmake lower-cases every entry there to look for http URLs,
 * ~100 ms for 50 photos.
 */
export function photosSection(sheet: Sheet, images: Map<string, string>): Content {
	const { L, content } = sheet;
	if (content.photos.length === 0) return emptyNote(L.sections.photos, L.empty.photos);
	const sourceOf = (sha256: string) => {
		const image = images.get(sha256);
		return image && thumbnailSource(sha256, image);
	};
	const body: TableCell[][] = [[{ ...heading(L.sections.photos), colSpan: COLUMNS }, { text: '' }]];
	for (let i = 0; i < content.photos.length; i += COLUMNS) {
		const row = content.photos.slice(i, i + COLUMNS).map((p) => photoCell(sheet, p, sourceOf(p.sha256)));
		while (row.length < COLUMNS) row.push({ text: '' });
		body.push(row);
	}
	return {
		table: { widths: Array(COLUMNS).fill('*'), headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body },
		layout: {
			hLineWidth: (i) => (i < 2 ? 0 : 0.3),
			vLineWidth: () => 0,
			hLineColor: () => '#9e9e9e',
			paddingTop: () => 3,
			paddingBottom: () => 3
		},
		fontSize: 7
	};
}
