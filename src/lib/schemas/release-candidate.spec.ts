import { describe, expect, it } from 'vitest';
import { fieldErrors } from './form-errors';
import { releaseCandidateSchema } from './release-candidate';

const ID = '2b0f4a86-6a5c-4c5e-9d3f-0a7c1b2d3e4f';
const errorsOf = (input: unknown) => {
	const r = releaseCandidateSchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('releaseCandidateSchema', () => {
	it('reads an animal as one, whatever count was sent', () => {
		expect(releaseCandidateSchema.parse({ animalId: ID, count: '40' })).toEqual({ animalId: ID, lotId: null, count: 1 });
	});

	it('reads some animals of a group, Khmer digits included', () => {
		expect(releaseCandidateSchema.parse({ lotId: ID, count: '១២' })).toEqual({ animalId: null, lotId: ID, count: 12 });
	});

	it('needs a count from 1 for a group', () => {
		for (const count of [undefined, '', '0', '2.5']) expect(errorsOf({ lotId: ID, count }), String(count)).toEqual({ count: 'count_invalid' });
	});

	it('needs exactly one animal or group, and real ids', () => {
		expect(errorsOf({})).toEqual({ form: 'board_subject_required' });
		expect(errorsOf({ animalId: ID, lotId: ID, count: '1' })).toEqual({ form: 'board_subject_required' });
		expect(errorsOf({ animalId: 'not-an-id' })).toEqual({ animalId: 'board_subject_required' });
	});
});
