import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * A face of the Khmer-script subset of Noto Sans Khmer (@fontsource), unpacked from .woff: pdfkit
 * draws .woff2 wrongly. It has no Latin letters, so text mixing scripts is split into runs first
 * (khmer-text.ts).
 */
export function khmerFontFile(weight: 400 | 700): Buffer {
	const path = createRequire(import.meta.url).resolve(`@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-${weight}-normal.woff`);
	return woffToSfnt(readFileSync(path));
}
