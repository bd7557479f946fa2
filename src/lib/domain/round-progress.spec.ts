import { describe, expect, it } from 'vitest';
import { roundProgress } from './round-progress';

describe('roundProgress', () => {
	it('counts every slot of every plan, and the logged ones', () => {
		const slots = (...outcomes: (string | null)[]) => outcomes.map((outcome) => ({ outcome }));
		const round = {
			enclosures: [
				{ plans: [{ slots: slots('eaten_all', null) }, { slots: slots('withheld') }] },
				{ plans: [{ slots: slots(null, null, 'eaten_none') }] }
			]
		};
		expect(roundProgress(round)).toEqual({ logged: 3, total: 6 });
	});

	it('is 0 of 0 for an empty round', () => {
		expect(roundProgress({ enclosures: [] })).toEqual({ logged: 0, total: 0 });
	});
});
