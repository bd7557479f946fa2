import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { PHOTO_MAX_BYTES, declaredPhotoType, photoUploadSchema, sniffPhotoType } from './photo';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const caseId = '6a0d5a3e-8a63-4c4b-9b1e-5d1f2f0c0a01';
const animalId = '6a0d5a3e-8a63-4c4b-9b1e-5d1f2f0c0a02';
const png = (name = 'intake.png', type = 'image/png') => new File([PNG], name, { type });

/** Zero-filled: File.size is all the schema reads, the bytes are judged later by sniffPhotoType. */
const ofSize = (bytes: number) => new File([new Uint8Array(bytes)], 'big.jpg', { type: 'image/jpeg' });

const errorsOf = (input: Parameters<typeof photoUploadSchema.safeParse>[0]) => {
	const parsed = photoUploadSchema.safeParse(input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('photoUploadSchema', () => {
	it('accepts a photo of an animal with caption and time, and trims the caption', () => {
		const parsed = photoUploadSchema.parse({ caseId, animalId, file: png(), caption: '  left flank ', takenAt: '2026-06-14T12:30:00+07:00' });
		expect(parsed).toMatchObject({ caseId, animalId, caption: 'left flank', takenAt: '2026-06-14T12:30:00+07:00' });
	});

	it('turns an empty caption and a missing time into null', () => {
		expect(photoUploadSchema.parse({ caseId, file: png(), caption: '   ' })).toMatchObject({ caption: null, takenAt: null });
	});

	it('refuses an empty file part, as a browser sends when nothing was chosen', () => {
		expect(errorsOf({ caseId, file: new File([], '', { type: 'application/octet-stream' }) })).toEqual({ file: 'photo_file_required' });
	});

	it('accepts exactly 25 MB and refuses one byte more', () => {
		expect(errorsOf({ caseId, file: ofSize(PHOTO_MAX_BYTES) })).toEqual({});
		expect(errorsOf({ caseId, file: ofSize(PHOTO_MAX_BYTES + 1) })).toEqual({ file: 'photo_too_large' });
	});

	it('refuses types the bucket does not allow', () => {
		expect(errorsOf({ caseId, file: png('a.gif', 'image/gif') })).toEqual({ file: 'photo_type_invalid' });
		expect(errorsOf({ caseId, file: png('notes.txt', '') })).toEqual({ file: 'photo_type_invalid' });
	});

	it('refuses a caption over 500 characters, a future time and two subjects', () => {
		expect(errorsOf({ caseId, file: png(), caption: 'x'.repeat(501) })).toEqual({ caption: 'text_too_long' });
		const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
		expect(errorsOf({ caseId, file: png(), takenAt: future })).toEqual({ takenAt: 'datetime_in_future' });
		expect(errorsOf({ caseId, animalId, lotId: animalId, file: png() })).toEqual({ subject: 'subject_required' });
		expect(errorsOf({ caseId: 'not-a-case', file: png() })).toEqual({ caseId: 'subject_required' });
	});
});

describe('declaredPhotoType', () => {
	it('normalises HEIF to HEIC and falls back to the extension when the browser says nothing', () => {
		expect(declaredPhotoType({ type: 'image/heif', name: 'IMG_1.HEIC' })).toBe('image/heic');
		expect(declaredPhotoType({ type: '', name: 'IMG_1.HEIC' })).toBe('image/heic');
		expect(declaredPhotoType({ type: 'application/octet-stream', name: 'scan.pdf' })).toBe('application/pdf');
		expect(declaredPhotoType({ type: 'image/gif', name: 'a.jpg' })).toBeNull();
	});
});

describe('sniffPhotoType', () => {
	const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

	it('knows each allowed format by its first bytes', () => {
		expect(sniffPhotoType(PNG)).toBe('image/png');
		expect(sniffPhotoType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(sniffPhotoType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
		expect(sniffPhotoType(ascii('%PDF-1.7'))).toBe('application/pdf');
		expect(sniffPhotoType(ascii('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('image/heic');
	});

	it('refuses anything else, however it is named', () => {
		expect(sniffPhotoType(ascii('GIF89a'))).toBeNull();
		expect(sniffPhotoType(ascii('MZ\x90\0'))).toBeNull();
		expect(sniffPhotoType(new Uint8Array())).toBeNull();
		expect(sniffPhotoType(ascii('\0\0\0\x18ftypisom'))).toBeNull();
	});
});
