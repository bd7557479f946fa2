import { error, fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { pageNumberSchema } from '$lib/schemas/page-number';
import { mayRecordIntake, STAFF_ROLES } from '$lib/roles';
import { formObject } from '$lib/schemas/form-errors';
import { lotIdSchema, splitCountSchema } from '$lib/schemas/lot-split';
import { requireRole } from '$lib/server/guards';
import { loadCaseHolds } from '$lib/server/holds/case-holds';
import { liftHold, placeHold } from '$lib/server/holds/hold-actions';
import { mayHoldEvidence } from '$lib/server/holds/hold-roles';
import { verifyCaseChain } from '$lib/server/seizures/case-detail';
import { loadCasePage } from '$lib/server/seizures/case-page';
import { mayRecordCare } from '$lib/server/seizures/care-roles';
import { handoverAction, handoverDefaults } from '$lib/server/seizures/handover-action';
import { findLotOfCase, SHOWN_CODES, splitOutOfLot, type SplitResult } from '$lib/server/seizures/lot-split';
import { photoUploadAction } from '$lib/server/seizures/photo-upload-action';
import { isUuid } from '$lib/server/seizures/species-ref';
import { itemKindsFor } from '$lib/server/dispositions/disposition-roles';
import { disposeItemOfCase, loadItemDisposal } from '$lib/server/dispositions/item-disposal';
import type { Actions, PageServerLoad } from './$types';

/** A 5,000-animal seizure has over 5,000 events: the timeline is read one page at a time. */
const TIMELINE_PAGE_SIZE = 50;

/** Unknown, unreadable (RLS) and malformed ids are the same 404: a guessed id reveals nothing. */
function notFound(locals: App.Locals): never {
	error(404, messages(locals.locale).errors.notFound);
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const staff = await requireRole(locals, ...STAFF_ROLES);
	if (!isUuid(params.caseId)) notFound(locals);
	const eventsPage = pageNumberSchema.parse(url.searchParams.get('events'));
	const mayRecord = mayRecordCare(staff.role);
	// One database call for everything but the chain verification and the evidence holds (see
	// case-page.ts); it fetches neither the case's animals nor more than one page of its events.
	const [casePage, holds] = await Promise.all([
		loadCasePage(locals.supabase, params.caseId, { page: eventsPage, pageSize: TIMELINE_PAGE_SIZE }),
		loadCaseHolds(locals.supabase, params.caseId)
	]);
	if (!casePage) notFound(locals);
	const { records: detail, timeline, photos } = casePage;
	// `?item=<id>`: an administrator's "Hand over or destroy" panel for one item (null otherwise, no query).
	const itemDisposal = await loadItemDisposal(locals.supabase, staff, params.caseId, detail.items, url);

	// Recomputing every hash takes longer than the rest of the page for a big case: it is streamed
	// in after the page is shown (without JavaScript, ?verify waits for it). Started only now: the
	// embedded database answers one query at a time, so started earlier it would delay the page.
	// One turn of the event loop lets supabase-js send its request before rendering starts (an
	// API call made during rendering gets a warning); the empty catch only keeps a redirect below
	// from leaving it unhandled, the page still receives its outcome.
	const custodyChain = verifyCaseChain(locals.supabase, params.caseId);
	custodyChain.catch(() => {});
	await new Promise((resolve) => setImmediate(resolve));

	const pageCount = Math.max(1, Math.ceil(timeline.total / TIMELINE_PAGE_SIZE));
	if (eventsPage > pageCount) {
		const query = new URLSearchParams(url.searchParams);
		if (pageCount === 1) query.delete('events');
		else query.set('events', String(pageCount));
		redirect(303, `${url.pathname}?${query}#timeline`);
	}
	return {
		detail,
		custodyChain: url.searchParams.has('verify') ? await custodyChain : custodyChain,
		timeline: { events: timeline.events, total: timeline.total, page: eventsPage, pageCount, pageSize: TIMELINE_PAGE_SIZE },
		photos,
		holds,
		mayHold: mayHoldEvidence(staff.role),
		mayRecord,
		maySplit: mayRecordIntake(staff.role),
		handoverDefaults: mayRecord ? handoverDefaults(staff) : {},
		mayDisposeItems: itemKindsFor(staff.role).length > 0,
		itemDisposal
	};
};

export const actions: Actions = {
	/** "Split N animals out to individual records" for one group lot of this case. */
	split: async ({ request, locals, params }) => {
		const m = messages(locals.locale).cases;
		const form = formObject(await request.formData());
		const lotId = lotIdSchema.safeParse(form);
		if (!lotId.success || !isUuid(params.caseId)) {
			return fail(404, { split: { lotId: '', ok: false, message: m.splitLotUnknown } satisfies SplitResult });
		}
		const refuse = (status: number, message: string) =>
			fail(status, { split: { lotId: lotId.data.lotId, ok: false, message } satisfies SplitResult });

		// The same roles the animals insert policy allows; checked here to answer in words, not a 403 page.
		const { staff } = await locals.safeGetSession();
		if (!staff?.active || !mayRecordIntake(staff.role)) return refuse(403, m.splitForbidden);
		const lot = await findLotOfCase(locals.supabase, params.caseId, lotId.data.lotId);
		if (!lot) return refuse(404, m.splitLotUnknown);
		if (lot.inCare === 0) return refuse(409, m.splitTooMany);
		const count = splitCountSchema(lot.inCare).safeParse(form);
		if (!count.success) return refuse(400, m.splitInvalid(lot.inCare));

		let outcome: Awaited<ReturnType<typeof splitOutOfLot>>;
		try {
			outcome = await splitOutOfLot(locals.supabase, lot, count.data.count);
		} catch (err) {
			// Answered next to the form, which keeps the count typed, rather than with an error page.
			console.error(err);
			return refuse(500, m.splitFailed);
		}
		if (!outcome.ok) return outcome.reason === 'too_many' ? refuse(409, m.splitTooMany) : refuse(403, m.splitForbidden);
		const split: SplitResult = {
			lotId: lot.id,
			ok: true,
			codes: outcome.codes.slice(0, SHOWN_CODES),
			more: Math.max(0, outcome.codes.length - SHOWN_CODES)
		};
		return { split };
	},

	uploadPhoto: async (event) => {
		if (!isUuid(event.params.caseId)) notFound(event.locals);
		return photoUploadAction(event, { caseId: event.params.caseId });
	},

	/** A custody event about the whole case; RLS refuses a case the caller cannot read. */
	handover: async (event) => {
		if (!isUuid(event.params.caseId)) notFound(event.locals);
		return handoverAction(event, { caseId: event.params.caseId });
	},

	placeHold: async (event) => {
		if (!isUuid(event.params.caseId)) notFound(event.locals);
		return placeHold(event, event.params.caseId);
	},

	liftHold: async (event) => {
		if (!isUuid(event.params.caseId)) notFound(event.locals);
		return liftHold(event, event.params.caseId);
	},

	/** An evidence item handed over or destroyed (administrators), posted to `?item=<id>&/disposeItem`. */
	disposeItem: async (event) => disposeItemOfCase(event)
};
