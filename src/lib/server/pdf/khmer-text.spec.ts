import { describe, expect, it } from 'vitest';
import { KHMER_FONT, LATIN_FONT, scriptRuns, scriptText } from './khmer-text';

const ZWSP = '\u200B';
// Khmer vowel signs, signs and the coeng (subscript marker): a break before one splits a cluster.
const KHMER_MARK = /[\u17B6-\u17D3\u17DD]/;

describe('scriptRuns', () => {
	it('leaves Latin text as one Roboto run, and as a plain string for pdfmake', () => {
		expect(scriptRuns('Lot 2 – 14 heads')).toEqual([{ text: 'Lot 2 – 14 heads', font: LATIN_FONT }]);
		expect(scriptText('Lot 2')).toBe('Lot 2');
		expect(scriptRuns('')).toEqual([]);
	});

	it('gives each script its own run and font, keeping every character', () => {
		const text = 'Lot 2: សត្វព្រៃត្រូវបានរឹបអូស (Nycticebus)';
		const runs = scriptRuns(text);
		expect(runs.map((r) => r.font)).toEqual([LATIN_FONT, KHMER_FONT, LATIN_FONT]);
		expect(runs[0].text).toBe('Lot 2: ');
		expect(runs[2].text).toBe('(Nycticebus)');
		expect(runs.map((r) => r.text).join('').replaceAll(ZWSP, '')).toBe(text);
	});

	it('puts zero-width spaces between Khmer words, never inside a cluster', () => {
		const [run] = scriptRuns('សត្វព្រៃត្រូវបានរឹបអូស');
		expect(run.font).toBe(KHMER_FONT);
		expect(run.text.split(ZWSP)).toEqual(['សត្វព្រៃ', 'ត្រូវ', 'បាន', 'រឹបអូស']);
		const long = scriptRuns('កំណត់ត្រាការធ្វើឱ្យស្លាប់ដោយមេត្តា និងការពិនិត្យសាកសព។')
			.map((r) => r.text)
			.join('');
		for (const [i, char] of [...long].entries()) {
			if (char === ZWSP) expect([...long][i + 1]).not.toMatch(KHMER_MARK);
		}
		expect(long).toContain(ZWSP);
		// The full stop (khan) stays with its word, and a space is not doubled by a break.
		expect(long).not.toContain(`${ZWSP}។`);
		expect(long).not.toMatch(/ \u200B|\u200B /);
	});

	it('keeps spaces and zero-width characters inside the run they sit in', () => {
		const runs = scriptRuns('ស្លាប់ ឈ្មោល 3');
		expect(runs).toEqual([
			{ text: `ស្លាប់ ឈ្មោល `, font: KHMER_FONT },
			{ text: '3', font: LATIN_FONT }
		]);
		expect(scriptRuns(`ក${ZWSP}ខ`)).toEqual([{ text: `ក${ZWSP}ខ`, font: KHMER_FONT }]);
	});
});
