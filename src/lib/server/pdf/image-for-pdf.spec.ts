import { crc32, deflateSync, inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf-fonts';
import { jpegReadable, pngForPdf } from './image-for-pdf';

const chunk = (type: string, data: Buffer) => {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
};
const png = (width: number, height: number, colorType: number, rows: number[][]) => {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = colorType;
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows.flat()))), chunk('IEND', Buffer.alloc(0))]);
};
/** The colour type and unfiltered rows of a PNG written by pngForPdf (filter "none" only). */
const pixels = (file: Buffer) => {
	const width = file.readUInt32BE(16);
	const colorType = file[25];
	const raw = inflateSync(file.subarray(41, 41 + file.readUInt32BE(33)));
	const stride = width * (colorType === 2 ? 3 : 1);
	const rows = [];
	for (let at = 0; at < raw.length; at += stride + 1) {
		expect(raw[at]).toBe(0);
		rows.push([...raw.subarray(at + 1, at + 1 + stride)]);
	}
	return { colorType, rows };
};

describe('pngForPdf', () => {
	it('puts RGBA pixels onto white, undoing every row filter', () => {
		// Row 1, filter "sub": opaque red, then transparent; row 2, filter "paeth": black at half
		// opacity, then opaque blue. The bytes are the filtered differences (mod 256).
		const rgba = png(2, 2, 6, [
			[1, 255, 0, 0, 255, 1, 0, 0, 1],
			[4, 1, 0, 0, 129, 0, 0, 255, 255]
		]);
		const flat = pngForPdf(rgba);
		expect(pixels(flat)).toEqual({
			colorType: 2,
			rows: [
				[255, 0, 0, 255, 255, 255],
				[127, 127, 127, 0, 0, 255]
			]
		});
	});

	it('flattens grey with alpha to grey', () => {
		expect(pixels(pngForPdf(png(2, 1, 4, [[0, 0, 0, 50, 255]])))).toEqual({ colorType: 0, rows: [[255, 50]] });
	});

	it('returns an opaque PNG unchanged', () => {
		const rgb = png(1, 1, 2, [[0, 1, 2, 3]]);
		expect(pngForPdf(rgb)).toBe(rgb);
	});

	it('refuses what pdfkit could not embed: not a PNG, cut short, image data that does not unpack', () => {
		const rgba = png(1, 1, 6, [[0, 1, 2, 3, 4]]);
		expect(() => pngForPdf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toThrow(/not a PNG/);
		expect(() => pngForPdf(rgba.subarray(0, rgba.length - 12))).toThrow(/incomplete/);
		const garbled = Buffer.from(rgba);
		garbled.fill(7, 41, 45);
		expect(() => pngForPdf(garbled)).toThrow();
	});

	it('keeps a QR code readable and embeddable', async () => {
		const qr = await QRCode.toBuffer('https://ledger.example.org/verify/x', { scale: 4 });
		expect(qr[25]).toBe(6);
		const flat = pngForPdf(qr);
		expect(flat[25]).toBe(2);
		const pdf = await renderPdf({ content: [{ image: `data:image/png;base64,${flat.toString('base64')}`, width: 100 }] });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});
});

describe('jpegReadable', () => {
	// SOI, an APP0 segment of 16 bytes, then a baseline frame header: 8 bits, 2 x 3 pixels, 3 components.
	const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0)];
	const frame = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03];

	it('accepts a JPEG whose frame header pdfkit will find, and embeds it', async () => {
		const jpeg = Buffer.from([...head, ...frame, ...Array(9).fill(0), 0xff, 0xd9]);
		expect(jpegReadable(jpeg)).toBe(true);
		const pdf = await renderPdf({ content: [{ image: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width: 50 }] });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('refuses a file that is not a JPEG, or ends before its frame header', () => {
		expect(jpegReadable(Buffer.from('not a jpeg'))).toBe(false);
		expect(jpegReadable(Buffer.from(head))).toBe(false);
		expect(jpegReadable(Buffer.from([...head, ...frame.slice(0, 6)]))).toBe(false);
	});
});
