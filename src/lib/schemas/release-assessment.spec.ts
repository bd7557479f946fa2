import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { alternativeSchema, approvalSchema, assessmentDetailsSchema, checklistAnswersSchema, scheduleSchema } from './release-assessment';

const errorsOf = (r: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) => (r.success ? {} : fieldErrors(r.error!));

describe('checklistAnswersSchema', () => {
	it('reads one answer per question, notes trimmed, unanswered questions left out', () => {
		const r = checklistAnswersSchema.parse({
			revision: '3',
			'answer.health': 'yes',
			'note.health': '  screened negative ',
			'answer.site': 'not_yet',
			'note.site': '',
			'note.risk': ''
		});
		expect(r).toEqual({
			revision: 3,
			answers: [
				{ key: 'health', answer: 'yes', note: 'screened negative' },
				{ key: 'site', answer: 'not_yet', note: null }
			]
		});
	});

	it('puts each refusal at its question: an unknown answer, a note without an answer', () => {
		const r = checklistAnswersSchema.safeParse({ revision: '1', 'answer.health': 'maybe', 'note.site': 'Rains came early', 'answer.risk': 'never' });
		expect(errorsOf(r)).toEqual({ 'answer.health': 'assessment_answer_invalid', 'answer.site': 'assessment_answer_for_note' });
	});

	it('refuses a damaged revision, a key no checklist can have, and an empty form', () => {
		expect(errorsOf(checklistAnswersSchema.safeParse({ revision: 'abc', 'answer.health': 'yes' }))).toEqual({ revision: 'assessment_form_damaged' });
		expect(errorsOf(checklistAnswersSchema.safeParse({ revision: '0', 'answer.health': 'yes' }))).toEqual({ revision: 'assessment_form_damaged' });
		expect(errorsOf(checklistAnswersSchema.safeParse({ revision: '2', 'answer.Bad-Key': 'yes' }))).toEqual({ form: 'assessment_answers_invalid' });
		expect(errorsOf(checklistAnswersSchema.safeParse({ revision: '2' }))).toEqual({ form: 'assessment_answers_none' });
	});

	it('refuses a note longer than the database keeps', () => {
		const r = checklistAnswersSchema.safeParse({ revision: '2', 'answer.site': 'yes', 'note.site': 'x'.repeat(2001) });
		expect(errorsOf(r)).toEqual({ 'note.site': 'text_too_long' });
	});
});

describe('assessmentDetailsSchema', () => {
	it('reads site, type and a head count; empty means none', () => {
		expect(assessmentDetailsSchema.parse({ revision: '2', proposedSite: ' Phnom Kulen ', releaseType: 'welfare', headCount: '៥' })).toEqual({
			revision: 2,
			proposedSite: 'Phnom Kulen',
			releaseType: 'welfare',
			headCount: 5
		});
		expect(assessmentDetailsSchema.parse({ revision: '2', proposedSite: '', releaseType: '' })).toEqual({
			revision: 2,
			proposedSite: null,
			releaseType: null,
			headCount: null
		});
	});

	it('refuses a one-letter site, an unknown type and a count that is not a whole number of animals', () => {
		const r = assessmentDetailsSchema.safeParse({ revision: '2', proposedSite: 'K', releaseType: 'commercial', headCount: '2.5' });
		expect(errorsOf(r)).toEqual({
			proposedSite: 'assessment_site_too_short',
			releaseType: 'assessment_type_invalid',
			headCount: 'assessment_head_count_invalid'
		});
		expect(errorsOf(assessmentDetailsSchema.safeParse({ revision: '2', headCount: '0' }))).toEqual({ headCount: 'assessment_head_count_invalid' });
	});
});

describe('approvalSchema', () => {
	const authority = { revision: '4', step: 'authority', authorityName: 'Keo Vuthy', authorityAgency: 'Forestry Administration', documentNumber: 'FA-REL-2026/031', confirm: 'yes' };

	it("needs the official's name, agency and document number for the authority's approval", () => {
		expect(approvalSchema.parse(authority)).toMatchObject({ step: 'authority', documentNumber: 'FA-REL-2026/031', notes: null });
		expect(errorsOf(approvalSchema.safeParse({ ...authority, documentNumber: ' ' }))).toEqual({ documentNumber: 'assessment_document_number_required' });
		expect(errorsOf(approvalSchema.safeParse({ ...authority, authorityName: '', authorityAgency: '' }))).toEqual({
			authorityName: 'assessment_authority_name_required',
			authorityAgency: 'assessment_authority_agency_required'
		});
	});

	it("drops an official's fields sent with another step, and needs the box ticked", () => {
		expect(approvalSchema.parse({ ...authority, step: 'vet', notes: 'Fit' })).toMatchObject({ step: 'vet', authorityName: null, documentNumber: null, notes: 'Fit' });
		expect(errorsOf(approvalSchema.safeParse({ revision: '4', step: 'vet' }))).toEqual({ confirm: 'confirm_required' });
	});

	it('refuses a forged step or revision as a damaged form', () => {
		expect(errorsOf(approvalSchema.safeParse({ revision: '4', step: 'prosecutor', confirm: 'yes' }))).toEqual({ step: 'assessment_form_damaged' });
		expect(errorsOf(approvalSchema.safeParse({ revision: "4' or 1=1", step: 'vet', confirm: 'yes' }))).toEqual({ revision: 'assessment_form_damaged' });
	});
});

describe('scheduleSchema', () => {
	it('reads a date, or no date when clearing', () => {
		expect(scheduleSchema.parse({ revision: '5', scheduledFor: '2026-12-01' })).toEqual({ revision: 5, scheduledFor: '2026-12-01' });
		expect(scheduleSchema.parse({ revision: '5', intent: 'clear', scheduledFor: 'whatever' })).toEqual({ revision: 5, scheduledFor: null });
	});

	it('needs a date to schedule', () => {
		expect(errorsOf(scheduleSchema.safeParse({ revision: '5', scheduledFor: '' }))).toEqual({ scheduledFor: 'assessment_date_required' });
		expect(errorsOf(scheduleSchema.safeParse({ revision: '5', scheduledFor: '01/12/2026' }))).toEqual({ scheduledFor: 'assessment_date_required' });
	});
});

describe('alternativeSchema', () => {
	it('takes permanent care with a short reason', () => {
		expect(alternativeSchema.parse({ alternative: 'permanent_care', alternativeReason: ' Blind in one eye ' })).toMatchObject({
			alternative: 'permanent_care',
			alternativeReason: 'Blind in one eye'
		});
	});

	it('needs 40 characters and the confirmation for euthanasia, the last option', () => {
		const r = alternativeSchema.safeParse({ alternative: 'euthanasia', alternativeReason: 'Untreatable disease' });
		expect(errorsOf(r)).toEqual({ alternativeReason: 'assessment_euthanasia_reason_short', confirm: 'confirm_required' });
		const reason = 'Untreatable chytrid infection; no centre can take an infectious animal';
		expect(alternativeSchema.safeParse({ alternative: 'euthanasia', alternativeReason: reason, confirm: 'yes' }).success).toBe(true);
	});

	it('refuses no choice and a reason too short', () => {
		expect(errorsOf(alternativeSchema.safeParse({ alternativeReason: 'short' }))).toEqual({ alternative: 'assessment_alternative_required' });
		expect(errorsOf(alternativeSchema.safeParse({ alternative: 'transfer', alternativeReason: 'zoo' }))).toEqual({
			alternativeReason: 'assessment_alternative_reason_short'
		});
	});
});
