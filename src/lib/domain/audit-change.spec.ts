import { describe, expect, it } from 'vitest';
import { auditText, changedFields, fieldValues } from './audit-change';

describe('audit changes', () => {
	it('lists only the columns an update changed', () => {
		const before = { id: 'a1', notes: null, status: 'in_care', weight_g: 1200, updated_at: '2026-03-01T10:00:00+00:00' };
		const after = { id: 'a1', notes: 'Scar on the left flank', status: 'in_care', weight_g: 1250, updated_at: '2026-03-02T10:00:00+00:00' };
		expect(changedFields(before, after)).toEqual([
			{ field: 'notes', before: null, after: 'Scar on the left flank' },
			{ field: 'weight_g', before: '1200', after: '1250' },
			{ field: 'updated_at', before: '2026-03-01T10:00:00+00:00', after: '2026-03-02T10:00:00+00:00' }
		]);
	});

	it('compares nested values by content', () => {
		expect(changedFields({ seals: ['A1', 'A2'], geo: { lat: 11.5 } }, { seals: ['A1', 'A2'], geo: { lat: 11.5 } })).toEqual([]);
		expect(changedFields({ seals: ['A1'] }, { seals: ['A1', 'A2'] })).toEqual([{ field: 'seals', before: '["A1"]', after: '["A1","A2"]' }]);
	});

	it('counts a side the log does not hold as empty', () => {
		expect(changedFields(null, { key: 'k2' })).toEqual([{ field: 'key', before: null, after: 'k2' }]);
		expect(changedFields({ key: 'k1' }, null)).toEqual([{ field: 'key', before: 'k1', after: null }]);
	});

	it('prints every column of an inserted or deleted row', () => {
		expect(fieldValues({ id: 'a1', count: 3, active: true, notes: null })).toEqual([
			{ field: 'id', value: 'a1' },
			{ field: 'count', value: '3' },
			{ field: 'active', value: 'true' },
			{ field: 'notes', value: null }
		]);
		expect(fieldValues(null)).toEqual([]);
	});

	it('prints text as it is, without the quotes of JSON', () => {
		expect(auditText('PT-2026-000123')).toBe('PT-2026-000123');
		expect(auditText('"quoted"')).toBe('"quoted"');
		expect(auditText(undefined)).toBeNull();
	});
});
