import { jpegReadable, pngForPdf } from '$lib/server/pdf/image-for-pdf';

const PNG_PREFIX = 'data:image/png;base64,';
const JPEG_PREFIX = 'data:image/jpeg;base64,';
// A JPEG's headers are read from its first bytes (a multiple of 4 base64 characters).
const JPEG_HEAD = 256 * 1024;
// Flattened PNGs kept between sheets, oldest dropped first past this many characters.
const FLAT_LIMIT = 32 * 1024 * 1024;
const flattened = new Map<string, string>();
let flattenedSize = 0;
const usable = new Set<string>();
const USABLE_LIMIT = 50_000;

function remember(key: string, source: string): string {
	flattened.set(key, source);
	flattenedSize += source.length;
	for (const [old, value] of flattened) {
		if (flattenedSize <= FLAT_LIMIT) break;
		flattened.delete(old);
		flattenedSize -= value.length;
	}
	return source;
}

function jpegUsable(dataUrl: string): boolean {
	const start = JPEG_PREFIX.length;
	if (jpegReadable(Buffer.from(dataUrl.slice(start, start + JPEG_HEAD), 'base64'))) return true;
	return dataUrl.length > start + JPEG_HEAD && jpegReadable(Buffer.from(dataUrl.slice(start), 'base64'));
}

function pngUsable(key: string, dataUrl: string): string | undefined {
	try {
		const png = Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64');
		const flat = pngForPdf(png);
		return flat === png ? dataUrl : remember(key, PNG_PREFIX + flat.toString('base64'));
	} catch {
		return undefined;
	}
}

/**
 * The image a sheet embeds for a photo, or undefined when pdfkit could not embed it: the sheet
 * then lists the photo as not embedded instead of failing as a whole over one unreadable file.
 *
 * A PNG with transparency costs pdfkit ~5–7 ms to split into colour and alpha on every sheet (a
 * third of a second for 50 photos); flattened onto white once (image-for-pdf.ts), it is embedded
 * as it is. Photos are immutable and known by their SHA-256, so what was learnt about one (its
 * flattened image, or that it can be used as it is) is kept for the next sheet of the case.
 */
export function thumbnailSource(sha256: string, dataUrl: string): string | undefined {
	// The length guards the key: a different image under the same hash is not taken for it.
	const key = `${sha256}:${dataUrl.length}`;
	if (usable.has(key)) return dataUrl;
	const flat = flattened.get(key);
	if (flat) return flat;
	let source: string | undefined;
	if (dataUrl.startsWith(JPEG_PREFIX)) source = jpegUsable(dataUrl) ? dataUrl : undefined;
	else if (dataUrl.startsWith(PNG_PREFIX)) source = pngUsable(key, dataUrl);
	if (source === dataUrl) {
		if (usable.size >= USABLE_LIMIT) usable.clear();
		usable.add(key);
	}
	return source;
}
