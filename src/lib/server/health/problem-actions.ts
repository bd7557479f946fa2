import { centreToday } from '$lib/domain/centre-time';
import { formObject } from '$lib/schemas/form-errors';
import { problemSchema, resolveProblemSchema } from '$lib/schemas/problem';
import { requireRole } from '$lib/server/guards';
import { filledByDb, run, type HealthEvent } from './health-actions';

/** The `?/recordProblem` action: a problem or diagnosis of this animal, open or already resolved. */
export async function recordProblem(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const result = await run(event, 'problem', values, values, problemSchema, (p) =>
		event.locals.supabase.from('problems').insert(
			filledByDb<'problems', 'case_id' | 'recorded_by'>({
				animal_id: animalId,
				title: p.title,
				started_on: p.startedOn,
				resolved_on: p.resolvedOn,
				notes: p.notes
			})
		)
	);
	return result ?? { problemRecorded: true };
}

/**
 * The `?/resolveProblem` action: the day an open problem of this animal ended. A problem already
 * resolved, or another animal's, is not found; a day before it started is refused at the date.
 */
export async function resolveProblem(event: HealthEvent, animalId: string) {
	await requireRole(event.locals, 'vet');
	const values = formObject(await event.request.formData());
	const result = await run(event, 'resolve', values, values, resolveProblemSchema(centreToday()), async (r) => {
		const { data, error } = await event.locals.supabase
			.from('problems')
			.update({ resolved_on: r.resolvedOn })
			.eq('id', r.problemId)
			.eq('animal_id', animalId)
			.is('resolved_on', null)
			.select('id');
		if (error?.code === '23514' && error.message.includes('problems_resolved_after_start')) return { error: { code: 'RL027', message: error.message } };
		if (!error && data.length === 0) return { error: { code: 'RL028', message: 'no open problem of this animal with this id' } };
		return { error };
	});
	return result ?? { problemResolved: true };
}
