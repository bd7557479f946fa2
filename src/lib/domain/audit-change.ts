import type { Json } from '$lib/types/database';

/** A value as the audit screen prints it; null is the database's null (an empty field). */
export type AuditText = string | null;

export interface FieldValue {
	field: string;
	value: AuditText;
}

export interface FieldChange {
	field: string;
	before: AuditText;
	after: AuditText;
}

type Values = { [key: string]: Json | undefined };

function asValues(values: Json | null): Values {
	return values !== null && typeof values === 'object' && !Array.isArray(values) ? values : {};
}

/** Text as it is; numbers, booleans, arrays and objects as JSON. */
export function auditText(value: Json | undefined): AuditText {
	if (value === null || value === undefined) return null;
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every column of a row as logged (an insert's new values, a delete's old ones). */
export function fieldValues(values: Json | null): FieldValue[] {
	return Object.entries(asValues(values)).map(([field, value]) => ({ field, value: auditText(value) }));
}

/**
 * The columns an update changed, before and after. A column missing on one side (a key that
 * changed, so the log holds only one side of the row) counts as empty there.
 */
export function changedFields(oldValues: Json | null, newValues: Json | null): FieldChange[] {
	const before = asValues(oldValues);
	const after = asValues(newValues);
	const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return fields
		.map((field) => ({ field, before: auditText(before[field]), after: auditText(after[field]) }))
		.filter((c) => c.before !== c.after);
}
