import { refusalFrom, type FieldRefusal } from '$lib/server/db-refusal';

/**
 * The feeding migrations' rule refusals (SQLSTATE RL101–RL118) as a form field and its message.
 * The code alone decides the message, as in health/db-refusals.ts. Refusals about the round's
 * hidden fields (plan, day, slot) are shown for the whole slot: a keeper cannot fix those by typing.
 */
const REFUSALS: Record<string, FieldRefusal> = {
	RL101: { field: 'form', key: 'diet_subject_not_in_care' },
	RL102: { field: 'form', key: 'diet_plan_not_current' },
	RL103: { field: 'form', key: 'diet_plan_not_current' },
	RL104: { field: 'form', key: 'diet_plan_already_ended' },
	RL105: { field: 'endReason', key: 'end_reason_too_short' },
	RL110: { field: 'form', key: 'diet_plan_not_found' },
	RL111: { field: 'form', key: 'fed_on_future' },
	RL112: { field: 'form', key: 'fed_on_outside_plan' },
	RL113: { field: 'form', key: 'fed_on_not_feeding_day' },
	RL114: { field: 'form', key: 'slot_not_in_plan' },
	RL115: { field: 'form', key: 'feeding_subject_not_in_care' },
	RL116: { field: 'form', key: 'alert_not_found' },
	RL117: { field: 'concerns', key: 'alert_needs_concerns' },
	RL118: { field: 'concerns', key: 'withheld_needs_concerns' },
	// diet_plans_current_subject_idx: someone else set a plan since the page was loaded.
	'23505': { field: 'form', key: 'diet_plan_not_current' },
	'23503': { field: 'form', key: 'diet_plan_not_found' },
	'42501': { field: 'form', key: 'feeding_forbidden' }
};

/** The refusal to show, or null for an error no form can answer (the caller throws: a 500 with a reference). */
export const feedingRefusal = (error: { code: string; message: string }) => refusalFrom(REFUSALS, error, 'a feeding form');
