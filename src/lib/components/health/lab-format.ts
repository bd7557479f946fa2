import { isoToLocalInput } from '$lib/domain/centre-time';
import type { Messages } from '$lib/i18n';
import type { LabFlag } from '$lib/schemas/lab-result';
import type { LabResultRow } from '$lib/server/health/lab-data';
import { decimal } from './health-format';

/** Lab values keep the precision the laboratory gave, up to the six decimals stored. */
const labDecimal = (n: number) => decimal(n, 6);

/** "41 %" or "Salmonella spp. isolated". */
export function resultText(r: Pick<LabResultRow, 'value' | 'unit' | 'resultText'>): string {
	return r.value === null ? (r.resultText ?? '') : `${labDecimal(r.value)} ${r.unit ?? ''}`.trim();
}

/** "20 – 35", "at most 3.5", or "—" without a range. */
export function rangeText(r: Pick<LabResultRow, 'rangeLow' | 'rangeHigh'>, l: Messages['lab']): string {
	if (r.rangeLow !== null && r.rangeHigh !== null) return l.range(labDecimal(r.rangeLow), labDecimal(r.rangeHigh));
	if (r.rangeLow !== null) return l.rangeAtLeast(labDecimal(r.rangeLow));
	if (r.rangeHigh !== null) return l.rangeAtMost(labDecimal(r.rangeHigh));
	return '—';
}

/** A mark beside the flag's word, for a quick scan; the word is what carries the meaning. */
export const FLAG_MARKS: Record<LabFlag, string> = { normal: '', low: '↓', high: '↑', abnormal: '!', critical: '!!' };

/** The lab form's fields filled from a result being corrected: the vet changes what was wrong. */
export function correctionValues(r: LabResultRow): Record<string, string> {
	const text = (n: number | null) => (n === null ? '' : String(n));
	return {
		correctsId: r.id,
		testName: r.testName,
		sampleType: r.sampleType,
		collectedAt: isoToLocalInput(r.collectedAt),
		resultedAt: isoToLocalInput(r.resultedAt),
		laboratory: r.laboratory ?? '',
		value: text(r.value),
		unit: r.unit ?? '',
		resultText: r.resultText ?? '',
		rangeLow: text(r.rangeLow),
		rangeHigh: text(r.rangeHigh),
		flag: r.flag ?? '',
		notes: r.notes ?? '',
		necropsyId: r.necropsyId ?? ''
	};
}
