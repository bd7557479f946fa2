import type { FieldErrors } from '$lib/schemas/form-errors';

/** Why a photo was not saved; in every case neither its object nor its record was kept. */
export type PhotoRefusal =
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'forbidden' }
	| { kind: 'subject_mismatch' }
	| { kind: 'failed'; detail: string };

export function storageRefusal(error: Error): PhotoRefusal {
	// Storage answers every 4xx as HTTP 400; the meaningful code is the body's statusCode.
	const statusCode = 'statusCode' in error ? String(error.statusCode) : undefined;
	switch (statusCode) {
		case '403':
			return { kind: 'forbidden' };
		case '413':
			return { kind: 'invalid', errors: { file: 'photo_too_large' } };
		case '415':
			return { kind: 'invalid', errors: { file: 'photo_type_invalid' } };
		default:
			return { kind: 'failed', detail: `storage: ${statusCode ?? '?'} ${error.message}` };
	}
}

export function recordRefusal(error: { code: string; message: string }): PhotoRefusal {
	// 42501: RLS (a role that may not record photos, or a case the user cannot read).
	if (error.code === '42501') return { kind: 'forbidden' };
	// 23503: the lot, animal or item is not part of that case.
	if (error.code === '23503') return { kind: 'subject_mismatch' };
	return { kind: 'failed', detail: `photos insert: ${error.code} ${error.message}` };
}
