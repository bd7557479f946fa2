import { z } from 'zod';
import { STAFF_ROLES } from '$lib/roles';
import { email, optionalText } from './common';

/** bcrypt reads only the first 72 bytes of a password, so longer ones would be silently cut. */
const PASSWORD_MAX_BYTES = 72;

export const newStaffSchema = z.object({
	email,
	password: z
		.string({ error: 'Enter a temporary password.' })
		.min(12, 'The temporary password needs at least 12 characters.')
		.refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, 'The temporary password may have at most 72 bytes.'),
	full_name: z
		.string({ error: 'Enter the full name.' })
		.trim()
		.min(2, 'Enter the full name (at least 2 characters).')
		.max(200, 'The full name may have at most 200 characters.'),
	role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
	agency: optionalText(200, 'The agency may have at most 200 characters.'),
	id_number: optionalText(100, 'The ID number may have at most 100 characters.')
});

export type NewStaff = z.infer<typeof newStaffSchema>;

/** Activation changes need an explicit confirmation, also without JavaScript. */
export const staffActiveSchema = z.object({
	user_id: z.uuid('Unknown staff member.'),
	active: z.enum(['true', 'false'], { error: 'Say whether to activate or deactivate.' }).transform((v) => v === 'true'),
	confirm: z.literal('on', { error: 'Tick the box to confirm.' })
});

export type StaffActiveChange = z.infer<typeof staffActiveSchema>;

export const staffPageSchema = z.coerce.number().int().min(1).catch(1);
