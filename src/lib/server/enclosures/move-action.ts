import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { enclosureMoveSchema, type MoveRule } from '$lib/schemas/enclosure-move';
import { fieldErrors, formObject, type FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { moveToEnclosure, type MoveSubject } from './move-to-enclosure';

/** The roles move_to_enclosure() accepts. */
export const MOVE_ROLES = ['admin', 'vet', 'keeper'] as const;

/** ActionData of `?/move` when it did not move: field errors, or the rules that need a reason. */
export interface MoveFailure {
	errors: FieldErrors;
	values: { enclosureId: string; overrideReason: string };
	needsReason?: { rules: MoveRule[]; headCount: number; capacity: number; moving: number };
	message?: string;
}

/** The body of a `?/move` action on an animal's or a lot's page. */
export async function moveAction({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>, subject: MoveSubject) {
	await requireRole(locals, ...MOVE_ROLES);
	const m = messages(locals.locale).enclosures;
	const raw = formObject(await request.formData());
	const values = { enclosureId: raw.enclosureId ?? '', overrideReason: raw.overrideReason ?? '' };
	const parsed = enclosureMoveSchema.safeParse(values);
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	if (errors.enclosureId) return fail(400, { move: { errors, values } satisfies MoveFailure });
	// A reason too short to record is set aside: the database then says whether one is needed at
	// all, and if it is, the form comes back naming the broken rules next to this error.
	const move = parsed.success ? parsed.data : { enclosureId: values.enclosureId, overrideReason: null };

	const outcome = await moveToEnclosure(locals.supabase, subject, move);
	if (outcome.ok) return { moved: { quarantineStarted: outcome.quarantineStarted, overrides: outcome.overrides } };
	const failure = (status: number, extra: Partial<MoveFailure>) => fail(status, { move: { errors: {}, values, ...extra } satisfies MoveFailure });
	switch (outcome.kind) {
		case 'override_required': {
			const { rules, headCount, capacity, moving } = outcome;
			return fail(409, { move: { errors, values, needsReason: { rules, headCount, capacity, moving } } satisfies MoveFailure });
		}
		case 'forbidden':
			return failure(403, { message: m.moveForbidden });
		case 'not_found':
			return failure(404, { message: m.moveNotFound });
		case 'refused':
			console.warn('a move was refused:', outcome.message);
			return failure(400, { message: m.moveRefused });
	}
}
