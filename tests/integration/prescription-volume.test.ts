import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { prescribedVolumeMl } from '$lib/domain/dose';
import type { Database } from '$lib/types/database';
import { demo, signedIn } from '../support/clients.ts';
import { exactHalves, exactVolumeMl, gridCases, nearHalves, overPreciseDoses, type VolumeCase } from '../support/volume-cases.ts';

/**
 * The volume the prescription form previews (src/lib/domain/dose.ts) against the database, which
 * is the authority: prescription_volume_ml() over a spread of values and rounding edges, and the
 * volume_ml the prescriptions trigger fills in for real prescriptions written through PostgREST.
 * A disagreement of 0.001 ml would show the vet one volume and save another.
 */
type Client = SupabaseClient<Database>;
const run = `IT-VOL-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
let vet: Client;

const label = (c: VolumeCase) => `${c.dose} mg/kg × ${c.weightG} g ÷ ${c.concentration} mg/ml`;

/** prescription_volume_ml() for each case, a few requests at a time (PGlite answers one by one). */
async function databaseVolumes(cases: VolumeCase[]): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < cases.length; i += 25) {
		const answers = await Promise.all(
			cases.slice(i, i + 25).map((c) => vet.rpc('prescription_volume_ml', { dose_mg_per_kg: c.dose, weight_g: c.weightG, concentration_mg_per_ml: c.concentration }))
		);
		for (const { data, error } of answers) {
			expect(error).toBeNull();
			out.push(Number(data));
		}
	}
	return out;
}

function expectAgreement(cases: VolumeCase[], volumes: number[]) {
	const disagreements = cases.flatMap((c, i) => {
		const preview = prescribedVolumeMl(c.dose, c.weightG, c.concentration);
		return preview === volumes[i] ? [] : [`${label(c)}: preview ${preview}, database ${volumes[i]}`];
	});
	expect(disagreements).toEqual([]);
}

beforeAll(async () => {
	vet = (await signedIn(demo.vet.email, demo.vet.password)) as unknown as Client;
});

describe('prescription_volume_ml() and the preview', () => {
	it('agree over a grid of doses, weights and concentrations (560 triples)', async () => {
		const cases = gridCases();
		expectAgreement(cases, await databaseVolumes(cases));
	}, 60_000);

	it('agree on volumes exactly on a half of 0.001 ml, rounded away from zero', async () => {
		const cases = exactHalves(60);
		const volumes = await databaseVolumes(cases);
		expectAgreement(cases, volumes);
		// Every one rounds up: the exact volume ends in 5 at the fourth decimal.
		for (const [i, c] of cases.entries()) expect(volumes[i], label(c)).toBeGreaterThan(exactVolumeMl(c));
	});

	it('agree on volumes a hair above or below a half of 0.001 ml', async () => {
		const cases = nearHalves(60);
		expectAgreement(cases, await databaseVolumes(cases));
	});
});

describe('the volume the database fills in on a prescription', () => {
	/** Real prescriptions: one python per case, weighed to the case's weight, one drug per concentration. */
	async function prescribe(cases: VolumeCase[]) {
		const keeper = (await signedIn(demo.keeper.email, demo.keeper.password)) as unknown as Client;
		const admin = (await signedIn(demo.admin.email, demo.admin.password)) as unknown as Client;
		const seizure = await keeper.rpc('record_seizure', {
			payload: {
				caseNumber: `${run}-${Math.random().toString(36).slice(2, 6)}`,
				seizedAt: '2026-06-14T05:30:00+07:00',
				location: { description: 'Checkpoint on road 6, Kampong Thom' },
				agency: 'Wildlife Rapid Rescue Team',
				leadOfficer: { name: 'Chea Sophal', agency: 'Forestry Administration', idNumber: 'FA-1123' },
				lots: [{ species: 'Python bivittatus', count: cases.length, recordAs: 'individual' }],
				items: []
			}
		});
		expect(seizure.error).toBeNull();
		const codes = (seizure.data as { lots: { animalCodes: string[] }[] }).lots[0].animalCodes;
		const animals = await vet.from('animals').select('id, code').in('code', codes);
		expect(animals.error).toBeNull();
		const ids = codes.map((code) => animals.data!.find((a) => a.code === code)!.id);

		const concentrations = [...new Set(cases.map((c) => c.concentration))];
		const batch = Math.random().toString(36).slice(2, 6);
		const drugs = await admin
			.from('drugs')
			.insert(concentrations.map((concentration, i) => ({ name: `${run} drug ${batch}-${i}`, concentration_mg_per_ml: concentration })) as never)
			.select('id, concentration_mg_per_ml');
		expect(drugs.error).toBeNull();
		const drugFor = (c: VolumeCase) => drugs.data!.find((d) => d.concentration_mg_per_ml === c.concentration)!.id;

		const examinedAt = new Date(Date.now() - 60_000).toISOString();
		const exams = await vet.from('exams').insert(cases.map((c, i) => ({ animal_id: ids[i], examined_at: examinedAt, weight_g: c.weightG })) as never);
		expect(exams.error).toBeNull();
		const rows = cases.map((c, i) => ({
			animal_id: ids[i],
			drug_id: drugFor(c),
			dose_mg_per_kg: c.dose,
			route: 'oral',
			frequency_per_day: 1,
			duration_days: 1,
			starts_on: '2026-06-14',
			// No dose range is set for these drugs: the reason lifts that rule, the arithmetic stays.
			out_of_range_reason: 'Integration test of the volume arithmetic'
		}));
		return { rows, ids };
	}

	it('is the volume the form previewed, for ordinary values, halves, near-halves and over-precise doses', async () => {
		const grid = gridCases().filter((c) => c.weightG <= 2_000_000 && exactVolumeMl(c) >= 0.001 && exactVolumeMl(c) < 1e8);
		const cases = [
			...grid.filter((_, i) => i % 10 === 0),
			...exactHalves(10, 11),
			...nearHalves(10, 13),
			...overPreciseDoses.map((dose, i) => ({ dose, weightG: [1000, 2500, 45000, 12.5][i % 4], concentration: [1, 0.1, 5, 0.3][i % 4] }))
		].filter((c) => (prescribedVolumeMl(c.dose, c.weightG, c.concentration) ?? 0) > 0);
		expect(cases.length).toBeGreaterThan(60);
		const { rows, ids } = await prescribe(cases);
		const saved = await vet.from('prescriptions').insert(rows as never).select('animal_id, volume_ml, weight_g, concentration_mg_per_ml');
		expect(saved.error).toBeNull();
		const volumes = cases.map((_, i) => {
			const row = saved.data!.find((r) => r.animal_id === ids[i])!;
			expect(row.weight_g).toBe(cases[i].weightG);
			return Number(row.volume_ml);
		});
		expectAgreement(cases, volumes);
	});

	it('is refused where the preview rounds to 0 ml, as the form warns', async () => {
		const cases = [
			{ dose: 0.2, weightG: 20, concentration: 10 },
			{ dose: 0.0001, weightG: 4999.999, concentration: 1 }
		];
		for (const c of cases) expect(prescribedVolumeMl(c.dose, c.weightG, c.concentration), label(c)).toBe(0);
		const { rows } = await prescribe(cases);
		for (const row of rows) {
			const { error } = await vet.from('prescriptions').insert(row as never);
			expect(error?.code).toBe('RL009');
		}
	});
});
