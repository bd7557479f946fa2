import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { requireRole } from '$lib/server/guards';
import { createStaffAccount, listStaff, setStaffActive } from '$lib/server/staff-accounts';
import { fieldErrors, formObject } from '$lib/schemas/form-errors';
import { pageNumberSchema } from '$lib/schemas/page-number';
import { newStaffSchema, staffActiveSchema } from '$lib/schemas/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = await requireRole(locals, 'admin');
	const page = pageNumberSchema.parse(url.searchParams.get('page'));
	const staffPage = await listStaff(locals.supabase, admin.centreId, page);
	if (page > staffPage.pageCount) redirect(303, `/admin/staff?page=${staffPage.pageCount}`);
	return { staffPage, selfId: admin.userId };
};

export const actions: Actions = {
	createStaff: async ({ request, locals }) => {
		const admin = await requireRole(locals, 'admin');
		const form = formObject(await request.formData());
		// Everything but the password goes back into the form.
		const { password: _password, ...values } = form;
		const parsed = newStaffSchema.safeParse(form);
		if (!parsed.success) return fail(400, { create: { errors: fieldErrors(parsed.error), values } });

		const result = await createStaffAccount(locals.supabase, admin.centreId, parsed.data);
		if (!result.ok) {
			if (result.reason === 'email_taken') {
				return fail(409, { create: { errors: { email: 'email_taken' as const }, values } });
			}
			console.error('creating a staff account failed:', result.detail);
			const message = messages(locals.locale).staff.createFailed;
			return fail(500, { create: { errors: {}, values, message } });
		}
		return { created: { fullName: parsed.data.full_name, email: parsed.data.email } };
	},

	setActive: async ({ request, locals }) => {
		const admin = await requireRole(locals, 'admin');
		const m = messages(locals.locale);
		const form = formObject(await request.formData());
		const parsed = staffActiveSchema.safeParse(form);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { activation: { userId: form.user_id ?? '', message: errors.confirm ? m.validation[errors.confirm] : m.staff.changeNotUnderstood, ok: false } });
		}
		const { user_id: userId, active } = parsed.data;
		// An admin who deactivates themselves may leave the centre with no one to undo it.
		if (userId === admin.userId && !active) {
			return fail(400, { activation: { userId, message: m.staff.cannotDeactivateSelf, ok: false } });
		}
		if (!(await setStaffActive(locals.supabase, admin.centreId, userId, active))) {
			return fail(404, { activation: { userId, message: m.staff.notInCentre, ok: false } });
		}
		return { activation: { userId, message: active ? m.staff.activated : m.staff.deactivatedDone, ok: true } };
	}
};
