import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Seizure } from '$lib/schemas/seizure';
import type { Database } from '$lib/types/database';

const intakeResultSchema = z.object({
	caseId: z.uuid(),
	caseNumber: z.string(),
	lots: z.array(z.object({ id: z.uuid(), species: z.string(), count: z.number(), animalCodes: z.array(z.string()) })),
	items: z.array(z.object({ id: z.uuid(), description: z.string() }))
});

export type IntakeResult = z.infer<typeof intakeResultSchema>;

/** Why a valid-looking seizure was refused by the database; nothing was written in any case. */
export type IntakeRefusal =
	| { kind: 'duplicate_case' }
	| { kind: 'unknown_species'; names: string[] }
	| { kind: 'forbidden' }
	| { kind: 'invalid'; message: string };

/**
 * Records a whole seizure through record_seizure(): one transaction under the caller's RLS, so it
 * is written completely or not at all. Unexpected failures throw (the caller answers 500/503).
 */
export async function recordSeizure(
	supabase: SupabaseClient<Database>,
	seizure: Seizure
): Promise<{ ok: true; result: IntakeResult } | { ok: false; refusal: IntakeRefusal }> {
	const { data, error } = await supabase.rpc('record_seizure', { payload: seizure });
	if (!error) return { ok: true, result: intakeResultSchema.parse(data) };
	switch (error.code) {
		case '23505':
			return { ok: false, refusal: { kind: 'duplicate_case' } };
		case 'PT422':
			return { ok: false, refusal: { kind: 'unknown_species', names: unknownNames(error.details) } };
		case '42501':
			return { ok: false, refusal: { kind: 'forbidden' } };
		case '22023':
		case '23514':
		case '22P02':
		case '22008':
		case '22003':
			return { ok: false, refusal: { kind: 'invalid', message: error.message } };
		default:
			throw new Error(`record_seizure failed: ${error.code} ${error.message}`);
	}
}

function unknownNames(details: string | null): string[] {
	try {
		const parsed = z.array(z.string()).safeParse(JSON.parse(details ?? '[]'));
		return parsed.success ? parsed.data : [];
	} catch {
		return [];
	}
}
