import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from './pdf-fonts';

// With compression off, each text object drawn is one "BT … ET" in the page content.
const textObjects = async (content: Content) => (await renderPdf({ content, compress: false })).toString('latin1').match(/\bBT\b/g)?.length ?? 0;

describe('drawing lines as runs (merge-inlines.ts)', () => {
	it('draws the words of a line that look alike as one text', async () => {
		expect(await textObjects('Phnom Tamao Wildlife Rescue Centre, quarantine block')).toBe(1);
		expect(await textObjects({ text: ['Place: ', 'Phnom Tamao Wildlife Rescue Centre'] })).toBe(1);
	});

	it('keeps apart what looks different, and every line of its own', async () => {
		expect(await textObjects({ text: [{ text: 'Place: ', bold: true }, 'Phnom Tamao Wildlife Rescue Centre'] })).toBe(2);
		expect(await textObjects({ text: ['Seized ', { text: 'Manis javanica', italics: true }, ' at the pier'] })).toBe(3);
		expect(await textObjects('first line\nsecond line')).toBe(2);
	});

	it('leaves justified lines word by word, as their spacing is the layout', async () => {
		const words = 'the custody chain of a seizure case records every transfer of every animal and item, in order, with a hash';
		expect(await textObjects({ text: `${words} ${words}`, alignment: 'justify' })).toBeGreaterThan(20);
	});
});
