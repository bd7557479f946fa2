import { z } from 'zod';
import type { Database } from '$lib/types/database';
import { TAXON_CLASSES } from './common';

type Enums = Database['public']['Enums'];

export const PLACE_KINDS = ['site', 'area', 'enclosure'] as const satisfies readonly Enums['enclosure_kind'][];
export const ENCLOSURE_TYPES = [
	'tank',
	'vivarium',
	'cage',
	'aviary',
	'pen',
	'paddock',
	'pond',
	'night_house',
	'nursery',
	'other'
] as const satisfies readonly Enums['enclosure_type'][];

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'text_too_long')
		.transform((v) => v || null);

/**
 * A new site, area or enclosure, as the admin's form sends it (the table's checks, mirrored):
 * only sites stand alone; only enclosures have a type and a head-count capacity.
 */
export const newPlaceSchema = z
	.object({
		kind: z.enum(PLACE_KINDS, 'place_kind_required'),
		parentId: z
			.string()
			.trim()
			.transform((v) => v || null)
			.pipe(z.uuid('place_parent_required').nullable()),
		name: z.string().trim().min(1, 'place_name_required').max(120, 'text_too_long'),
		enclosureType: z
			.string()
			.transform((v) => v || null)
			.pipe(z.enum(ENCLOSURE_TYPES, 'enclosure_type_required').nullable()),
		capacity: z
			.string()
			.trim()
			.transform((v) => (v === '' ? null : Number(v)))
			.pipe(z.number('capacity_invalid').int('capacity_invalid').min(1, 'capacity_invalid').max(100_000, 'capacity_invalid').nullable()),
		suitsClasses: z.array(z.enum(TAXON_CLASSES, 'invalid')).max(TAXON_CLASSES.length),
		isQuarantine: z.boolean(),
		notes: optionalText(2000)
	})
	.superRefine((p, ctx) => {
		if (p.kind !== 'site' && !p.parentId) ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'place_parent_required' });
		if (p.kind === 'enclosure') {
			if (!p.enclosureType) ctx.addIssue({ code: 'custom', path: ['enclosureType'], message: 'enclosure_type_required' });
			if (p.capacity === null) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'capacity_invalid' });
		}
	})
	.transform((p) =>
		p.kind === 'enclosure' ? p : { ...p, parentId: p.kind === 'site' ? null : p.parentId, enclosureType: null, capacity: null }
	);

export type NewPlace = z.output<typeof newPlaceSchema>;

/** The place form's fields as typed, for re-rendering after a failure. */
export function newPlaceInput(data: FormData) {
	const text = (name: string) => String(data.get(name) ?? '');
	return {
		kind: text('kind'),
		parentId: text('parentId'),
		name: text('name'),
		enclosureType: text('enclosureType'),
		capacity: text('capacity'),
		suitsClasses: data.getAll('suitsClasses').map(String),
		isQuarantine: data.get('isQuarantine') === 'on',
		notes: text('notes')
	};
}
