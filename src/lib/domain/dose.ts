/**
 * Dose arithmetic and the safety rules of prescriptions, as the database applies them
 * (supabase/migrations/20261123210100_create_prescriptions.sql). The form previews with these;
 * the database recomputes and is the authority, so the two must agree to the last 0.001 ml.
 */

/** public.weight_max_age(): a dose may use a weight at most this old without a reason. */
export const WEIGHT_MAX_AGE_DAYS = 14;

export type TaxonClass = 'mammal' | 'bird' | 'reptile' | 'amphibian' | 'fish' | 'invertebrate';
export type WeightUnit = 'g' | 'kg';

/** public.class_weight_ceiling_g(): above it a weight is a typo, refused outright. */
export const CLASS_WEIGHT_CEILING_G: Record<TaxonClass, number> = {
	mammal: 8_000_000,
	reptile: 2_000_000,
	bird: 200_000,
	amphibian: 100_000,
	fish: 2_000_000,
	invertebrate: 50_000
};

/**
 * A positive number as the column stores it (numeric(…, 4) for doses and concentrations, (…, 3)
 * for grams): an integer count of 10^-decimals, rounded half away from zero from the number's
 * decimal text (what supabase-js sends). Not Math.round(value × 10^decimals): a typed 0.00145 mg/kg
 * is 14.499999… ten-thousandths in floating point, where the database keeps 0.0015.
 */
function scaled(value: number, decimals: number): bigint {
	const [mantissa, exponent = '0'] = value.toString().split('e');
	const [whole, fraction = ''] = mantissa.split('.');
	const digits = BigInt(whole + fraction);
	const shift = Number(exponent) - fraction.length + decimals;
	if (shift >= 0) return digits * 10n ** BigInt(shift);
	const unit = 10n ** BigInt(-shift);
	return (2n * digits + unit) / (2n * unit);
}

/** A weight as typed, in grams to the 0.001 g the database keeps. */
export function toGrams(value: number, unit: WeightUnit): number {
	return Math.round(value * (unit === 'kg' ? 1_000_000 : 1_000)) / 1_000;
}

/**
 * ml per dose = mg/kg × kg ÷ mg/ml, rounded half away from zero to 0.001 ml, as
 * public.prescription_volume_ml(). Exact integer arithmetic: floating point would disagree with
 * Postgres' numeric on some halves. Null when an input is not a positive number.
 */
export function prescribedVolumeMl(doseMgPerKg: number, weightG: number, concentrationMgPerMl: number): number | null {
	if (![doseMgPerKg, weightG, concentrationMgPerMl].every((v) => Number.isFinite(v) && v > 0)) return null;
	const dose = scaled(doseMgPerKg, 4);
	const weight = scaled(weightG, 3);
	const concentration = scaled(concentrationMgPerMl, 4);
	if (concentration === 0n) return null;
	// volume × 1000 = dose·10⁴ × weight·10³ ÷ (10³ × concentration·10⁴), rounded half up.
	const denominator = 1000n * concentration;
	const thousandths = (2n * dose * weight + denominator) / (2n * denominator);
	return Number(thousandths) / 1000;
}

export interface DoseRange {
	min: number;
	max: number;
}

/** Where a dose stands against the drug's range for the class; outside and unknown need a reason. */
export function doseRangeStatus(doseMgPerKg: number, range: DoseRange | null): 'within' | 'outside' | 'unknown' {
	if (!range) return 'unknown';
	return doseMgPerKg >= range.min && doseMgPerKg <= range.max ? 'within' : 'outside';
}

/** True when a weight is older than the policy allows, as the database judges it. */
export function weightIsStale(measuredAt: string | Date, now: Date = new Date()): boolean {
	const measured = typeof measuredAt === 'string' ? Date.parse(measuredAt) : measuredAt.getTime();
	return measured < now.getTime() - WEIGHT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
}

export type WeightVerdict = 'ok' | 'not_positive' | 'above_ceiling' | 'above_species_max';

/** How an exam weight is judged: refused (not positive, above the class ceiling) or to confirm. */
export function judgeWeight(weightG: number, taxon: TaxonClass, speciesMaxG: number | null): WeightVerdict {
	if (!(weightG > 0)) return 'not_positive';
	if (weightG > CLASS_WEIGHT_CEILING_G[taxon]) return 'above_ceiling';
	if (speciesMaxG !== null && weightG > speciesMaxG) return 'above_species_max';
	return 'ok';
}
