import type { ValidationKey } from '$lib/i18n';
import type { DispositionFailure } from '$lib/server/dispositions/disposition-action';

/** How the field groups of one disposition form name, fill and explain their inputs. */
export interface FieldAccess {
	id: (field: string) => string;
	/** What was sent before a refusal, else the default given. */
	value: (field: string, fallback?: string) => string;
	error: (field: string) => string | undefined;
	/** The hint's and the message's ids, for aria-describedby. */
	describedBy: (field: string, hint?: boolean) => string | undefined;
}

/** Ids are prefixed with `formId`: the case page may show this form beside others. */
export function fieldAccess(formId: string, failed: DispositionFailure | null, texts: Record<ValidationKey, string>): FieldAccess {
	const id = (field: string) => `${formId}-${field}`;
	const error = (field: string) => {
		const key = failed?.errors[field];
		return key ? texts[key] : undefined;
	};
	return {
		id,
		value: (field, fallback = '') => failed?.values[field] ?? fallback,
		error,
		describedBy: (field, hint = false) => [hint && `${id(field)}-hint`, error(field) && `${id(field)}-error`].filter(Boolean).join(' ') || undefined
	};
}
