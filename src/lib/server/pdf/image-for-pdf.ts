import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit PNG of the given rows (each led by its filter byte) and colour type (0 grey, 2 RGB). */
export function encodePng(width: number, height: number, colorType: 0 | 2, rows: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = colorType;
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

// PNG's per-row filters, undone into `row` (`prior` is the row above, bpp bytes per pixel).
// One loop per filter: this runs over every byte of every photo.
function unfilter(filter: number, line: Uint8Array, prior: Uint8Array, row: Uint8Array, bpp: number): void {
	const n = line.length;
	if (filter === 0) row.set(line);
	else if (filter === 1) {
		for (let i = 0; i < bpp; i++) row[i] = line[i];
		for (let i = bpp; i < n; i++) row[i] = line[i] + row[i - bpp];
	} else if (filter === 2) {
		for (let i = 0; i < n; i++) row[i] = line[i] + prior[i];
	} else if (filter === 3) {
		for (let i = 0; i < bpp; i++) row[i] = line[i] + (prior[i] >> 1);
		for (let i = bpp; i < n; i++) row[i] = line[i] + ((row[i - bpp] + prior[i]) >> 1);
	} else {
		for (let i = 0; i < bpp; i++) row[i] = line[i] + prior[i];
		for (let i = bpp; i < n; i++) {
			const a = row[i - bpp];
			const b = prior[i];
			const c = prior[i - bpp];
			const pa = b > c ? b - c : c - b;
			const pb = a > c ? a - c : c - a;
			const pc = a + b - 2 * c > 0 ? a + b - 2 * c : 2 * c - a - b;
			row[i] = line[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
		}
	}
}

/**
 * The PNG to embed for a file: with an alpha channel flattened onto white, the same picture on
 * paper, else the file itself.
 *
 * pdfkit embeds an opaque 8-bit PNG as it is, but splits one with alpha pixel by pixel in
 * JavaScript (~7 ms for a 232 px image, 0.35 s for the 50 photos of a sheet). Unpacked here with
 * zlib it costs a fraction of that. Other PNGs are returned unchanged for pdfkit to handle.
 *
 * Throws when the file is not a whole PNG, or when pdfkit would have to unpack its image data
 * and that fails: pdfkit reports the first too late to be caught, the second as an uncaught
 * exception in a zlib callback.
 */
export function pngForPdf(png: Buffer): Buffer {
	if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
	let header: Buffer | null = null;
	let transparency = false;
	let ended = false;
	const data: Buffer[] = [];
	for (let pos = 8; pos + 12 <= png.length && !ended; ) {
		const length = png.readUInt32BE(pos);
		if (pos + 12 + length > png.length) break;
		const type = png.toString('latin1', pos + 4, pos + 8);
		if (type === 'IHDR') header = png.subarray(pos + 8, pos + 8 + length);
		else if (type === 'IDAT') data.push(png.subarray(pos + 8, pos + 8 + length));
		else if (type === 'tRNS') transparency = true;
		ended = type === 'IEND';
		pos += 12 + length;
	}
	if (!header || header.length < 13 || data.length === 0 || !ended) throw new Error('incomplete PNG');
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	const [depth, colorType, , , interlace] = header.subarray(8, 13);
	const alpha = colorType === 6 || colorType === 4;
	// pdfkit unpacks the image data itself for these: check that it can.
	const unpacked = alpha || interlace !== 0 || (colorType === 3 && transparency);
	if (!unpacked) return png;
	const raw = inflateSync(Buffer.concat(data));
	if (!alpha || depth !== 8 || interlace !== 0) return png;

	const channels = colorType === 6 ? 4 : 2;
	const colors = channels - 1;
	const stride = width * channels;
	if (raw.length < height * (stride + 1)) throw new Error('PNG image data too short');
	const out = Buffer.alloc(height * (1 + width * colors));
	let prior = new Uint8Array(stride);
	let row = new Uint8Array(stride);
	let o = 0;
	for (let y = 0; y < height; y++) {
		const start = y * (stride + 1);
		unfilter(raw[start], raw.subarray(start + 1, start + 1 + stride), prior, row, channels);
		out[o++] = 0; // filter "none"
		for (let x = 0; x < stride; x += channels) {
			const alpha = row[x + colors];
			if (alpha === 255) for (let c = 0; c < colors; c++) out[o++] = row[x + c];
			else for (let c = 0; c < colors; c++) out[o++] = (row[x + c] * alpha + 255 * (255 - alpha) + 127) / 255;
		}
		[prior, row] = [row, prior];
	}
	return encodePng(width, height, colorType === 6 ? 2 : 0, out);
}

// Start-of-frame markers, where pdfkit reads a JPEG's size and colours (as its own MARKERS).
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf]);

/**
 * Whether pdfkit can read a JPEG's header: it walks the markers to the frame header as this does,
 * and throws (or reads past the end) where this says no. The image data itself is embedded as
 * it is, never decoded on the server.
 */
export function jpegReadable(jpeg: Buffer): boolean {
	if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return false;
	for (let pos = 2; pos < jpeg.length; ) {
		while (pos < jpeg.length && jpeg[pos] !== 0xff) pos++;
		if (pos + 4 > jpeg.length) return false;
		const marker = jpeg[pos + 1];
		pos += 2;
		if (START_OF_FRAME.has(marker)) return pos + 8 <= jpeg.length && [1, 3, 4].includes(jpeg[pos + 7]);
		pos += jpeg.readUInt16BE(pos);
	}
	return false;
}
