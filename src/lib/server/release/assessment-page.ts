import type { SupabaseClient } from '@supabase/supabase-js';
import { assessmentPageSchema, type AssessmentPage } from '$lib/schemas/release-assessment-page';
import { RELEASE_STEPS, type ReleaseStep } from '$lib/schemas/release-assessment';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { StaffRole } from '$lib/roles';
import type { Database } from '$lib/types/database';

/** Who reads and works on release assessments (the page and the database's policies agree). */
export const ASSESSMENT_ROLES = ['admin', 'vet', 'release_team'] as const satisfies readonly StaffRole[];

/**
 * One assessment with its questions, answers, blockers, recommendation and approvals in one
 * database call (release_assessment_page(), under the caller's RLS). Null when the id cannot be
 * one, or no such assessment is readable.
 */
export async function loadAssessmentPage(supabase: SupabaseClient<Database>, assessmentId: string): Promise<AssessmentPage | null> {
	if (!isUuid(assessmentId)) return null;
	const { data, error } = await supabase.rpc('release_assessment_page', { p_assessment_id: assessmentId });
	if (error) throw new Error(`loading release assessment ${assessmentId} failed: ${error.code} ${error.message}`);
	return data === null ? null : assessmentPageSchema.parse(data);
}

/** Which roles give each approval (approve_release() refuses the others). */
const STEP_ROLES: Record<ReleaseStep, readonly StaffRole[]> = {
	vet: ['vet'],
	release_lead: ['release_team'],
	authority: ['release_team', 'admin']
};

/** The approval that comes next on this revision, and whether this role may give it; null when all three count. */
export function nextApproval(page: AssessmentPage, role: StaffRole): { step: ReleaseStep; mine: boolean } | null {
	const step = RELEASE_STEPS.find((s) => !page.approvedSteps.includes(s));
	return step ? { step, mine: STEP_ROLES[step].includes(role) } : null;
}

/** What the signed-in role may do on this page now; the database checks each again. */
export function assessmentPermissions(page: AssessmentPage, role: StaffRole) {
	const open = !page.assessment.released;
	const next = nextApproval(page, role);
	const schedules = open && (role === 'release_team' || role === 'admin');
	return {
		answer: open,
		approve: open && page.recommendation === 'release' && next?.mine === true,
		schedule: schedules && page.recommendation === 'release' && next === null,
		// A hold placed after the date was set blocks the release but leaves the date: it can be cleared.
		clearSchedule: schedules && page.assessment.scheduledFor !== null,
		chooseAlternative: open && page.recommendation === 'not_releasable',
		euthanasia: role === 'vet'
	};
}
