import type { z } from 'zod';
import { en } from '$lib/i18n/en';
import { isValidationKey } from '$lib/schemas/form-errors';
import { apiError, ApiRefusal } from './respond';

export interface ApiIssue {
	/** Dotted path into the body, e.g. `lots.0.count`; `subject` for an event without one. */
	path: string;
	message: string;
}

/**
 * The request body parsed as JSON and checked with the schema, or the 400 answer thrown. Schema
 * messages are dictionary keys; partners get their English text (src/lib/i18n/en.ts, validation).
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
	let body: unknown;
	try {
		body = JSON.parse(await request.text());
	} catch {
		throw new ApiRefusal(apiError(400, 'malformed_json', 'The request body is not valid JSON.'));
	}
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	throw new ApiRefusal(
		apiError(400, 'invalid_request', 'The request body is not valid: see issues.', { issues: apiIssues(parsed.error) })
	);
}

export function apiIssues(error: z.ZodError): ApiIssue[] {
	return error.issues.map((issue) => ({
		path: issue.path.map(String).join('.'),
		// A check without its key (e.g. zod's own type errors on unknown shapes) gets the generic sentence.
		message: en.validation[isValidationKey(issue.message) ? issue.message : 'invalid']
	}));
}
