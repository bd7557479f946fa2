/**
 * Dose, weight and concentration triples for comparing the volume preview (src/lib/domain/dose.ts)
 * with the database's prescription_volume_ml(). Integers in the columns' units (dose and
 * concentration in 0.0001, weight in 0.001 g), so the exact volume is a fraction computed here in
 * BigInt, and we can pick the triples whose volume falls exactly on, or as near as the columns
 * allow to, a half of 0.001 ml: where a rounding slip would show.
 */
export interface VolumeCase {
	dose: number;
	weightG: number;
	concentration: number;
}

/** A deterministic generator (a 32-bit LCG), so a failure can be run again with the same cases. */
function numbers(seed: number) {
	let state = seed >>> 0;
	return (below: number) => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return Math.floor((state / 2 ** 32) * below);
	};
}

const fromUnits = (units: bigint | number, decimals: number) => Number(units) / 10 ** decimals;

/** How far the exact volume is from a half of 0.001 ml, as a fraction of 0.001 ml (0 = on it). */
export function distanceFromHalf({ dose, weightG, concentration }: VolumeCase): number {
	const n = BigInt(Math.round(dose * 1e4)) * BigInt(Math.round(weightG * 1e3));
	// volume in 0.001 ml = n / (1000 × concentration units)
	const d = 1000n * BigInt(Math.round(concentration * 1e4));
	const twice = 2n * (n % d) - d;
	return Math.abs(Number(twice < 0n ? -twice : twice) / Number(2n * d));
}

/** The exact volume in ml, for keeping cases inside volume_ml's numeric(12, 3). */
export const exactVolumeMl = ({ dose, weightG, concentration }: VolumeCase) => (dose * weightG) / 1000 / concentration;

/** Ordinary values staff type: a cross product of small grids. */
export function gridCases(): VolumeCase[] {
	const doses = [0.0001, 0.05, 0.2, 0.25, 1.15, 2.5, 7.77, 33.3333, 150, 10000];
	const weights = [0.001, 12.5, 37.123, 999.999, 2500, 45000, 123456.789, 1999999.999];
	const concentrations = [0.0003, 0.3, 1, 3, 7, 1234.5678, 9999.9999];
	return doses.flatMap((dose) => weights.flatMap((weightG) => concentrations.map((concentration) => ({ dose, weightG, concentration }))));
}

/**
 * Volumes exactly on a half of 0.001 ml (0.0005 × an odd number): the database rounds them up, and
 * so must the preview. Built as dose = concentration × m, weight = odd × 0.5 g ÷ m.
 */
export function exactHalves(count: number, seed = 4): VolumeCase[] {
	const next = numbers(seed);
	const out: VolumeCase[] = [];
	while (out.length < count) {
		const concentration = fromUnits(1 + next(99_999_999), 4);
		const m = [1, 2, 4, 5, 8, 10][next(6)];
		const odd = 2 * next(20_000) + 1;
		const dose = concentration * m;
		const weightUnits = (odd * 500) / m;
		if (dose > 10_000 || !Number.isInteger(weightUnits) || Math.round(dose * 1e4) !== Math.round(concentration * 1e4) * m) continue;
		out.push({ dose: fromUnits(Math.round(concentration * 1e4) * m, 4), weightG: fromUnits(weightUnits, 3), concentration });
	}
	return out;
}

/**
 * Triples whose exact volume lies just below or just above a half of 0.001 ml (not on it): for a
 * random dose, concentration and odd target, the weight (in 0.001 g) nearest to the half. The
 * closest of many are kept; a slip in the last digit of the arithmetic would round them wrong.
 */
export function nearHalves(count: number, seed = 7, pool = 20_000): VolumeCase[] {
	const next = numbers(seed);
	const candidates: { c: VolumeCase; distance: number }[] = [];
	for (let i = 0; i < pool; i++) {
		const doseUnits = BigInt(1 + next(1_000_000));
		const concentrationUnits = BigInt(1 + next(100_000_000));
		const odd = BigInt(2 * next(2_000_000) + 1);
		// volume in 0.001 ml = dose × weight ÷ (1000 × concentration) = odd ÷ 2
		const exact = odd * 500n * concentrationUnits;
		const weightUnits = (2n * exact + doseUnits) / (2n * doseUnits);
		if (weightUnits < 1n || weightUnits > 2_000_000_000n) continue;
		const c = { dose: fromUnits(doseUnits, 4), weightG: fromUnits(weightUnits, 3), concentration: fromUnits(concentrationUnits, 4) };
		const distance = distanceFromHalf(c);
		if (distance > 0) candidates.push({ c, distance });
	}
	return candidates.sort((a, b) => a.distance - b.distance).slice(0, count).map(({ c }) => c);
}

/**
 * Doses typed with more decimals than numeric(10, 4) keeps, ending in 5: the database stores
 * them rounded half away from zero (0.00145 → 0.0015), where float arithmetic would round down.
 */
export const overPreciseDoses = [0.00145, 0.00815, 0.01245, 0.12345, 1.00015, 2.34565, 0.000051, 7.123449];
