import { z } from 'zod';
import { en, type ValidationKey } from '$lib/i18n/en';

/** Per field, the dictionary key of its message (src/lib/i18n, section `validation`). */
export type FieldErrors = Partial<Record<string, ValidationKey>>;

export function isValidationKey(value: string): value is ValidationKey {
	return Object.hasOwn(en.validation, value);
}

/**
 * The first message per field: one clear sentence next to each input is enough. A check that
 * forgot its key would carry zod's English text; it becomes the generic `invalid` instead.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= isValidationKey(issue.message) ? issue.message : 'invalid';
	}
	return out;
}

/** FormData as a plain object of strings; files are not expected in these forms. */
export function formObject(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of data) if (typeof value === 'string') out[name] = value;
	return out;
}
