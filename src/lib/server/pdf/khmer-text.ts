/**
 * Text that may hold Khmer script, made ready for pdfmake.
 *
 * The Khmer font (NotoSansKhmer, pdf-fonts.ts) has no Latin letters and Roboto has no Khmer, and
 * pdfmake never falls back from one font to another: a string is cut into runs per script, each
 * naming its font. Khmer writes words without spaces, and pdfmake breaks lines only at break
 * opportunities, so a Khmer phrase would overflow its cell as one "word"; a zero-width space
 * (U+200B) is put between Khmer words, which pdfmake breaks at and which draws nothing. Breaks are
 * never put inside a cluster (a consonant with its subscripts and vowel signs), which would split
 * its shaping.
 */
export const KHMER_FONT = 'NotoSansKhmer';
export const LATIN_FONT = 'Roboto';

export interface TextRun {
	text: string;
	font: typeof KHMER_FONT | typeof LATIN_FONT;
}

const ZWSP = '\u200B';
// Khmer and Khmer Symbols blocks.
const KHMER_CHAR = /[\u1780-\u17FF\u19E0-\u19FF]/;
// Zero-width space, non-joiner, joiner and the dotted circle belong to whichever run they sit in:
// both fonts can draw the space, and only the Khmer font the others, which only occur in Khmer text.
const NEUTRAL_CHAR = /[\u200B-\u200D\u25CC]/;
// Khmer punctuation (khan, bariyoosan, …) stays on the line of the word before it.
const KHMER_PUNCTUATION = /^[\u17D4-\u17DA]/;
const WHITESPACE = /^\s|\s$/;

// Node ships full ICU (checked: 'km' word segmentation splits សត្វព្រៃត្រូវបានរឹបអូស into
// សត្វព្រៃ|ត្រូវ|បាន|រឹបអូស). Were a runtime built with small ICU, 'km' words would come back as
// one segment: grapheme clusters are the fallback then, coarser breaks but still never inside one.
const words = new Intl.Segmenter('km', { granularity: 'word' });
const clusters = new Intl.Segmenter('km', { granularity: 'grapheme' });
const segmentsKhmerWords = [...words.segment('សត្វព្រៃត្រូវ')].length > 1;

function breakKhmerWords(khmer: string): string {
	const segmenter = segmentsKhmerWords ? words : clusters;
	let out = '';
	let previous = '';
	for (const { segment } of segmenter.segment(khmer)) {
		const between = previous !== '' && !WHITESPACE.test(previous) && !WHITESPACE.test(segment);
		if (between && !previous.endsWith(ZWSP) && !segment.startsWith(ZWSP) && !KHMER_PUNCTUATION.test(segment)) out += ZWSP;
		out += segment;
		previous = segment;
	}
	return out;
}

export function hasKhmer(text: string): boolean {
	return KHMER_CHAR.test(text);
}

// Labels recur on every row of a sheet in Khmer; segmenting them once keeps a long sheet fast.
const CACHE_LIMIT = 5000;
const cache = new Map<string, readonly TextRun[]>();

/** The runs of a text, Khmer runs in the Khmer font with word breaks, everything else in Roboto. */
export function scriptRuns(text: string): TextRun[] {
	if (text === '') return [];
	if (!hasKhmer(text)) return [{ text, font: LATIN_FONT }];
	let runs = cache.get(text);
	if (!runs) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		runs = splitRuns(text);
		cache.set(text, runs);
	}
	// Fresh objects: pdfmake may annotate the nodes it is given.
	return runs.map((run) => ({ ...run }));
}

function splitRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let current = '';
	let khmer: boolean | null = null;
	const flush = () => {
		if (current !== '') runs.push(khmer ? { text: breakKhmerWords(current), font: KHMER_FONT } : { text: current, font: LATIN_FONT });
		current = '';
	};
	for (const char of text) {
		const isKhmer = KHMER_CHAR.test(char);
		const neutral = NEUTRAL_CHAR.test(char) || char === ' ';
		if (!neutral && khmer !== null && isKhmer !== khmer) flush();
		if (!neutral || khmer === null) khmer = isKhmer;
		current += char;
	}
	flush();
	return runs;
}

/**
 * The `text` of a pdfmake node: the string itself when it has no Khmer (the common case, and the
 * cheapest for pdfmake to lay out), otherwise its script runs.
 */
export function scriptText(text: string): string | TextRun[] {
	return hasKhmer(text) ? scriptRuns(text) : text;
}
