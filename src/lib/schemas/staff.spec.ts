import { describe, expect, it } from 'vitest';
import { fieldErrors, formObject } from './form-errors';
import { newStaffSchema, staffActiveSchema } from './staff';

const valid = {
	email: 'new.keeper@rescue-ledger.test',
	password: 'long-enough-pass',
	full_name: '  Chan Vuthy ',
	role: 'keeper',
	agency: '',
	id_number: ''
};

describe('newStaffSchema', () => {
	it('accepts a complete account and turns blank optional fields into null', () => {
		expect(newStaffSchema.parse(valid)).toEqual({
			email: 'new.keeper@rescue-ledger.test',
			password: 'long-enough-pass',
			full_name: 'Chan Vuthy',
			role: 'keeper',
			agency: null,
			id_number: null
		});
	});

	it('keeps agency and ID number, trimmed', () => {
		const r = newStaffSchema.parse({ ...valid, agency: ' Forestry Administration ', id_number: ' FA-0042 ' });
		expect([r.agency, r.id_number]).toEqual(['Forestry Administration', 'FA-0042']);
	});

	it('accepts a form without the optional fields at all', () => {
		const { agency: _a, id_number: _i, ...rest } = valid;
		expect(newStaffSchema.parse(rest).agency).toBeNull();
	});

	it('refuses a temporary password under 12 characters', () => {
		const r = newStaffSchema.safeParse({ ...valid, password: 'short-11chr' });
		expect(fieldErrors(r.error!).password).toBe('temp_password_too_short');
	});

	it('refuses a password longer than bcrypt reads', () => {
		const r = newStaffSchema.safeParse({ ...valid, password: 'ក'.repeat(25) });
		expect(fieldErrors(r.error!).password).toBe('temp_password_too_long');
	});

	it('refuses an unknown role and a one-letter name', () => {
		const r = newStaffSchema.safeParse({ ...valid, role: 'superuser', full_name: ' A ' });
		expect(fieldErrors(r.error!)).toEqual({
			role: 'role_required',
			full_name: 'full_name_too_short'
		});
	});

	it('accepts every staff role', () => {
		for (const role of ['admin', 'vet', 'keeper', 'release_team', 'prosecutor']) {
			expect(newStaffSchema.parse({ ...valid, role }).role).toBe(role);
		}
	});

	it('refuses over-long optional fields', () => {
		const r = newStaffSchema.safeParse({ ...valid, id_number: 'x'.repeat(101) });
		expect(fieldErrors(r.error!).id_number).toBe('id_number_too_long');
	});
});

describe('staffActiveSchema', () => {
	const id = '00000000-0000-4000-8000-0000000000a3';

	it('needs the confirmation box', () => {
		const r = staffActiveSchema.safeParse({ user_id: id, active: 'false' });
		expect(fieldErrors(r.error!).confirm).toBe('confirm_required');
	});

	it('reads the target state as a boolean', () => {
		expect(staffActiveSchema.parse({ user_id: id, active: 'false', confirm: 'on' }).active).toBe(false);
		expect(staffActiveSchema.parse({ user_id: id, active: 'true', confirm: 'on' }).active).toBe(true);
	});

	it('refuses a malformed user id', () => {
		expect(staffActiveSchema.safeParse({ user_id: 'abc', active: 'true', confirm: 'on' }).success).toBe(false);
	});
});

describe('formObject', () => {
	it('keeps string fields only', () => {
		const data = new FormData();
		data.set('email', 'a@b.org');
		data.set('file', new Blob(['x']));
		expect(formObject(data)).toEqual({ email: 'a@b.org' });
	});
});
