import { describe, expect, it } from 'vitest';
import { boardColumns, type BoardAssessment } from './board-columns';

const assessment = (id: string, over: Partial<BoardAssessment> = {}): BoardAssessment => ({
	id,
	caseId: 'c',
	caseNumber: 'WRRT-2026-0142',
	animalId: null,
	code: null,
	lotId: 'l',
	headCount: 5,
	scientificName: 'Naja kaouthia',
	englishName: 'Monocled cobra',
	khmerName: null,
	recommendation: 'release',
	blockers: [],
	approvedSteps: [],
	scheduledFor: null,
	proposedSite: null,
	alternative: null,
	onHold: false,
	...over
});
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('boardColumns', () => {
	it('places each open assessment where it stands', () => {
		const columns = boardColumns([
			assessment('blocked', { recommendation: 'not_yet', blockers: ['evidence_hold', 'site'], approvedSteps: ['vet'] }),
			assessment('never', { recommendation: 'not_releasable', blockers: ['behaviour'], alternative: 'permanent_care' }),
			assessment('new', { approvedSteps: [] }),
			assessment('lead', { approvedSteps: ['vet'] }),
			assessment('approved', { approvedSteps: ['vet', 'release_lead', 'authority'] }),
			assessment('scheduled', { approvedSteps: ['authority', 'vet', 'release_lead'], scheduledFor: '2026-07-01' })
		]);
		expect(ids(columns.blocked)).toEqual(['blocked', 'never']);
		expect(ids(columns.awaiting)).toEqual(['new', 'lead']);
		expect(ids(columns.approved)).toEqual(['approved']);
		expect(ids(columns.scheduled)).toEqual(['scheduled']);
	});

	it('says which approval comes next, and splits what the records say from the checklist', () => {
		const { awaiting, blocked } = boardColumns([
			assessment('lead', { approvedSteps: ['vet'] }),
			assessment('blocked', { recommendation: 'not_yet', blockers: ['quarantine_open', 'native_range', 'exam_too_old'] })
		]);
		expect(awaiting[0].nextStep).toBe('release_lead');
		expect(blocked[0].recordBlockers).toEqual(['quarantine_open', 'exam_too_old']);
		expect(blocked[0].questionBlockers).toEqual(['native_range']);
	});
});
