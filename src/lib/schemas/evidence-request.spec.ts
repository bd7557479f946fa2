import { describe, expect, it } from 'vitest';
import { centreToday } from '$lib/domain/centre-time';
import { grantSchema, newGrantSchema, revokeGrantSchema } from './case-grant';
import { declineRequestSchema, directIssueSchema, evidenceRequestSchema, issueRequestSchema, withdrawRequestSchema } from './evidence-request';
import { fieldErrors } from './form-errors';

const caseId = '3b0c7a52-1f6e-4c1a-9d3e-5a7b8c9d0e1f';
const lotId = '8f5e2d7a-3c41-4b9e-9a6d-2f0c1b7e5a93';
const request = { caseId, subject: 'case', purpose: 'Trial of the boat owner', language: 'en' };
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: Record<string, unknown>) => {
	const r = schema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error as Parameters<typeof fieldErrors>[0]);
};
const dayFromToday = (days: number) => {
	const d = new Date(`${centreToday()}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};

describe('evidenceRequestSchema', () => {
	it('reads a request of the whole case, blank optional fields as null', () => {
		expect(evidenceRequestSchema.parse({ ...request, courtCaseNumber: ' ', neededBy: '', lotId: 'left over' })).toEqual({
			caseId,
			subject: { kind: 'case' },
			purpose: 'Trial of the boat owner',
			courtCaseNumber: null,
			neededBy: null,
			language: 'en'
		});
	});

	it('reads only the field of the chosen subject, the animal code as on its label', () => {
		const animal = evidenceRequestSchema.parse({ ...request, subject: 'animal', animalCode: ' pt-2026-000123 ', lotId });
		expect(animal.subject).toEqual({ kind: 'animal', animalCode: 'PT-2026-000123' });
		expect(evidenceRequestSchema.parse({ ...request, subject: 'lot', lotId }).subject).toEqual({ kind: 'lot', lotId });
		expect(evidenceRequestSchema.parse({ ...request, subject: 'item', itemId: lotId }).subject).toEqual({ kind: 'item', itemId: lotId });
	});

	it('asks for the field of the chosen subject', () => {
		expect(errorsOf(evidenceRequestSchema, { ...request, subject: 'lot' })).toEqual({ lotId: 'evidence_lot_required' });
		expect(errorsOf(evidenceRequestSchema, { ...request, subject: 'item', itemId: 'x' })).toEqual({ itemId: 'evidence_item_required' });
		expect(errorsOf(evidenceRequestSchema, { ...request, subject: 'animal', animalCode: 'python 2' })).toEqual({ animalCode: 'animal_code_invalid' });
		expect(errorsOf(evidenceRequestSchema, { ...request, subject: 'herd' })).toEqual({ subject: 'evidence_subject_required' });
	});

	it('needs a case, a purpose of 5 to 1,000 characters and a language, and reports them together', () => {
		expect(errorsOf(evidenceRequestSchema, { subject: 'case', purpose: ' Tri ' })).toEqual({
			caseId: 'evidence_case_required',
			purpose: 'evidence_purpose_required',
			language: 'language_invalid'
		});
		expect(errorsOf(evidenceRequestSchema, { ...request, purpose: 'x'.repeat(1001) })).toEqual({ purpose: 'evidence_purpose_too_long' });
		expect(evidenceRequestSchema.safeParse({ ...request, purpose: 'x'.repeat(1000), language: 'km' }).success).toBe(true);
	});

	it('takes a court case number of up to 100 characters', () => {
		expect(evidenceRequestSchema.parse({ ...request, courtCaseNumber: ' PP-2026/118 ' }).courtCaseNumber).toBe('PP-2026/118');
		expect(errorsOf(evidenceRequestSchema, { ...request, courtCaseNumber: 'x'.repeat(101) })).toEqual({ courtCaseNumber: 'evidence_court_case_too_long' });
	});

	it('takes a needed-by date from today on, in centre time', () => {
		expect(evidenceRequestSchema.parse({ ...request, neededBy: centreToday() }).neededBy).toBe(centreToday());
		expect(evidenceRequestSchema.parse({ ...request, neededBy: dayFromToday(30) }).neededBy).toBe(dayFromToday(30));
		expect(errorsOf(evidenceRequestSchema, { ...request, neededBy: dayFromToday(-1) })).toEqual({ neededBy: 'evidence_needed_by_past' });
		expect(errorsOf(evidenceRequestSchema, { ...request, neededBy: 'next week' })).toEqual({ neededBy: 'date_invalid' });
	});
});

describe('decisions on a request', () => {
	it('withdrawing and issuing need the request and the ticked box', () => {
		for (const schema of [withdrawRequestSchema, issueRequestSchema]) {
			expect(schema.parse({ requestId: lotId, confirm: 'on' })).toEqual({ requestId: lotId, confirm: 'on' });
			expect(errorsOf(schema, { requestId: 'x' })).toEqual({ requestId: 'evidence_request_unknown', confirm: 'confirm_required' });
		}
	});

	it('declining needs a reason of 5 to 1,000 characters', () => {
		expect(declineRequestSchema.parse({ requestId: lotId, reason: ' Not our case ', confirm: 'on' }).reason).toBe('Not our case');
		expect(errorsOf(declineRequestSchema, { requestId: lotId, reason: 'No', confirm: 'on' })).toEqual({ reason: 'evidence_decline_reason_required' });
		expect(errorsOf(declineRequestSchema, { requestId: lotId, reason: 'x'.repeat(1001), confirm: 'on' })).toEqual({
			reason: 'evidence_decline_reason_too_long'
		});
	});
});

describe('directIssueSchema', () => {
	it('reads the subject, the language and the ticked inclusions', () => {
		expect(directIssueSchema.parse({ caseId, subject: 'lot', lotId, language: 'km', includeOffender: 'on' })).toEqual({
			caseId,
			subject: { kind: 'lot', lotId },
			language: 'km',
			includeVeterinary: false,
			includeOffender: true
		});
		expect(errorsOf(directIssueSchema, { caseId, subject: 'case', language: 'fr', includeVeterinary: 'yes' })).toEqual({
			language: 'language_invalid',
			includeVeterinary: 'invalid'
		});
	});
});

describe('grant schemas', () => {
	const prosecutorId = '00000000-0000-4000-8000-0000000000a5';

	it('grants a case by its number to a chosen prosecutor', () => {
		expect(newGrantSchema.parse({ caseNumber: ' WRRT-2026-0142 ', prosecutorId, includeVeterinary: 'on' })).toEqual({
			caseNumber: 'WRRT-2026-0142',
			prosecutorId,
			includeVeterinary: true,
			includeOffender: false
		});
		expect(errorsOf(newGrantSchema, { caseNumber: ' ', prosecutorId: '' })).toEqual({
			caseNumber: 'case_number_required',
			prosecutorId: 'grant_prosecutor_required'
		});
	});

	it('changes and revokes a grant named by its key; revoking needs the box', () => {
		expect(grantSchema.parse({ caseId, prosecutorId })).toEqual({ caseId, prosecutorId, includeVeterinary: false, includeOffender: false });
		expect(errorsOf(revokeGrantSchema, { caseId, prosecutorId })).toEqual({ confirm: 'confirm_required' });
		expect(errorsOf(grantSchema, { caseId: 'x', prosecutorId })).toEqual({ caseId: 'grant_unknown' });
	});
});
