import type { SupabaseClient } from '@supabase/supabase-js';
import type { StaffRole } from '$lib/roles';
import type { NewStaff } from '$lib/schemas/staff';
import type { Database } from '$lib/types/database';
import { supabaseAdmin } from './supabase-admin';

export const STAFF_PAGE_SIZE = 25;

export interface StaffListRow {
	userId: string;
	fullName: string;
	email: string | null;
	role: StaffRole;
	agency: string | null;
	idNumber: string | null;
	active: boolean;
}

export interface StaffPage {
	rows: StaffListRow[];
	total: number;
	page: number;
	pageCount: number;
}

/** The centre's staff, one page at a time, read with the admin's own session (RLS applies). */
export async function listStaff(supabase: SupabaseClient<Database>, centreId: string, page: number): Promise<StaffPage> {
	const from = (page - 1) * STAFF_PAGE_SIZE;
	const { data, count, error } = await supabase
		.from('staff')
		.select('user_id, full_name, role, agency, id_number, active', { count: 'exact' })
		.eq('centre_id', centreId)
		.order('active', { ascending: false })
		.order('full_name')
		.order('user_id')
		.range(from, from + STAFF_PAGE_SIZE - 1);
	// A page past the end (an old link, a hand-edited URL) is not an error: PostgREST answers 416.
	if (error?.code === 'PGRST103') return pastTheEnd(supabase, centreId, page);
	if (error) throw new Error(`could not list staff: ${error.message}`);
	const emails = await emailsOf(supabase, data.map((r) => r.user_id));
	const total = count ?? data.length;
	return {
		rows: data.map((r) => ({
			userId: r.user_id,
			fullName: r.full_name,
			email: emails.get(r.user_id) ?? null,
			role: r.role,
			agency: r.agency,
			idNumber: r.id_number,
			active: r.active
		})),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE))
	};
}

async function pastTheEnd(supabase: SupabaseClient<Database>, centreId: string, page: number): Promise<StaffPage> {
	const { count, error } = await supabase.from('staff').select('user_id', { count: 'exact', head: true }).eq('centre_id', centreId);
	if (error) throw new Error(`could not count staff: ${error.message}`);
	const total = count ?? 0;
	return { rows: [], total, page, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

/**
 * E-mail addresses live in auth.users, which the API does not expose: staff_emails() answers admins
 * for a whole page in one call. A failed lookup leaves the addresses blank rather than hiding the list.
 */
async function emailsOf(supabase: SupabaseClient<Database>, userIds: string[]): Promise<Map<string, string>> {
	const { data, error } = await supabase.rpc('staff_emails', { user_ids: userIds });
	if (error) console.error(`could not read staff e-mails: ${error.message}`);
	return new Map((data ?? []).map((r) => [r.user_id, r.email]));
}

export type CreateStaffResult = { ok: true; userId: string } | { ok: false; reason: 'email_taken' | 'failed'; detail?: string };

/**
 * The auth account needs the service role; the staff row is inserted with the admin's own
 * session so the "Admins can add staff" policy is what allows it. If that insert fails, the new
 * auth account is removed again: an account without a staff row could sign in to nothing.
 */
export async function createStaffAccount(
	supabase: SupabaseClient<Database>,
	centreId: string,
	input: NewStaff
): Promise<CreateStaffResult> {
	const admin = supabaseAdmin();
	const { data, error } = await admin.auth.admin.createUser({
		email: input.email,
		password: input.password,
		email_confirm: true,
		user_metadata: { full_name: input.full_name }
	});
	if (error || !data.user) {
		const taken = error?.code === 'email_exists' || /already (been )?registered|already exists/i.test(error?.message ?? '');
		return { ok: false, reason: taken ? 'email_taken' : 'failed', detail: error?.message };
	}
	const userId = data.user.id;
	const { error: insertError } = await supabase.from('staff').insert({
		user_id: userId,
		centre_id: centreId,
		full_name: input.full_name,
		role: input.role,
		agency: input.agency,
		id_number: input.id_number
	});
	if (insertError) {
		const { error: deleteError } = await admin.auth.admin.deleteUser(userId);
		const leftover = deleteError ? ` (and removing auth user ${userId} failed: ${deleteError.message})` : '';
		return { ok: false, reason: 'failed', detail: insertError.message + leftover };
	}
	return { ok: true, userId };
}

/** Returns false when RLS or a missing row let nothing change, which PostgREST reports as success. */
export async function setStaffActive(
	supabase: SupabaseClient<Database>,
	centreId: string,
	userId: string,
	active: boolean
): Promise<boolean> {
	const { data, error } = await supabase
		.from('staff')
		.update({ active })
		.eq('user_id', userId)
		.eq('centre_id', centreId)
		.select('user_id');
	if (error) throw new Error(`could not change staff ${userId}: ${error.message}`);
	return data.length === 1;
}
