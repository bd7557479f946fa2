import { beforeAll, describe, expect, it } from 'vitest';
import { client, clientAs, demo } from '../support/clients.ts';

/**
 * supabase-js against the stack's /rest/v1 (the real PostgREST): the calls the app makes must
 * behave as on a hosted Supabase project. Centres made here carry a run tag so that parallel test
 * files never see each other's rows.
 */
const tag = `contract-${Date.now().toString(36)}`;
const codes = ['QA', 'QB', 'QC', 'QD', 'QE'].map((c) => c + String.fromCharCode(65 + Math.floor(Math.random() * 26)) + String.fromCharCode(65 + Math.floor(Math.random() * 26)));

describe('PostgREST through supabase-js', () => {
	const service = client('service');

	beforeAll(async () => {
		const { error } = await service
			.from('centres')
			.insert(codes.map((code, i) => ({ code, name: `${tag} centre ${i}`, name_km: i % 2 ? null : 'មជ្ឈមណ្ឌល' })));
		expect(error).toBeNull();
	});

	it('selects with an embedded relation and filters', async () => {
		const { data, error } = await service
			.from('staff')
			.select('full_name, role, centre:centres(code, name)')
			.eq('role', 'vet')
			.eq('user_id', demo.vet.id);
		expect(error).toBeNull();
		expect(data).toEqual([{ full_name: 'Dr. Dara Lim', role: 'vet', centre: { code: 'PT', name: 'Phnom Tamao Wildlife Rescue Centre' } }]);
	});

	it('filters with in, ilike, or, not and is', async () => {
		const mine = () => service.from('centres').select('code').ilike('name', `${tag}%`);
		const inList = await mine().in('code', [codes[0], codes[3]]).order('code');
		expect(inList.data?.map((r) => r.code)).toEqual([codes[0], codes[3]].sort());
		const either = await mine().or(`code.eq.${codes[1]},code.eq.${codes[2]}`);
		expect(either.data?.map((r) => r.code).sort()).toEqual([codes[1], codes[2]].sort());
		const withoutKhmer = await mine().is('name_km', null);
		expect(withoutKhmer.data).toHaveLength(2);
		const withKhmer = await mine().not('name_km', 'is', null);
		expect(withKhmer.data).toHaveLength(3);
		const none = await mine().ilike('name', '%no such centre%');
		expect(none.data).toEqual([]);
	});

	it('orders and pages with an exact count', async () => {
		const { data, count, error } = await service
			.from('centres')
			.select('name', { count: 'exact' })
			.ilike('name', `${tag}%`)
			.order('name', { ascending: false })
			.range(1, 2);
		expect(error).toBeNull();
		expect(count).toBe(5);
		expect(data?.map((r) => r.name)).toEqual([`${tag} centre 3`, `${tag} centre 2`]);
	});

	it('answers single and maybeSingle as Supabase does', async () => {
		const one = await service.from('centres').select('code').eq('code', codes[0]).single();
		expect(one.data).toEqual({ code: codes[0] });
		const missing = await service.from('centres').select('code').eq('code', 'ZZZZ').maybeSingle();
		expect(missing).toMatchObject({ data: null, error: null });
		const notOne = await service.from('centres').select('code').ilike('name', `${tag}%`).single();
		expect(notOne.error?.code).toBe('PGRST116');
	});

	it('inserts, upserts, updates and deletes with returning', async () => {
		const code = 'QZ' + codes[0].slice(2);
		const inserted = await service.from('centres').insert({ code, name: `${tag} upsert` }).select('code, name').single();
		expect(inserted.data).toEqual({ code, name: `${tag} upsert` });
		const upserted = await service
			.from('centres')
			.upsert({ code, name: `${tag} upserted` }, { onConflict: 'code' })
			.select('name')
			.single();
		expect(upserted.data).toEqual({ name: `${tag} upserted` });
		const updated = await service.from('centres').update({ name_km: 'ថ្មី' }).eq('code', code).select('name_km');
		expect(updated.data).toEqual([{ name_km: 'ថ្មី' }]);
		const deleted = await service.from('centres').delete().eq('code', code).select('code');
		expect(deleted.data).toEqual([{ code }]);
		const gone = await service.from('centres').select('code').eq('code', code);
		expect(gone.data).toEqual([]);
	});

	it('calls functions over rpc as the signed-in user', async () => {
		const keeper = await clientAs(demo.keeper.id);
		expect((await keeper.rpc('has_role', { roles: ['keeper'] })).data).toBe(true);
		expect((await keeper.rpc('has_role', { roles: ['admin', 'vet'] })).data).toBe(false);
		const anon = await client('anon').rpc('has_role', { roles: ['admin'] });
		expect(anon.error?.code).toBe('42501');
	});
});

describe('row-level security seen through the API', () => {
	it('lets staff read the staff list and refuses anon', async () => {
		const keeper = await clientAs(demo.keeper.id);
		const { data } = await keeper.from('staff').select('role').order('role');
		expect(data?.map((r) => r.role)).toEqual(expect.arrayContaining(['admin', 'vet', 'keeper', 'release_team', 'prosecutor']));
		const anon = await client('anon').from('staff').select('role');
		expect(anon.error?.code).toBe('42501');
		expect(anon.data).toBeNull();
	});

	it('shows a signed-in user who is not staff nothing', async () => {
		const stranger = await clientAs(crypto.randomUUID());
		const { data, error } = await stranger.from('staff').select('role');
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('refuses staff writes by a non-admin and changes nothing', async () => {
		const keeper = await clientAs(demo.keeper.id);
		const promote = await keeper.from('staff').update({ role: 'admin' }).eq('user_id', demo.keeper.id).select();
		expect(promote.data).toEqual([]);
		const insert = await keeper.from('staff').insert({
			user_id: demo.vet.id,
			centre_id: '00000000-0000-4000-8000-000000000001',
			full_name: 'Impostor',
			role: 'admin'
		});
		expect(insert.error?.code).toBe('42501');
		const removal = await keeper.from('staff').delete().eq('user_id', demo.vet.id).select();
		expect(removal.data).toEqual([]);
		const roles = await client('service').from('staff').select('user_id, role').in('user_id', [demo.keeper.id, demo.vet.id]).order('role');
		expect(roles.data).toEqual([
			{ user_id: demo.vet.id, role: 'vet' },
			{ user_id: demo.keeper.id, role: 'keeper' }
		]);
	});

	it('lets an admin change a staff record', async () => {
		const admin = await clientAs(demo.admin.id);
		const { data, error } = await admin.from('staff').update({ id_number: 'WRRT-0042' }).eq('user_id', demo.release.id).select('id_number');
		expect(error).toBeNull();
		expect(data).toEqual([{ id_number: 'WRRT-0042' }]);
	});
});
