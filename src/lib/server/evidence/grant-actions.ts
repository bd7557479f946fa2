import type { RequestEvent } from '@sveltejs/kit';
import { grantSchema, newGrantSchema, revokeGrantSchema } from '$lib/schemas/case-grant';
import { requireRole } from '$lib/server/guards';
import { caseByNumber } from './case-by-number';
import { readForm, refuseForm } from './evidence-form';

type Event = Pick<RequestEvent, 'request' | 'locals'>;
type DbError = { code: string; message: string };

/** An error no form can answer: the page shows a 500 with a reference, the log the detail. */
function unexpected(what: string, error: DbError): never {
	throw new Error(`${what} failed: ${error.code} ${error.message}`);
}

/** `?/grant`: lets a prosecutor of the centre read a case (the insert policy checks both are the centre's). */
export async function grantCase({ request, locals }: Event) {
	await requireRole(locals, 'admin');
	const form = await readForm(request, newGrantSchema);
	if (!form.ok) return refuseForm(locals, 'grant', form.values, form.errors);
	const g = form.data;
	const found = await caseByNumber(locals.supabase, g.caseNumber);
	if (!found) return refuseForm(locals, 'grant', form.values, { caseNumber: 'grant_case_unknown' });

	const { error } = await locals.supabase
		.from('case_grants')
		.insert({ case_id: found.id, prosecutor_id: g.prosecutorId, include_veterinary: g.includeVeterinary, include_offender: g.includeOffender });
	if (!error) return { granted: { caseNumber: found.caseNumber } };
	if (error.code === '23505') return refuseForm(locals, 'grant', form.values, { caseNumber: 'grant_exists' }, 409);
	// The policy: not a prosecutor of this centre (or no longer one); 23503: no such staff member.
	if (error.code === '42501' || error.code === '23503') return refuseForm(locals, 'grant', form.values, { prosecutorId: 'grant_prosecutor_unknown' });
	unexpected('granting a case', error);
}

/** `?/changeGrant`: what a grant includes from now on (sheets issued before keep what they had). */
export async function changeGrant({ request, locals }: Event) {
	await requireRole(locals, 'admin');
	const form = await readForm(request, grantSchema);
	if (!form.ok) return refuseForm(locals, 'changeGrant', form.values, form.errors);
	const g = form.data;
	const { data, error } = await locals.supabase
		.from('case_grants')
		.update({ include_veterinary: g.includeVeterinary, include_offender: g.includeOffender })
		.eq('case_id', g.caseId)
		.eq('prosecutor_id', g.prosecutorId)
		.select('case_id');
	if (error) unexpected('changing a grant', error);
	if (data.length === 0) return refuseForm(locals, 'changeGrant', form.values, { form: 'grant_unknown' }, 404);
	return { grantChanged: { caseId: g.caseId, prosecutorId: g.prosecutorId } };
}

/** `?/revokeGrant`: the prosecutor no longer reads the case; their requests and issued sheets stay on record. */
export async function revokeGrant({ request, locals }: Event) {
	await requireRole(locals, 'admin');
	const form = await readForm(request, revokeGrantSchema);
	if (!form.ok) return refuseForm(locals, 'revokeGrant', form.values, form.errors);
	const g = form.data;
	const { data, error } = await locals.supabase
		.from('case_grants')
		.delete()
		.eq('case_id', g.caseId)
		.eq('prosecutor_id', g.prosecutorId)
		.select('case_id, prosecutor:staff!case_grants_prosecutor_id_fkey(full_name), case:seizure_cases(case_number)');
	if (error) unexpected('revoking a grant', error);
	if (data.length === 0) return refuseForm(locals, 'revokeGrant', form.values, { form: 'grant_unknown' }, 404);
	return { revoked: { caseNumber: data[0].case?.case_number ?? '', prosecutorName: data[0].prosecutor?.full_name ?? '' } };
}
