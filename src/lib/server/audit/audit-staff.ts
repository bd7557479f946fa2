import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';

export interface AuditActorOption {
	userId: string;
	fullName: string;
	active: boolean;
}

/** The centre's staff, people who left included: their changes stay in the log. */
export async function centreStaff(supabase: SupabaseClient<Database>, centreId: string): Promise<AuditActorOption[]> {
	const { data, error } = await supabase
		.from('staff')
		.select('user_id, full_name, active')
		.eq('centre_id', centreId)
		.order('full_name')
		.order('user_id');
	if (error) throw new Error(`could not list staff: ${error.code} ${error.message}`);
	return data.map((s) => ({ userId: s.user_id, fullName: s.full_name, active: s.active }));
}

/** Names of the staff who made a page of changes; an id RLS hides stays unnamed. */
export async function staffNames(supabase: SupabaseClient<Database>, userIds: string[]): Promise<Map<string, string>> {
	const ids = [...new Set(userIds)];
	if (ids.length === 0) return new Map();
	const { data, error } = await supabase.from('staff').select('user_id, full_name').in('user_id', ids);
	if (error) throw new Error(`could not read staff names: ${error.code} ${error.message}`);
	return new Map(data.map((s) => [s.user_id, s.full_name]));
}
