import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { lotExamSchema } from './lot-exam';

const exam = (over: Record<string, string>) => ({
	examinedAt: '2026-06-14T15:00:00+07:00',
	countExamined: '104',
	countWithFindings: '9',
	notes: '',
	...over
});

describe('lotExamSchema', () => {
	it('reads the counts, Khmer digits included', () => {
		expect(lotExamSchema.parse(exam({ countExamined: '១០៤' }))).toMatchObject({ countExamined: 104, countWithFindings: 9, notes: null });
	});

	it('refuses more animals with findings than were examined', () => {
		const r = lotExamSchema.safeParse(exam({ countWithFindings: '105' }));
		expect(!r.success && fieldErrors(r.error)).toEqual({ countWithFindings: 'findings_exceed_examined' });
	});

	it('needs at least one animal examined, and no fractions', () => {
		for (const countExamined of ['0', '2.5', '', 'all']) {
			const r = lotExamSchema.safeParse(exam({ countExamined }));
			expect(!r.success && fieldErrors(r.error).countExamined, countExamined).toBe('count_invalid');
		}
	});
});
