import { describe, expect, it } from 'vitest';
import { assessmentRefusal } from './assessment-refusals';

describe('assessmentRefusal', () => {
	it("puts the authority's missing field where the hint says, and only there", () => {
		expect(assessmentRefusal({ code: 'RL316', message: '', hint: 'authorityAgency' })).toEqual({ field: 'authorityAgency', key: 'assessment_authority_agency_required' });
		expect(assessmentRefusal({ code: 'RL316', message: '', hint: 'constructor' })).toEqual({ field: 'documentNumber', key: 'assessment_document_number_required' });
	});

	it('lets the code, not the hint, decide the message of the other refusals', () => {
		expect(assessmentRefusal({ code: 'RL311', message: '', hint: 'scheduledFor' })).toEqual({ field: 'form', key: 'assessment_stale' });
		expect(assessmentRefusal({ code: 'RL318', message: '', hint: 'form' })).toEqual({ field: 'scheduledFor', key: 'assessment_date_past' });
		expect(assessmentRefusal({ code: '42501', message: 'Only a vet gives the vet approval.' })).toEqual({ field: 'form', key: 'assessment_forbidden' });
	});

	it('answers a broken check with the generic message, and nothing it cannot explain', () => {
		expect(assessmentRefusal({ code: '23514', message: 'check violated' })).toEqual({ field: 'form', key: 'invalid' });
		expect(assessmentRefusal({ code: '08006', message: 'connection failure' })).toBeNull();
	});
});
