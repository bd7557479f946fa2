import { z } from 'zod';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { BODY_SYSTEMS, type BodySystem } from './exam';
import { wholeNumber } from './health-fields';
import { pastInstant } from './seizure';

/** public.death_manner, in the order the form lists them. */
export const DEATH_MANNERS = ['disease', 'trauma', 'euthanasia', 'husbandry', 'unknown', 'other'] as const satisfies readonly Database['public']['Enums']['death_manner'][];
export type DeathManner = (typeof DEATH_MANNERS)[number];

/** A textarea of samples, one per line → the list public.necropsies stores (blank lines dropped). */
const samplesText = z
	.string()
	.optional()
	.transform((v) =>
		(v ?? '')
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '')
	)
	.refine((lines) => lines.length <= 30 && lines.every((line) => line.length <= 200), issue('samples_invalid'));

/**
 * A necropsy report as the form sends it, internal findings as `finding_<system>` (read them with
 * findingsFromForm from ./exam). Whether the animal died, and whether it already has a report, is
 * the database's to judge (prepare_necropsy()).
 */
export const necropsySchema = z
	.object({
		performedAt: pastInstant,
		performedBy: z.uuid(issue('performed_by_invalid')),
		bodyConditionScore: z
			.string()
			.optional()
			.transform((v) => v?.trim() ?? '')
			.pipe(z.union([z.literal('').transform(() => null), wholeNumber('bcs_invalid', 1, 5)])),
		externalFindings: optionalText(4000, 'text_too_long'),
		findings: z.partialRecord(z.enum(BODY_SYSTEMS), z.string().trim().max(2000, issue('text_too_long'))).default({}),
		causeOfDeath: z
			.string()
			.optional()
			.transform((v) => v?.trim() ?? '')
			.pipe(z.union([z.literal('').transform(() => null), z.string().min(2, issue('cause_of_death_too_short')).max(1000, issue('text_too_long'))])),
		manner: z.enum(DEATH_MANNERS, { error: issue('manner_invalid') }),
		samplesTaken: samplesText,
		conclusions: optionalText(4000, 'text_too_long'),
		notes: optionalText(4000, 'text_too_long')
	})
	.transform(({ findings, ...rest }) => ({
		...rest,
		internalFindings: Object.fromEntries(Object.entries(findings).filter(([, text]) => text !== '')) as Partial<Record<BodySystem, string>>
	}));

export type NecropsyInput = z.output<typeof necropsySchema>;
