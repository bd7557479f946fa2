import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font unpacked to the plain TrueType/OpenType file it wraps.
 *
 * fontkit reads a WOFF by inflating a table, in pure JavaScript, every time it looks at it: that
 * cost ~80 ms on every PDF with Khmer text. Unpacked once at start-up with zlib, the same font
 * costs nothing extra per document. (WOFF2 is not handled: pdfkit draws it wrongly anyway.)
 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const entry = 44 + i * 20;
		const offset = woff.readUInt32BE(entry + 4);
		const compLength = woff.readUInt32BE(entry + 8);
		const origLength = woff.readUInt32BE(entry + 12);
		const stored = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(stored) : stored;
		if (data.length !== origLength) throw new Error('WOFF table does not unpack to its recorded length');
		return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
	});

	const power = 2 ** Math.floor(Math.log2(numTables));
	const header = Buffer.alloc(12 + 16 * numTables);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(power * 16, 6);
	header.writeUInt16BE(Math.log2(power), 8);
	header.writeUInt16BE(numTables * 16 - power * 16, 10);

	const parts: Buffer[] = [header];
	let offset = header.length;
	tables.forEach((table, i) => {
		const record = 12 + i * 16;
		header.writeUInt32BE(table.tag, record);
		header.writeUInt32BE(table.checksum, record + 4);
		header.writeUInt32BE(offset, record + 8);
		header.writeUInt32BE(table.data.length, record + 12);
		// Tables start on 4-byte boundaries.
		const padded = Buffer.alloc((table.data.length + 3) & ~3);
		table.data.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(parts);
}
