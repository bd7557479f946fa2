import { z } from 'zod';

/**
 * The evidence content of a sheet as public.evidence_sheet_content() builds it (layout
 * evidence-sheet-v1). The database computes it and its hash; the app only draws it, so this schema
 * checks the shape at the boundary and never rewrites a value (the hash covers the database's text).
 */
const text = z.string().nullable();
const time = z.string().nullable();
const subjectKind = z.enum(['case', 'lot', 'animal', 'item']);

export const evidenceEventSchema = z.object({
	id: z.string(),
	position: z.number().int(),
	type: z.string(),
	subject: subjectKind,
	subject_label: text,
	head_count: z.number().int().nullable(),
	occurred_at: z.string(),
	place: z.string(),
	from_name: text,
	from_agency: text,
	from_id_number: text,
	to_name: z.string(),
	to_agency: z.string(),
	to_id_number: text,
	purpose: text,
	seals_applied: z.array(z.string()),
	seals_broken: z.array(z.string()),
	photo_sha256: z.array(z.string()),
	notes: text,
	corrects_position: z.number().int().nullable(),
	correction_reason: text,
	recorded_by: z.string(),
	recorded_at: z.string(),
	row_hash: z.string()
});

export const evidenceContentSchema = z.object({
	layout: z.literal('evidence-sheet-v1'),
	subject: z.object({ kind: subjectKind, id: z.string(), label: text }),
	centre: z.object({ name: z.string(), name_km: text, country: z.string() }),
	case: z.object({
		id: z.string(),
		case_number: z.string(),
		seized_at: z.string(),
		place: z.string(),
		latitude: z.number().nullable(),
		longitude: z.number().nullable(),
		agency: z.string(),
		lead_officer_name: z.string(),
		lead_officer_agency: z.string(),
		lead_officer_id_number: z.string(),
		legal_basis: text,
		court_reference: text,
		status: z.string()
	}),
	species: z.array(
		z.object({
			id: z.string(),
			scientific_name: z.string(),
			english_name: z.string(),
			khmer_name: text,
			iucn_category: text,
			iucn_year: z.number().int().nullable(),
			iucn_unconfirmed: z.boolean(),
			cites_appendix: text,
			cites_unconfirmed: z.boolean(),
			national_status: text
		})
	),
	lots: z.array(
		z.object({
			id: z.string(),
			label: z.string(),
			species_id: z.string(),
			count_received: z.number().int(),
			in_care: z.number().int(),
			split_out: z.number().int(),
			released: z.number().int(),
			transferred: z.number().int(),
			died: z.number().int(),
			euthanized: z.number().int(),
			escaped: z.number().int(),
			condition_on_arrival: text,
			animals_in_care: z.number().int(),
			animals_ended: z.number().int()
		})
	),
	animals: z.array(
		z.object({
			id: z.string(),
			code: z.string(),
			lot_id: z.string(),
			species_id: z.string(),
			sex: z.string(),
			age_class: z.string(),
			microchip: text,
			ring: text,
			tag: text,
			distinctive_marks: text,
			status: z.string()
		})
	),
	items: z.array(
		z.object({
			id: z.string(),
			description: z.string(),
			species_id: text,
			quantity: z.number(),
			unit: z.string(),
			seal_numbers: z.array(z.string()),
			storage_location: text,
			status: z.string()
		})
	),
	events: z.array(evidenceEventSchema),
	photos: z.array(
		z.object({
			id: z.string(),
			sha256: z.string(),
			content_type: z.string(),
			byte_size: z.number().int(),
			storage_path: z.string(),
			caption: text,
			taken_at: time,
			uploaded_at: z.string(),
			subject_label: text
		})
	),
	veterinary: z
		.object({
			lot_intake: z.array(
				z.object({ lot_id: z.string(), examined_at: z.string(), count_examined: z.number().int(), count_with_findings: z.number().int(), notes: text })
			),
			first_exams: z.array(
				z.object({ animal_id: z.string(), examined_at: z.string(), weight_g: z.number().nullable(), body_condition_score: z.number().int().nullable(), assessment: text })
			),
			deaths: z.array(
				z.object({
					kind: z.string(),
					subject_label: text,
					head_count: z.number().int().nullable(),
					occurred_at: z.string(),
					found_dead: z.boolean().nullable(),
					cause: text,
					method: text,
					reason: text,
					necropsy_cause: text
				})
			)
		})
		.nullable(),
	offender: z.object({ offender_details: text }).nullable()
});

export type EvidenceContent = z.infer<typeof evidenceContentSchema>;
export type EvidenceEvent = z.infer<typeof evidenceEventSchema>;

/** What evidence_sheet_draft() returns around the content. */
export const evidenceDraftSchema = z.object({
	case_id: z.string(),
	subject: subjectKind,
	subject_id: z.string(),
	request_id: z.string().nullable(),
	language: z.enum(['en', 'km']).nullable(),
	include_veterinary: z.boolean(),
	include_offender: z.boolean(),
	content: evidenceContentSchema,
	content_hash: z.string().regex(/^[0-9a-f]{64}$/),
	chain_head: z.string().regex(/^[0-9a-f]{64}$/),
	chain_events: z.number().int()
});
export type EvidenceDraft = z.infer<typeof evidenceDraftSchema>;
