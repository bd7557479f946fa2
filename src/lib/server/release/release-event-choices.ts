import type { SupabaseClient } from '@supabase/supabase-js';
import { isoToLocalInput } from '$lib/domain/centre-time';
import type { Database } from '$lib/types/database';
import { isFullyApproved, type BoardAssessment } from './board-columns';
import { loadOpenAssessments } from './board-data';

/** A photo the release may cite: its SHA-256 is copied into each animal's custody event. */
export interface CitablePhoto {
	id: string;
	caption: string | null;
	sha256: string;
}

export interface ReleaseFormData {
	/** Assessments that can be carried out now, scheduled ones first (by date). */
	choices: BoardAssessment[];
	/** `?assessment=` from the board's "Record the release" link, when it is one of the choices. */
	preselected: string | null;
	/** Made once per render: the form sends it back, so a resent form records nothing twice. */
	clientKey: string;
	now: string;
	/** Photos of the cases on offer, newest first: those taken at the site are uploaded on the animal's or the case's page. */
	photos: CitablePhoto[];
}

/** What the release form offers: the fully approved open assessments, from the board's data. */
export async function loadReleaseForm(supabase: SupabaseClient<Database>, url: URL): Promise<ReleaseFormData> {
	const choices = (await loadOpenAssessments(supabase)).filter(isFullyApproved);
	const wanted = url.searchParams.get('assessment');
	return {
		choices,
		preselected: choices.some((c) => c.id === wanted) ? wanted : null,
		clientKey: crypto.randomUUID(),
		now: isoToLocalInput(new Date().toISOString()),
		photos: await photosOf(supabase, choices)
	};
}

async function photosOf(supabase: SupabaseClient<Database>, choices: BoardAssessment[]): Promise<CitablePhoto[]> {
	if (choices.length === 0) return [];
	const { data, error } = await supabase
		.from('photos')
		.select('id, caption, sha256')
		.in('case_id', [...new Set(choices.map((c) => c.caseId))])
		.order('uploaded_at', { ascending: false })
		.limit(30);
	if (error) throw new Error(`loading the photos a release may cite failed: ${error.message}`);
	return data;
}
