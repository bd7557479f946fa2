import type { SupabaseClient } from '@supabase/supabase-js';
import { isoToLocalInput } from '$lib/domain/centre-time';
import type { Database } from '$lib/types/database';
import { isFullyApproved, type BoardAssessment } from './board-columns';
import { loadOpenAssessments } from './board-data';

export interface ReleaseFormData {
	/** Assessments that can be carried out now, scheduled ones first (by date). */
	choices: BoardAssessment[];
	/** `?assessment=` from the board's "Record the release" link, when it is one of the choices. */
	preselected: string | null;
	/** Made once per render: the form sends it back, so a resent form records nothing twice. */
	clientKey: string;
	now: string;
}

/** What the release form offers: the fully approved open assessments, from the board's data. */
export async function loadReleaseForm(supabase: SupabaseClient<Database>, url: URL): Promise<ReleaseFormData> {
	const choices = (await loadOpenAssessments(supabase)).filter(isFullyApproved);
	const wanted = url.searchParams.get('assessment');
	return {
		choices,
		preselected: choices.some((c) => c.id === wanted) ? wanted : null,
		clientKey: crypto.randomUUID(),
		now: isoToLocalInput(new Date().toISOString())
	};
}
