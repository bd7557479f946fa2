import { z } from 'zod';
import { issue } from './common';

/**
 * A whole seizure as the intake form and `POST /api/v1/seizures` send it; the database function
 * record_seizure() takes exactly this shape. The limits mirror the table constraints, so bad
 * input is refused here with a clear message before it reaches the database.
 */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const requiredText = (max: number, required: Parameters<typeof issue>[0], tooLong: Parameters<typeof issue>[0]) =>
	z.string({ error: issue(required) }).trim().min(1, issue(required)).max(max, issue(tooLong));

const optionalText = (max: number, tooLong: Parameters<typeof issue>[0]) =>
	z
		.string()
		.trim()
		.max(max, issue(tooLong))
		.optional()
		.nullable()
		.transform((v) => (v ? v : undefined));

export const pastInstant = z.iso
	.datetime({ offset: true, error: issue('datetime_invalid') })
	.refine((v) => Date.parse(v) <= Date.now() + FUTURE_TOLERANCE_MS, issue('datetime_in_future'))
	.refine((v) => Date.parse(v) >= Date.parse('1970-01-01T00:00:00Z'), issue('datetime_invalid'));

export const partySchema = z.object({
	name: requiredText(200, 'party_name_required', 'text_too_long'),
	agency: requiredText(200, 'party_agency_required', 'text_too_long'),
	idNumber: optionalText(100, 'id_number_too_long')
});

export const locationSchema = z
	.object({
		description: requiredText(500, 'place_required', 'text_too_long'),
		lat: z.number({ error: issue('latitude_invalid') }).min(-90, issue('latitude_invalid')).max(90, issue('latitude_invalid')).optional(),
		lng: z.number({ error: issue('longitude_invalid') }).min(-180, issue('longitude_invalid')).max(180, issue('longitude_invalid')).optional()
	})
	.refine((l) => (l.lat === undefined) === (l.lng === undefined), { message: issue('coordinates_together'), path: ['lat'] });

export const speciesName = z.string({ error: issue('species_required') }).trim().min(1, issue('species_required')).max(120, issue('species_unknown'));

export const lotSchema = z.object({
	species: speciesName,
	count: z
		.number({ error: issue('count_invalid') })
		.int(issue('count_whole'))
		.min(1, issue('count_too_small'))
		.max(100_000, issue('count_too_large')),
	recordAs: z.enum(['group', 'individual'], { error: issue('record_as_required') }),
	condition: optionalText(2000, 'text_too_long'),
	notes: optionalText(4000, 'text_too_long')
});

export const itemSchema = z
	.object({
		description: requiredText(500, 'item_description_required', 'text_too_long'),
		species: speciesName.optional().nullable().transform((v) => v ?? undefined),
		quantity: z.number({ error: issue('quantity_invalid') }).positive(issue('quantity_invalid')).max(1_000_000, issue('quantity_too_large')),
		unit: z.enum(['count', 'kg', 'g'], { error: issue('unit_required') }),
		sealNumbers: z.array(z.string().trim().min(1, issue('seal_invalid')).max(60, issue('seal_invalid'))).max(50, issue('seal_invalid')).optional(),
		storageLocation: optionalText(300, 'text_too_long'),
		notes: optionalText(4000, 'text_too_long')
	})
	.refine((i) => i.unit !== 'count' || Number.isInteger(i.quantity), { message: issue('count_whole'), path: ['quantity'] });

export const seizureSchema = z
	.object({
		caseNumber: z
			.string({ error: issue('case_number_required') })
			.trim()
			.min(1, issue('case_number_required'))
			.max(60, issue('case_number_invalid'))
			.regex(/^[A-Za-z0-9][A-Za-z0-9/._ -]*$/, issue('case_number_invalid')),
		seizedAt: pastInstant,
		location: locationSchema,
		agency: requiredText(200, 'agency_required', 'text_too_long'),
		leadOfficer: partySchema.extend({ idNumber: requiredText(100, 'officer_id_required', 'id_number_too_long') }),
		legalBasis: optionalText(1000, 'text_too_long'),
		courtReference: optionalText(200, 'text_too_long'),
		notes: optionalText(4000, 'text_too_long'),
		offenderDetails: optionalText(4000, 'text_too_long'),
		informantDetails: optionalText(4000, 'text_too_long'),
		receivedAt: pastInstant.optional(),
		lots: z.array(lotSchema).max(200, issue('too_many_rows')).default([]),
		items: z.array(itemSchema).max(200, issue('too_many_rows')).default([])
	})
	.refine((s) => s.lots.length + s.items.length > 0, { message: issue('seizure_empty'), path: ['lots'] })
	.refine((s) => !s.receivedAt || Date.parse(s.receivedAt) >= Date.parse(s.seizedAt), {
		message: issue('received_before_seized'),
		path: ['receivedAt']
	});

export type Seizure = z.infer<typeof seizureSchema>;
export type SeizureInput = z.input<typeof seizureSchema>;
export type Party = z.infer<typeof partySchema>;
