import { describe, expect, it } from 'vitest';
import { assessmentPageSchema } from './release-assessment-page';

/** As release_assessment_page() returns it: the row by to_jsonb (snake_case) plus camelCase extras. */
const sample = () => ({
	assessment: {
		id: '6f1c2a9e-3b7d-4c1e-9a2f-0d4e5b6c7a81',
		case_id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
		animal_id: null,
		lot_id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
		head_count: 5,
		checklist_id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
		proposed_site: 'Phnom Kulen',
		release_type: 'conservation',
		revision: 3,
		scheduled_for: null,
		alternative: null,
		alternative_reason: null,
		release_event_id: null,
		created_by: '00000000-0000-4000-8000-0000000000a4',
		created_at: '2026-06-20T03:00:00.123456+00:00',
		updated_at: '2026-06-21T03:00:00.123456+00:00',
		code: null,
		caseNumber: 'WRRT-2026-014',
		onHold: false,
		inCare: 12,
		scientificName: 'Naja kaouthia',
		englishName: 'Monocled cobra',
		khmerName: 'ពស់វែក',
		maxExamAgeDays: 30,
		checklistVersion: 1
	},
	recommendation: 'not_yet',
	blockers: [
		{ key: 'site', source: 'answer', outcome: 'not_yet' },
		{ key: 'exam_too_old', source: 'record', outcome: 'not_yet' }
	],
	questions: [
		{
			key: 'site',
			section: 'site',
			questionEn: 'Is the site suitable?',
			questionKm: 'តើទីតាំងសមស្របឬទេ?',
			routeEn: 'Wait, choose another site, or captivity.',
			routeKm: 'រង់ចាំ',
			answer: 'not_yet',
			note: 'Rains came early',
			answeredBy: 'Srey Mom Keo',
			answeredAt: '2026-06-21T03:00:00.123456+00:00'
		}
	],
	approvals: [
		{
			step: 'vet',
			revision: 2,
			valid: false,
			approvedBy: 'Dr. Dara Lim',
			approvedAt: '2026-06-20T04:00:00+00:00',
			authorityName: null,
			authorityAgency: null,
			documentNumber: null,
			notes: 'Fit, screened'
		}
	],
	approvedSteps: []
});

describe('assessmentPageSchema', () => {
	it('maps the row to the names the page uses and keeps the blockers apart by source', () => {
		const page = assessmentPageSchema.parse(sample());
		expect(page.assessment).toMatchObject({
			caseId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
			lotId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
			headCount: 5,
			inCare: 12,
			species: { scientificName: 'Naja kaouthia', khmerName: 'ពស់វែក' },
			released: false,
			maxExamAgeDays: 30
		});
		expect(page.assessment).not.toHaveProperty('created_by');
		expect(page.blockers.map((b) => `${b.source}:${b.key}`)).toEqual(['answer:site', 'record:exam_too_old']);
		expect(page.approvals[0]).toMatchObject({ step: 'vet', valid: false });
	});

	it('says released when a release event closed the assessment', () => {
		const closed = sample();
		closed.assessment.release_event_id = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' as never;
		expect(assessmentPageSchema.parse(closed).assessment.released).toBe(true);
	});

	it('fails loudly on what the page would misread: a record blocker or recommendation it does not know', () => {
		const unknownBlocker = sample();
		unknownBlocker.blockers.push({ key: 'moon_phase', source: 'record', outcome: 'not_yet' });
		expect(assessmentPageSchema.safeParse(unknownBlocker).success).toBe(false);
		expect(assessmentPageSchema.safeParse({ ...sample(), recommendation: 'maybe' }).success).toBe(false);
	});
});
