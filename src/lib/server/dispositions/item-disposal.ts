import { fail, type RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { isoToLocalInput } from '$lib/domain/centre-time';
import { messages } from '$lib/i18n';
import { requireRole } from '$lib/server/guards';
import type { StaffMember } from '$lib/server/session';
import { isUuid } from '$lib/server/seizures/species-ref';
import type { Database } from '$lib/types/database';
import { disposeItem, type DispositionFailure } from './disposition-action';
import { itemKindsFor } from './disposition-roles';
import { caseOnHold, loadAuthorisers, loadDispositions, type DispositionView } from './dispositions-data';

type ItemStatus = Database['public']['Enums']['item_status'];

/** The case page's "Hand over or destroy" panel of the item named by `?item=<id>`. */
export interface ItemDisposal {
	item: { id: string; description: string; status: ItemStatus };
	/** How its custody ended, once it did. */
	disposition: DispositionView | null;
	/** Null once the item is no longer held. */
	form: { onHold: boolean; authorisers: { id: string; name: string }[]; clientKey: string; now: string } | null;
}

/** Null unless an administrator opened the panel of one of the case's items. */
export async function loadItemDisposal(
	supabase: SupabaseClient<Database>,
	staff: StaffMember,
	caseId: string,
	items: { id: string; description: string; status: ItemStatus }[],
	url: URL
): Promise<ItemDisposal | null> {
	if (itemKindsFor(staff.role).length === 0) return null;
	const found = items.find((i) => i.id === url.searchParams.get('item'));
	if (!found) return null;
	const item = { id: found.id, description: found.description, status: found.status };
	if (item.status !== 'held') {
		const [disposition] = await loadDispositions(supabase, { itemId: item.id });
		return { item, disposition: disposition ?? null, form: null };
	}
	const [onHold, authorisers] = await Promise.all([caseOnHold(supabase, caseId), loadAuthorisers(supabase, staff, ['vet', 'admin'])]);
	return { item, disposition: null, form: { onHold, authorisers, clientKey: crypto.randomUUID(), now: isoToLocalInput(new Date().toISOString()) } };
}

/** The `?/disposeItem` action (posted to `?item=<id>&/disposeItem`): the item must be of the case in the address. */
export async function disposeItemOfCase(event: Pick<RequestEvent<{ caseId: string }>, 'request' | 'locals' | 'params' | 'url'>) {
	const { locals, params, url } = event;
	await requireRole(locals, 'admin');
	const itemId = url.searchParams.get('item') ?? '';
	const found =
		isUuid(params.caseId) && isUuid(itemId)
			? (await locals.supabase.from('evidence_items').select('id').eq('id', itemId).eq('case_id', params.caseId).maybeSingle()).data
			: null;
	if (!found) {
		const message = messages(locals.locale).dispositions.notFound;
		return fail(404, { itemDisposition: { errors: {}, values: {}, message } satisfies DispositionFailure });
	}
	return disposeItem(event, found.id);
}
