import { createRequire } from 'node:module';

interface Inline {
	text: string;
	x: number;
	width: number;
	[style: string]: unknown;
}
interface RendererClass {
	prototype: { renderLine(line: { inlines: Inline[] }, x: number, y: number): void; inlinesMerged?: true };
}

// Everything the renderer draws an inline with: inlines equal in all of these look the same.
const STYLE = [
	'font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'fontFeatures', 'link', 'linkToPage', 'linkToDestination',
	'decoration', 'decorationStyle', 'decorationColor', 'decorationThickness', 'background', 'sup', 'sub'
];
function sameLook(a: Inline, b: Inline): boolean {
	for (let i = 0; i < STYLE.length; i++) if (a[STYLE[i]] !== b[STYLE[i]]) return false;
	return true;
}
const adjoins = (a: Inline, b: Inline) => Math.abs(a.x + a.width - b.x) < 0.01;

function merged(inlines: Inline[]): Inline[] {
	const out: Inline[] = [];
	// Runs are new objects: an inline may also sit in another line (repeated table headers).
	let run: Inline | null = null;
	for (const inline of inlines) {
		const last = out[out.length - 1];
		if (last && !last._pageNodeRef && !inline._pageNodeRef && adjoins(last, inline) && sameLook(last, inline)) {
			if (last !== run) {
				run = { ...last };
				out[out.length - 1] = run;
			}
			run.text += inline.text;
			run.width = inline.x + inline.width - run.x;
		} else {
			out.push(inline);
		}
	}
	return out;
}

/**
 * pdfmake 0.3 draws every word as its own text object (font, size, colour, position and string:
 * its own "TODO: lines without differently styled inlines should be written as one stream").
 * A court sheet of 900 custody events is ~50,000 words, and those objects, not the layout, were
 * most of its rendering time. Words next to each other that look the same are drawn as one text
 * instead; the layout (line breaks, widths, page breaks) is untouched, and lines whose words were
 * spaced apart (justified text) keep their words separate.
 */
export function drawLinesAsRuns(): void {
	const Renderer = (createRequire(import.meta.url)('pdfmake/js/Renderer') as { default: RendererClass }).default;
	const proto = Renderer.prototype;
	if (proto.inlinesMerged) return;
	const renderLine = proto.renderLine;
	proto.renderLine = function (line, x, y) {
		if (line.inlines.length > 1) line.inlines = merged(line.inlines);
		renderLine.call(this, line, x, y);
	};
	proto.inlinesMerged = true;
}
