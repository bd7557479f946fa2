import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// pdfmake's server entry is CommonJS exporting one configured instance (module.exports = new pdfmake()):
// only the default import reaches it; a namespace import would see no createPdf.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

// Resolved at run time, not bundled: under vite dev/vitest and in the adapter-node build alike,
// pdfmake stays a runtime dependency in node_modules, and these paths follow wherever it is installed.
const require = createRequire(import.meta.url);
const roboto = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

/**
 * Every family a server-built PDF may use. Add a family here (e.g. a Khmer font for names in Khmer
 * script) and it becomes usable by `font: '<Family>'` in any document definition.
 */
const FONTS: TFontDictionary = {
	// pdfmake's stock Roboto: "bold" is the Medium cut, as in pdfmake's own builds.
	Roboto: {
		normal: join(roboto, 'Roboto-Regular.ttf'),
		bold: join(roboto, 'Roboto-Medium.ttf'),
		italics: join(roboto, 'Roboto-Italic.ttf'),
		bolditalics: join(roboto, 'Roboto-MediumItalic.ttf')
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

// The only local "files" pdfmake may open are the fonts above (standard-14 names pass through the
// same check). Images or attachments named by path in a document definition are refused, so text
// that reaches a definition can never make the server read its own files into a PDF.
const allowedFiles = new Set(
	Object.values(FONTS).flatMap((family) => Object.values(family).filter((f) => typeof f === 'string'))
);

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
