import { z } from 'zod';
import { TAXON_CLASSES } from './common';

/**
 * What care_dashboard() returns (supabase/migrations/20261123230000_create_care_dashboard.sql).
 * The generated types only say Json for it, so the page parses it: a changed function fails
 * loudly here instead of drawing wrong numbers. One schema per figure.
 */
const count = z.number().int().min(0);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const taxonClass = z.enum(TAXON_CLASSES);

/** Animals of one class by status: group counts of the lots plus individual records. */
export const censusRowSchema = z.object({
	taxonClass,
	inCare: count,
	released: count,
	transferred: count,
	died: count,
	euthanized: count,
	escaped: count
});

/** Animals received in one month, by class; every class received in the period has a number. */
export const monthlyIntakeSchema = z.object({ month, byClass: z.partialRecord(taxonClass, count) });

/** Animals that left care in one month, by how they left (dates from the custody ledger). */
export const monthlyOutcomeSchema = z.object({ month, released: count, transferred: count, died: count, euthanized: count });

/** Deaths and euthanasias over the animals in care at any time in the last 30 days. */
export const mortalitySchema = z.object({
	from: z.iso.date(),
	to: z.iso.date(),
	died: count,
	euthanized: count,
	animalsInCare: count,
	rate: z.number().min(0).max(1).nullable()
});

/** Head count against capacity of the enclosures of one area. */
export const areaOccupancySchema = z.object({
	areaId: z.guid(),
	area: z.string(),
	enclosures: count,
	headCount: count,
	capacity: count
});

export const occupancySchema = z.object({ areas: z.array(areaOccupancySchema), unplaced: z.number().int() });

const doses = { dosesDue: count, dosesLogged: count, dosesRemaining: count };

/** Prescriptions with a dose due today, in total, by drug and (the 100 with most to give) one by one. */
export const treatmentsSchema = z.object({
	prescriptions: count,
	...doses,
	byDrug: z.array(z.object({ drug: z.string(), prescriptions: count, ...doses })),
	list: z.array(z.object({ prescriptionId: z.guid(), animalCode: z.string(), drug: z.string(), ...doses }))
});

export const careDashboardSchema = z.object({
	today: z.iso.date(),
	timeZone: z.string(),
	months: z.array(month).min(1),
	census: z.array(censusRowSchema),
	intakes: z.array(monthlyIntakeSchema),
	outcomes: z.array(monthlyOutcomeSchema),
	mortality30d: mortalitySchema,
	occupancy: occupancySchema,
	treatments: treatmentsSchema
});

export type CareDashboard = z.infer<typeof careDashboardSchema>;
export type CensusRow = z.infer<typeof censusRowSchema>;
export type MonthlyIntake = z.infer<typeof monthlyIntakeSchema>;
export type MonthlyOutcome = z.infer<typeof monthlyOutcomeSchema>;
export type Mortality = z.infer<typeof mortalitySchema>;
export type AreaOccupancy = z.infer<typeof areaOccupancySchema>;
export type Treatments = z.infer<typeof treatmentsSchema>;
