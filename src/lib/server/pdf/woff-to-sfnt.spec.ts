import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff-to-sfnt';

const require = createRequire(import.meta.url);
// fontkit as pdfkit loads it (it is pdfkit's dependency, not ours).
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): { numGlyphs: number; postscriptName: string; layout(text: string): { glyphs: { id: number }[] } } };

describe('woffToSfnt', () => {
	it('unpacks the Khmer WOFF into the same font as a plain OpenType file', () => {
		const woff = readFileSync(require.resolve('@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff'));
		const sfnt = woffToSfnt(woff);
		expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		const [fromWoff, fromSfnt] = [fontkit.create(woff), fontkit.create(sfnt)];
		expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
		expect(fromSfnt.postscriptName).toBe(fromWoff.postscriptName);
		const ids = (font: typeof fromWoff) => font.layout('ព្រឹត្តិការណ៍').glyphs.map((g) => g.id);
		expect(ids(fromSfnt)).toEqual(ids(fromWoff));
	});

	it('refuses what is not a WOFF 1.0 font', () => {
		expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes'))).toThrow(/WOFF/);
	});
});
