import { z } from 'zod';
import { STAFF_ROLES } from '$lib/roles';
import { email, issue, optionalText } from './common';

/** bcrypt reads only the first 72 bytes of a password, so longer ones would be silently cut. */
const PASSWORD_MAX_BYTES = 72;

export const newStaffSchema = z.object({
	email,
	password: z
		.string({ error: issue('temp_password_required') })
		.min(12, issue('temp_password_too_short'))
		.refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, issue('temp_password_too_long')),
	full_name: z
		.string({ error: issue('full_name_required') })
		.trim()
		.min(2, issue('full_name_too_short'))
		.max(200, issue('full_name_too_long')),
	role: z.enum(STAFF_ROLES, { error: issue('role_required') }),
	agency: optionalText(200, 'agency_too_long'),
	id_number: optionalText(100, 'id_number_too_long')
});

export type NewStaff = z.infer<typeof newStaffSchema>;

/** Activation changes need an explicit confirmation, also without JavaScript. */
export const staffActiveSchema = z.object({
	user_id: z.uuid(issue('staff_unknown')),
	active: z.enum(['true', 'false'], { error: issue('active_invalid') }).transform((v) => v === 'true'),
	confirm: z.literal('on', { error: issue('confirm_required') })
});

export type StaffActiveChange = z.infer<typeof staffActiveSchema>;
