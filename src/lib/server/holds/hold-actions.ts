import { liftHoldSchema, placeHoldSchema } from '$lib/schemas/evidence-hold';
import { requireRole } from '$lib/server/guards';
import { runHoldForm, type HoldEvent } from './hold-form';
import { HOLD_ROLES } from './hold-roles';

/**
 * The `?/placeHold` action: puts the case on evidence hold. The trigger records who and when,
 * and refuses a second hold in force; RLS refuses a case not granted to a prosecutor.
 */
export async function placeHold(event: HoldEvent, caseId: string) {
	await requireRole(event.locals, ...HOLD_ROLES);
	const result = await runHoldForm(event, 'placeHold', placeHoldSchema, (h) =>
		event.locals.supabase.from('evidence_holds').insert({ case_id: caseId, reason: h.reason, court_reference: h.courtReference })
	);
	return result ?? { holdPlaced: true };
}

/**
 * The `?/liftHold` action: lifts the hold the page showed, with the court's reference. Not
 * filtered on "in force": a hold lifted meanwhile gets the trigger's own answer (already lifted).
 */
export async function liftHold(event: HoldEvent, caseId: string) {
	await requireRole(event.locals, ...HOLD_ROLES);
	const result = await runHoldForm(event, 'liftHold', liftHoldSchema, (l) =>
		event.locals.supabase
			.from('evidence_holds')
			.update({ lift_court_reference: l.liftCourtReference, lift_notes: l.liftNotes })
			.eq('id', l.holdId)
			.eq('case_id', caseId)
			.select('id')
			.single()
	);
	return result ?? { holdLifted: true };
}
