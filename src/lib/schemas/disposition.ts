import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { wholeNumber } from './health-fields';
import { pastInstant } from './seizure';

export type DispositionKind = Database['public']['Enums']['disposition_kind'];

/** What ends custody of an animal or part of a lot here; releases have screens of their own. */
export const ANIMAL_DISPOSITION_KINDS = ['died', 'euthanized', 'escaped', 'transferred_out'] as const satisfies readonly DispositionKind[];
/** What ends custody of an evidence item: handed over to another body, or destroyed. */
export const ITEM_DISPOSITION_KINDS = ['transferred_out', 'destroyed'] as const satisfies readonly DispositionKind[];
export type AnimalDispositionKind = (typeof ANIMAL_DISPOSITION_KINDS)[number];
export type ItemDispositionKind = (typeof ITEM_DISPOSITION_KINDS)[number];

/** Trimmed text between the lengths public.dispositions checks; one message for missing and short. */
const text = (min: number, max: number, key: ValidationKey) =>
	z.string({ error: issue(key) }).trim().min(min, issue(key)).max(max, issue('text_too_long'));

/** A hidden uuid; "" or missing is null. A resend with the same client key records nothing new. */
const optionalUuid = z
	.string()
	.optional()
	.transform((v) => v?.trim() ?? '')
	.refine((v) => v === '' || z.uuid().safeParse(v).success, issue('invalid'))
	.transform((v) => (v === '' ? null : v));

/** What every disposition asks: when and where, notes, and the confirmation that it is final. */
const common = {
	occurredAt: pastInstant,
	place: text(2, 500, 'place_required'),
	notes: optionalText(4000, 'text_too_long'),
	clientKey: optionalUuid,
	confirm: z.literal('yes', { error: issue('confirm_required') })
};

const authorised = {
	reason: text(10, 2000, 'disposition_reason_too_short'),
	method: text(3, 500, 'disposition_method_required'),
	authorisedBy: z.uuid({ error: issue('authorised_by_required') })
};

/** Each kind's own fields, on top of `shape` (what the subject adds, e.g. a lot's count). */
function variants<S extends z.ZodRawShape>(shape: S) {
	return {
		died: z.object({
			...shape,
			kind: z.literal('died'),
			foundDead: z.enum(['yes', 'no'], { error: issue('found_dead_required') }).transform((v) => v === 'yes'),
			cause: text(3, 2000, 'disposition_cause_required')
		}),
		euthanized: z.object({
			...shape,
			kind: z.literal('euthanized'),
			...authorised,
			holdConsentReference: optionalText(200, 'text_too_long')
		}),
		escaped: z.object({ ...shape, kind: z.literal('escaped') }),
		transferred_out: z.object({
			...shape,
			kind: z.literal('transferred_out'),
			receivingOrganisation: text(2, 200, 'receiving_organisation_required'),
			permitNumber: text(1, 100, 'permit_number_required'),
			receivedByName: text(2, 200, 'received_by_name_required'),
			receivedByIdNumber: optionalText(100, 'id_number_too_long')
		}),
		destroyed: z.object({ ...shape, kind: z.literal('destroyed'), ...authorised })
	};
}

const kindRequired = { error: issue('disposition_kind_required') };
/** An animal and an item are one each: no count. */
const single = variants(common);
const lot = variants({ ...common, count: wholeNumber('disposition_count_invalid', 1, 100_000) });

/** The end of custody of one animal, as the animal page's form sends it (datetime already an instant). */
export const animalDispositionSchema = z.discriminatedUnion('kind', [single.died, single.euthanized, single.escaped, single.transferred_out], kindRequired);
/** A number of a lot's animals kept as a group: the same, with how many. */
export const lotDispositionSchema = z.discriminatedUnion('kind', [lot.died, lot.euthanized, lot.escaped, lot.transferred_out], kindRequired);
/** An evidence item handed over or destroyed. */
export const itemDispositionSchema = z.discriminatedUnion('kind', [single.transferred_out, single.destroyed], kindRequired);

export type AnimalDispositionInput = z.output<typeof animalDispositionSchema>;
export type LotDispositionInput = z.output<typeof lotDispositionSchema>;
export type ItemDispositionInput = z.output<typeof itemDispositionSchema>;
export type DispositionInput = AnimalDispositionInput | LotDispositionInput | ItemDispositionInput;
