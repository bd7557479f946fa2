import { describe, expect, it } from 'vitest';
import { LABELS_PER_PART, labelParts } from './label-parts';

describe('labelParts', () => {
	it('prints a small seizure in one part', () => {
		expect(labelParts(8)).toEqual([{ part: 1, first: 1, last: 8 }]);
	});
	it('splits the 785-animal boat seizure into parts of at most 240 labels', () => {
		const parts = labelParts(785);
		expect(parts.map((p) => [p.first, p.last])).toEqual([[1, 240], [241, 480], [481, 720], [721, 785]]);
		expect(parts.every((p) => p.last - p.first + 1 <= LABELS_PER_PART)).toBe(true);
	});
	it('has no parts without animals', () => {
		expect(labelParts(0)).toEqual([]);
	});
});
