import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { boardColumns, isRecordBlocker, type BoardAssessment, type BoardColumns, type BoardSpecies, type RecordBlocker } from './board-columns';

/** Who reads the board: the release team works from it, admins and vets follow it. */
export const BOARD_READERS = ['release_team', 'admin', 'vet'] as const;
/** Who opens assessments from it (the release_assessments insert policy). */
export const ASSESSMENT_OPENERS = ['release_team', 'admin', 'vet'] as const;
/** Who records releases (record_release()). */
export const RELEASE_RECORDERS = ['release_team', 'admin'] as const;

/** Candidates per page: each carries its blockers and a form, and phones scroll through them. */
export const CANDIDATES_PAGE_SIZE = 12;

/** An animal, or the animals of a group not yet under an open assessment (release_board()). */
export interface BoardCandidate extends BoardSpecies {
	animalId: string | null;
	code: string | null;
	lotId: string | null;
	headCount: number;
	caseId: string;
	caseNumber: string;
	blockers: RecordBlocker[];
	ready: boolean;
}

export interface HeldCase {
	caseId: string;
	caseNumber: string;
	reason: string;
	courtReference: string | null;
	placedAt: string;
	animalsInCare: number;
	openAssessments: number;
}

export interface ReleaseBoard {
	columns: BoardColumns;
	candidates: { rows: BoardCandidate[]; total: number; page: number; pageCount: number };
	heldCases: HeldCase[];
}

interface BoardRpc {
	assessments: BoardAssessment[];
	candidates: { total: number; rows: BoardCandidate[] };
	heldCases: HeldCase[];
}

async function callBoard(supabase: SupabaseClient<Database>, page: number, pageSize: number): Promise<BoardRpc> {
	const { data, error } = await supabase.rpc('release_board', { p_page: page, p_page_size: pageSize });
	if (error) throw new Error(`loading the release board failed: ${error.code} ${error.message}`);
	return data as unknown as BoardRpc;
}

/** The planning board in one database call: the open assessments by column, a page of candidates, held cases. */
export async function loadReleaseBoard(supabase: SupabaseClient<Database>, page: number): Promise<ReleaseBoard> {
	const board = await callBoard(supabase, page, CANDIDATES_PAGE_SIZE);
	return {
		columns: boardColumns(board.assessments),
		candidates: {
			// Only record blockers apply before an assessment exists; an unknown key is not worded.
			rows: board.candidates.rows.map((c) => ({ ...c, blockers: (c.blockers as string[]).filter(isRecordBlocker) })),
			total: board.candidates.total,
			page,
			pageCount: Math.max(1, Math.ceil(board.candidates.total / CANDIDATES_PAGE_SIZE))
		},
		heldCases: board.heldCases
	};
}

/** The open assessments alone (the release form's choices); one candidate row is the least the call returns. */
export async function loadOpenAssessments(supabase: SupabaseClient<Database>): Promise<BoardAssessment[]> {
	return (await callBoard(supabase, 1, 1)).assessments;
}
