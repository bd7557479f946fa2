import type { SupabaseClient } from '@supabase/supabase-js';
import { careDashboardSchema, type CareDashboard } from '$lib/schemas/care-dashboard';
import type { Database } from '$lib/types/database';

/** How many months the monthly figures cover. */
export const DASHBOARD_MONTHS = 12;

/**
 * The centre's figures in one database call (care_dashboard(), under the caller's RLS), checked
 * against the schema the page draws from: a changed function fails here, not in a chart.
 */
export async function loadCareDashboard(supabase: SupabaseClient<Database>, months = DASHBOARD_MONTHS): Promise<CareDashboard> {
	const { data, error } = await supabase.rpc('care_dashboard', { p_months: months });
	if (error) throw new Error(`loading the care dashboard failed: ${error.code} ${error.message}`);
	return careDashboardSchema.parse(data);
}
