import { describe, expect, it } from 'vitest';
import { findingsFromForm } from './exam';
import { fieldErrors } from './form-errors';
import { necropsySchema } from './necropsy';

const vet = '00000000-0000-4000-8000-0000000000a2';
const base = { performedAt: '2026-01-10T09:30:00+07:00', performedBy: vet, manner: 'disease' };
const errorsOf = (input: Record<string, unknown>) => {
	const r = necropsySchema.safeParse(input);
	return r.success ? {} : fieldErrors(r.error);
};

describe('necropsySchema', () => {
	it('reads findings by body system and samples one per line, dropping blanks', () => {
		const r = necropsySchema.parse({
			...base,
			findings: findingsFromForm({ finding_respiratory: 'Consolidated right lung', finding_eyes: '' }),
			samplesTaken: 'lung in formalin\r\n\r\n  lung swab  \n',
			bodyConditionScore: '2',
			causeOfDeath: ' Pneumonia '
		});
		expect(r).toMatchObject({
			internalFindings: { respiratory: 'Consolidated right lung' },
			samplesTaken: ['lung in formalin', 'lung swab'],
			bodyConditionScore: 2,
			causeOfDeath: 'Pneumonia',
			externalFindings: null
		});
	});

	it('needs the manner of death and the vet who performed it', () => {
		expect(errorsOf({ ...base, manner: '' })).toEqual({ manner: 'manner_invalid' });
		expect(errorsOf({ ...base, performedBy: '' })).toEqual({ performedBy: 'performed_by_invalid' });
	});

	it('refuses a future time, a one-letter cause, a bad score and too many samples', () => {
		expect(errorsOf({ ...base, performedAt: '2999-01-01T00:00:00+07:00' })).toEqual({ performedAt: 'datetime_in_future' });
		expect(errorsOf({ ...base, causeOfDeath: 'x' })).toEqual({ causeOfDeath: 'cause_of_death_too_short' });
		expect(errorsOf({ ...base, bodyConditionScore: '6' })).toEqual({ bodyConditionScore: 'bcs_invalid' });
		expect(errorsOf({ ...base, samplesTaken: Array.from({ length: 31 }, (_, i) => `sample ${i}`).join('\n') })).toEqual({ samplesTaken: 'samples_invalid' });
	});
});
