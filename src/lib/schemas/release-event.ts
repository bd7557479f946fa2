import { z } from 'zod';
import type { ValidationKey } from '$lib/i18n';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { normaliseDigits, wholeNumber } from './health-fields';
import { pastInstant } from './seizure';

export const RELEASE_METHODS = ['soft', 'hard'] as const satisfies readonly Database['public']['Enums']['release_method'][];
export type ReleaseMethod = (typeof RELEASE_METHODS)[number];

/**
 * Decimal degrees as a GPS or phone map shows them ("13.6012", "-0.5", Khmer digits too); "" and
 * missing are null. Phones show up to 14 decimals: rounded to the 6 the database keeps (about
 * 10 cm), which is never what makes a release site right or wrong.
 */
export const coordinateText = (key: ValidationKey, limit: 90 | 180) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			const text = normaliseDigits(v ?? '');
			if (text === '') return null;
			const n = /^[-+]?\d{1,3}(\.\d{1,14})?$/.test(text) ? Number(text) : Number.NaN;
			if (Number.isNaN(n) || Math.abs(n) > limit) {
				ctx.addIssue({ code: 'custom', message: issue(key) });
				return z.NEVER;
			}
			return Math.round(n * 1e6) / 1e6;
		});

const requiredCoordinate = (required: ValidationKey, invalid: ValidationKey, limit: 90 | 180) =>
	coordinateText(invalid, limit)
		.refine((n) => n !== null, issue(required))
		.transform((n) => n as number);

/** A whole number that may be left empty (null); its own message when it is not one. */
export const optionalWholeNumber = (key: ValidationKey, min: number, max: number) =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			if (!v?.trim()) return null;
			const n = wholeNumber(key, min, max).safeParse(v);
			if (n.success) return n.data;
			ctx.addIssue({ code: 'custom', message: issue(key) });
			return z.NEVER;
		});

/** One approved assessment to carry out; a null count releases every animal it assessed. */
const subjectSchema = z.object({
	assessmentId: z.uuid(issue('release_event_subjects_invalid')),
	count: optionalWholeNumber('release_event_count_invalid', 1, 100_000)
});

/**
 * A release event as its form sends it (the date-time already turned into an instant). Whether
 * the coordinates fall in the country, whether each assessment is approved and how many animals
 * it covers are the database's to judge (record_release): it knows the centre and the records.
 */
export const releaseEventSchema = z.object({
	occurredAt: pastInstant,
	siteName: z
		.string({ error: issue('release_event_site_required') })
		.trim()
		.min(2, issue('release_event_site_required'))
		.max(200, issue('release_event_site_too_long')),
	protectedArea: optionalText(200, 'release_event_protected_area_invalid').refine(
		(v) => v === null || v.length >= 2,
		issue('release_event_protected_area_invalid')
	),
	latitude: requiredCoordinate('release_event_latitude_required', 'latitude_invalid', 90),
	longitude: requiredCoordinate('release_event_longitude_required', 'longitude_invalid', 180),
	outsideBoundsReason: optionalText(1000, 'text_too_long').refine((v) => v === null || v.length >= 5, issue('release_event_reason_too_short')),
	method: z.enum(RELEASE_METHODS, { error: issue('release_event_method_required') }),
	teamMembers: z
		.string({ error: issue('release_event_team_required') })
		.transform((text) => text.split(/\r?\n/).map((name) => name.trim()).filter((name) => name !== ''))
		.pipe(
			z
				.array(z.string().max(200, issue('release_event_team_too_many')))
				.min(1, issue('release_event_team_required'))
				.max(30, issue('release_event_team_too_many'))
		),
	subjects: z
		.array(subjectSchema, { error: issue('release_event_subjects_required') })
		.min(1, issue('release_event_subjects_required'))
		.max(50, issue('release_event_subjects_invalid'))
		.refine((list) => new Set(list.map((s) => s.assessmentId)).size === list.length, issue('release_event_subjects_invalid')),
	notes: optionalText(4000, 'text_too_long'),
	photoIds: z.array(z.uuid(issue('release_event_photo_invalid'))).max(50, issue('release_event_photo_invalid')).default([]),
	confirm: z.literal('yes', { error: issue('confirm_required') }),
	clientKey: z.uuid(issue('release_event_form_stale'))
});

export type ReleaseEventInput = z.output<typeof releaseEventSchema>;

/**
 * The ticked assessments (`assessment`, one value each) with their counts (`count.<id>`): a count
 * typed next to an assessment that is not ticked is left out.
 */
export function subjectsFromForm(data: FormData): { assessmentId: string; count: string }[] {
	return data
		.getAll('assessment')
		.filter((id): id is string => typeof id === 'string')
		.map((id) => {
			const count = data.get(`count.${id}`);
			return { assessmentId: id, count: typeof count === 'string' ? count : '' };
		});
}

/** `[{ assessment_id, count }]` as record_release() takes it; no count means all of them. */
export const subjectsForDb = (subjects: ReleaseEventInput['subjects']) =>
	subjects.map((s) => (s.count === null ? { assessment_id: s.assessmentId } : { assessment_id: s.assessmentId, count: s.count }));
