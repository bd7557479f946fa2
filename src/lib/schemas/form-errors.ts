import { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

/** The first message per field: one clear sentence next to each input is enough. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= issue.message;
	}
	return out;
}

/** FormData as a plain object of strings; files are not expected in these forms. */
export function formObject(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of data) if (typeof value === 'string') out[name] = value;
	return out;
}
