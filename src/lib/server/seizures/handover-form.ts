import type { z } from 'zod';
import { localInputToIso } from '$lib/domain/centre-time';
import { custodyEventSchema, type CustodyEventInput } from '$lib/schemas/custody-event';
import { isValidationKey, type FieldErrors } from '$lib/schemas/form-errors';

/** The handover form's text inputs, by their `name`; the subject is one of the first four. */
export const HANDOVER_FIELDS = [
	'animalCode', 'lotId', 'itemId', 'caseId',
	'eventType', 'occurredAt', 'place',
	'fromName', 'fromAgency', 'fromIdNumber', 'toName', 'toAgency', 'toIdNumber',
	'purpose', 'sealsApplied', 'sealsBroken', 'notes'
] as const;
export type HandoverField = (typeof HANDOVER_FIELDS)[number];
export type HandoverSubject = Partial<Record<'animalCode' | 'lotId' | 'itemId' | 'caseId', string>>;

/** What was typed, to re-fill the form after a refusal (the confirmation box is never kept). */
export type HandoverValues = Record<HandoverField, string> & { photoIds: string[] };

export type HandoverForm =
	| { ok: true; input: CustodyEventInput; values: HandoverValues }
	| { ok: false; errors: FieldErrors; values: HandoverValues };

const SUBJECT_FIELDS = ['animalCode', 'lotId', 'itemId', 'caseId'] as const;

/** "S-1, S-2 ,," → ['S-1', 'S-2']: staff type seal numbers as one comma-separated line. */
export function splitSeals(line: string): string[] {
	return line.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * FormData → the custodyEventSchema input, or messages per input name. `fixed` is the subject the
 * page itself stands for (the animal of /animals/[code]): it wins over any hidden field, so a
 * tampered form cannot aim the event elsewhere. The confirmation box must say `yes`.
 */
export function parseHandoverForm(data: FormData, fixed?: HandoverSubject): HandoverForm {
	const values = Object.fromEntries(
		HANDOVER_FIELDS.map((name) => [name, typeof data.get(name) === 'string' ? (data.get(name) as string) : ''])
	) as Record<HandoverField, string>;
	const form: HandoverValues = { ...values, photoIds: data.getAll('photoIds').filter((v): v is string => typeof v === 'string') };
	if (fixed) for (const name of SUBJECT_FIELDS) form[name] = fixed[name] ?? '';

	const subject = Object.fromEntries(SUBJECT_FIELDS.filter((name) => form[name].trim() !== '').map((name) => [name, form[name]]));
	const fromGiven = [form.fromName, form.fromAgency, form.fromIdNumber].some((v) => v.trim() !== '');
	const parsed = custodyEventSchema.safeParse({
		...subject,
		eventType: form.eventType || undefined,
		// A datetime-local value is centre time; anything else stays as typed for the schema to refuse.
		occurredAt: localInputToIso(form.occurredAt) ?? form.occurredAt,
		place: form.place,
		from: fromGiven ? { name: form.fromName, agency: form.fromAgency, idNumber: form.fromIdNumber } : undefined,
		to: { name: form.toName, agency: form.toAgency, idNumber: form.toIdNumber },
		purpose: form.purpose,
		sealsApplied: splitSeals(form.sealsApplied),
		sealsBroken: splitSeals(form.sealsBroken),
		photoIds: form.photoIds,
		notes: form.notes
	});
	const errors = parsed.success ? {} : handoverErrors(parsed.error);
	if (data.get('confirm') !== 'yes') errors.confirm = 'confirm_required';
	if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data, values: form };
	return { ok: false, errors, values: form };
}

/** The first message per input: party fields by their input name (`to.name` → `toName`). */
function handoverErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const [head, sub] = issue.path.map(String);
		const field = (head === 'from' || head === 'to') && sub ? `${head}${sub[0].toUpperCase()}${sub.slice(1)}` : (head ?? 'form');
		out[field] ??= isValidationKey(issue.message) ? issue.message : 'invalid';
	}
	return out;
}
