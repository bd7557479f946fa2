import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { fieldErrors, type FieldErrors } from '$lib/schemas/form-errors';
import { quarantineClearanceSchema } from '$lib/schemas/quarantine-clearance';
import { requireRole } from '$lib/server/guards';

export interface ClearanceFailure {
	errors: FieldErrors;
	values: { testsDone: string[]; notes: string; earlyReason: string };
	needsEarlyReason?: boolean;
	missingTests?: string[];
	message?: string;
}

/** The body of a `?/clearQuarantine` action: a vet ends the quarantine named in the form. */
export async function clearQuarantineAction({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
	await requireRole(locals, 'vet');
	const m = messages(locals.locale).enclosures;
	const data = await request.formData();
	const values = {
		testsDone: data.getAll('testsDone').map(String),
		notes: String(data.get('notes') ?? ''),
		earlyReason: String(data.get('earlyReason') ?? '')
	};
	const parsed = quarantineClearanceSchema.safeParse({ ...values, quarantineId: String(data.get('quarantineId') ?? '') });
	const failure = (status: number, extra: Partial<ClearanceFailure>) =>
		fail(status, { clearance: { errors: {}, values, ...extra } satisfies ClearanceFailure });
	if (!parsed.success) return failure(400, { errors: fieldErrors(parsed.error) });

	const q = parsed.data;
	const { error } = await locals.supabase.rpc('clear_quarantine', {
		p_quarantine_id: q.quarantineId,
		p_tests_done: q.testsDone,
		p_notes: q.notes ?? undefined,
		p_early_reason: q.earlyReason ?? undefined
	});
	if (!error) return { cleared: true };
	if (error.hint === 'tests_missing') return failure(400, { missingTests: JSON.parse(error.details ?? '[]') as string[] });
	if (error.hint === 'override_required') {
		return failure(409, { needsEarlyReason: true, errors: values.earlyReason ? { earlyReason: 'override_reason_too_short' } : {} });
	}
	if (error.hint === 'already_cleared') return failure(409, { message: m.alreadyCleared });
	if (error.code === '42501') return failure(403, { message: m.clearForbidden });
	if (error.code === 'PT404') return failure(404, { message: m.moveNotFound });
	throw new Error(`clearing a quarantine failed: ${error.code} ${error.message}`);
}
