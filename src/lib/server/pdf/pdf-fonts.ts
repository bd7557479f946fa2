import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// pdfmake's server entry is CommonJS exporting one configured instance (module.exports = new pdfmake()):
// only the default import reaches it; a namespace import would see no createPdf.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { patchFontkitNullAnchors } from './fontkit-null-anchors';
import { khmerFontFile } from './khmer-font';
import { drawLinesAsRuns } from './merge-inlines';
import { shareParsedFonts } from './shared-fonts';

// Resolved at run time, not bundled: under vite dev/vitest and in the adapter-node build alike,
// pdfmake stays a runtime dependency in node_modules, and these paths follow wherever it is installed.
const require = createRequire(import.meta.url);
const roboto = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

// The embedded fonts, read once into pdfmake's in-memory file system (its `virtualfs`, which the
// types leave out): pdfmake looks a font name up there before any local path, so these names never
// reach the local access policy, and every PDF gets the same buffers (see shared-fonts.ts).
const FILES: Record<string, Buffer> = {
	'Roboto-Regular.ttf': readFileSync(join(roboto, 'Roboto-Regular.ttf')),
	'Roboto-Medium.ttf': readFileSync(join(roboto, 'Roboto-Medium.ttf')),
	'Roboto-Italic.ttf': readFileSync(join(roboto, 'Roboto-Italic.ttf')),
	'Roboto-MediumItalic.ttf': readFileSync(join(roboto, 'Roboto-MediumItalic.ttf')),
	'NotoSansKhmer-Regular.ttf': khmerFontFile(400),
	'NotoSansKhmer-Bold.ttf': khmerFontFile(700)
};

/**
 * Every family a server-built PDF may use. Add a family here and it becomes usable by
 * `font: '<Family>'` in any document definition.
 */
const FONTS: TFontDictionary = {
	// pdfmake's stock Roboto: "bold" is the Medium cut, as in pdfmake's own builds.
	Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
	// For Khmer script only (khmer-text.ts splits text into runs). No italic cut: emphasis stays upright.
	NotoSansKhmer: {
		normal: 'NotoSansKhmer-Regular.ttf',
		bold: 'NotoSansKhmer-Bold.ttf',
		italics: 'NotoSansKhmer-Regular.ttf',
		bolditalics: 'NotoSansKhmer-Bold.ttf'
	},
	// A PDF standard-14 font: monospaced codes stay unambiguous (0/O, 1/I), and nothing is embedded.
	// Latin-1 only, so keep it to codes and numbers.
	Courier: {
		normal: 'Courier',
		bold: 'Courier-Bold',
		italics: 'Courier-Oblique',
		bolditalics: 'Courier-BoldOblique'
	}
};

// The only local "files" pdfmake may open are the standard-14 font names above, which pass through
// the same check. Images or attachments named by path in a document definition are refused, so
// text that reaches a definition can never make the server read its own files into a PDF.
const allowedFiles = new Set(Object.values(FONTS.Courier));

const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;
for (const [name, file] of Object.entries(FILES)) vfs.writeFileSync(name, file);
patchFontkitNullAnchors(FILES['NotoSansKhmer-Regular.ttf']);
shareParsedFonts(Object.values(FILES));
drawLinesAsRuns();
pdfmake.setFonts(FONTS);
// PDFs are built from our own data: nothing should ever be fetched. Setting both policies also
// silences the warning pdfmake prints on every createPdf when they are unset.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));

/** Lays out and renders a document definition into a complete PDF file. */
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
	// createPdf writes defaults into the definition it is given; a shallow copy keeps the caller's intact.
	return pdfmake.createPdf({ ...doc }).getBuffer();
}
