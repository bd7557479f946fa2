import { z } from 'zod';
import { issue, optionalText } from './common';
import { pastInstant } from './seizure';

/**
 * Photos and scanned documents: the limits of the `photos` bucket and of the photos table
 * (20261123000200 and 20261123100400), checked here first so a refusal is a clear sentence.
 */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];
export const PHOTO_MAX_BYTES = 26_214_400;
export const PHOTO_EXTENSIONS: Record<PhotoContentType, string> = {
	'image/jpeg': 'jpg',
	'image/png': 'png',
	'image/webp': 'webp',
	'image/heic': 'heic',
	'application/pdf': 'pdf'
};
/** What the file picker offers: the phone camera's formats (PDFs are scans, not camera shots). */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

const BY_EXTENSION: Record<string, PhotoContentType> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', heif: 'image/heic', pdf: 'application/pdf' };

/**
 * The type a browser declares, normalised: some phones send HEIC photos as image/heif or with no
 * type at all, so the file name's extension decides when the declared type says nothing.
 */
export function declaredPhotoType(file: { type: string; name: string }): PhotoContentType | null {
	const type = file.type.toLowerCase();
	if (type === 'image/heif') return 'image/heic';
	if ((PHOTO_CONTENT_TYPES as readonly string[]).includes(type)) return type as PhotoContentType;
	if (type !== '' && type !== 'application/octet-stream') return null;
	return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/** The type the bytes themselves show: a renamed or mislabelled file must not enter the evidence. */
export function sniffPhotoType(bytes: Uint8Array): PhotoContentType | null {
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
	if (ascii(0, 5) === '%PDF-') return 'application/pdf';
	if (ascii(4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(8, 12))) return 'image/heic';
	return null;
}

/** An untouched file input still sends a part: an empty file with no name. */
export const photoFileSchema = z
	.instanceof(File, { error: issue('photo_file_required') })
	.refine((f) => f.size > 0, issue('photo_file_required'))
	.refine((f) => f.size <= PHOTO_MAX_BYTES, issue('photo_too_large'))
	.refine((f) => declaredPhotoType(f) !== null, issue('photo_type_invalid'));

const uuid = z.uuid(issue('subject_required'));

/** What uploadPhoto() takes: the subject (its case, at most one of lot/animal/item) and the file. */
export const photoUploadSchema = z
	.object({
		caseId: uuid,
		lotId: uuid.optional(),
		animalId: uuid.optional(),
		itemId: uuid.optional(),
		file: photoFileSchema,
		caption: optionalText(500, 'text_too_long'),
		takenAt: pastInstant.nullish().transform((v) => v ?? null)
	})
	.refine((p) => [p.lotId, p.animalId, p.itemId].filter(Boolean).length <= 1, { message: issue('subject_required'), path: ['subject'] });

export type PhotoUploadInput = z.input<typeof photoUploadSchema>;
