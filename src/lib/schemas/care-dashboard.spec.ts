import { describe, expect, it } from 'vitest';
import { careDashboardSchema, monthlyIntakeSchema, mortalitySchema, treatmentsSchema } from './care-dashboard';

/** The shape care_dashboard() returns, as the demo centre's would look with a little of everything. */
const sample = () => ({
	today: '2026-11-23',
	timeZone: 'Asia/Phnom_Penh',
	months: ['2026-10', '2026-11'],
	census: [{ taxonClass: 'reptile', inCare: 1015, released: 0, transferred: 0, died: 2, euthanized: 1, escaped: 0 }],
	intakes: [
		{ month: '2026-10', byClass: { reptile: 0 } },
		{ month: '2026-11', byClass: { reptile: 230 } }
	],
	outcomes: [
		{ month: '2026-10', released: 0, transferred: 0, died: 0, euthanized: 0 },
		{ month: '2026-11', released: 0, transferred: 0, died: 2, euthanized: 1 }
	],
	mortality30d: { from: '2026-10-25', to: '2026-11-23', died: 2, euthanized: 1, animalsInCare: 1018, rate: 0.0029 },
	occupancy: {
		areas: [{ areaId: '00000000-0000-4000-8000-00000000e110', area: 'Quarantine › Reptile house', enclosures: 3, headCount: 785, capacity: 940 }],
		unplaced: 230
	},
	treatments: {
		prescriptions: 1,
		dosesDue: 3,
		dosesLogged: 1,
		dosesRemaining: 2,
		byDrug: [{ drug: 'Meloxicam 5 mg/ml', prescriptions: 1, dosesDue: 3, dosesLogged: 1, dosesRemaining: 2 }],
		list: [
			{ prescriptionId: '6f1c1a52-3a9e-4a57-9a53-0d7c1f0c2b11', animalCode: 'PT-2026-000123', drug: 'Meloxicam 5 mg/ml', dosesDue: 3, dosesLogged: 1, dosesRemaining: 2 }
		]
	}
});

describe('careDashboardSchema', () => {
	it('accepts what the function returns', () => {
		const parsed = careDashboardSchema.parse(sample());
		expect(parsed.census[0].inCare).toBe(1015);
		expect(parsed.intakes[1].byClass.reptile).toBe(230);
	});

	it('refuses a figure the page would draw wrongly', () => {
		const bad = sample();
		bad.census[0].inCare = -1;
		expect(careDashboardSchema.safeParse(bad).success).toBe(false);
		const renamed = { ...sample(), mortality: sample().mortality30d } as Record<string, unknown>;
		delete renamed.mortality30d;
		expect(careDashboardSchema.safeParse(renamed).success).toBe(false);
	});
});

describe('monthlyIntakeSchema', () => {
	it('knows only the database classes and months written YYYY-MM', () => {
		expect(monthlyIntakeSchema.safeParse({ month: '2026-11', byClass: {} }).success).toBe(true);
		expect(monthlyIntakeSchema.safeParse({ month: '2026-11', byClass: { dragon: 1 } }).success).toBe(false);
		expect(monthlyIntakeSchema.safeParse({ month: '2026-11-01', byClass: {} }).success).toBe(false);
	});
});

describe('mortalitySchema', () => {
	it('allows no rate when no animal was in care, and never a rate above 1', () => {
		const base = { from: '2026-10-25', to: '2026-11-23', died: 0, euthanized: 0, animalsInCare: 0 };
		expect(mortalitySchema.safeParse({ ...base, rate: null }).success).toBe(true);
		expect(mortalitySchema.safeParse({ ...base, rate: 1.5 }).success).toBe(false);
	});
});

describe('treatmentsSchema', () => {
	it('takes whole numbers of doses', () => {
		const t = sample().treatments;
		expect(treatmentsSchema.safeParse({ ...t, dosesDue: 2.5 }).success).toBe(false);
	});
});
