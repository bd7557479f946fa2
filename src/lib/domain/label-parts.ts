/**
 * Label sheets are printed in parts of at most 240 labels (10 A4 pages): rendering a PDF holds
 * the server's only thread, ~0.5 s per part, where a 785-label sheet held it ~1.5 s and a
 * 5,000-animal seizure would hold it far longer.
 */
export const LABELS_PER_PART = 240;

export interface LabelPart {
	part: number;
	first: number;
	last: number;
}

export function labelParts(total: number): LabelPart[] {
	return Array.from({ length: Math.ceil(total / LABELS_PER_PART) }, (_, i) => ({
		part: i + 1,
		first: i * LABELS_PER_PART + 1,
		last: Math.min(total, (i + 1) * LABELS_PER_PART)
	}));
}
