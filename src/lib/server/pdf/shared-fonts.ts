import { createRequire } from 'node:module';

interface FontFormat {
	probe(buffer: Uint8Array): boolean;
}
interface Fontkit {
	create(buffer: Uint8Array): object;
	registerFormat(format: FontFormat & (new (stream: { buffer: Uint8Array }) => object)): void;
}
interface EmbeddedFont {
	font: object;
	layoutRun(text: string, features?: unknown): unknown;
}

const parsed = new Map<Uint8Array, object>();
const shared = new Set<object>();
// Shaped words per shared font; cleared when full (words of codes and times rarely repeat).
const RUNS_PER_FONT = 20_000;
const runs = new Map<object, Map<string, unknown>>();

/**
 * pdfkit parses every embedded font afresh for each PDF, and fontkit decodes its tables (the
 * OpenType layout tables above all) lazily on that new object: ~15 ms per font face per document,
 * most of the time of a one-page PDF, and the layout work learnt on one sheet was thrown away.
 *
 * For the font files given here (held in memory, so pdfkit gets the very same buffer each time),
 * fontkit hands back one parsed font, shared by every document. A fontkit font is read-only once
 * parsed (subsets and per-document widths live in pdfkit's own objects), and all of its reads are
 * synchronous, so documents rendered in turn or interleaved at their awaits cannot disturb it.
 *
 * fontkit exports no cache hook: its TrueType format is told to pass on these buffers, and a
 * format registered after it returns the shared font instead.
 */
export function shareParsedFonts(files: Uint8Array[]): void {
	const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
	const fontkit = fromPdfkit('fontkit') as Fontkit;
	const first = parsed.size === 0;
	for (const file of files) {
		if (!parsed.has(file)) parsed.set(file, fontkit.create(file));
		shared.add(parsed.get(file)!);
	}
	if (!first) return;

	const trueType = parsed.values().next().value!.constructor as unknown as FontFormat;
	const probe = trueType.probe.bind(trueType);
	trueType.probe = (buffer) => !parsed.has(buffer) && probe(buffer);
	fontkit.registerFormat(
		class SharedFont {
			static probe(buffer: Uint8Array) {
				return parsed.has(buffer);
			}
			constructor(stream: { buffer: Uint8Array }) {
				return parsed.get(stream.buffer)!;
			}
		}
	);
	shareShaping(fromPdfkit('pdfkit'), files[0]);
}

/**
 * pdfkit shapes each word once per document (fontkit's OpenType layout: Khmer above all, ~80 ms
 * of a one-page Khmer sheet). A shaped word of a shared font is the same in every document, and
 * pdfkit only reads it once made (positions are scaled as it is made, never after), so the words
 * are kept across documents too.
 */
function shareShaping(PDFDocument: new (options: object) => { font(src: Uint8Array): { _font: EmbeddedFont } }, file: Uint8Array): void {
	const proto = Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).font(file)._font) as EmbeddedFont;
	const layoutRun = proto.layoutRun;
	proto.layoutRun = function (text, features) {
		if (features || !shared.has(this.font)) return layoutRun.call(this, text, features);
		let cache = runs.get(this.font);
		if (!cache) runs.set(this.font, (cache = new Map()));
		let run = cache.get(text);
		if (run === undefined) {
			if (cache.size >= RUNS_PER_FONT) cache.clear();
			run = layoutRun.call(this, text);
			cache.set(text, run);
		}
		return run;
	};
}
