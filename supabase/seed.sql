-- Demo data for the embedded stack: one centre and one account per role. Demo passwords only:
-- the start command refuses to run with them when NODE_ENV=production.

insert into public.centres (id, code, name, name_km)
values ('00000000-0000-4000-8000-000000000001', 'PT', 'Phnom Tamao Wildlife Rescue Centre', 'មជ្ឈមណ្ឌលសង្គ្រោះសត្វព្រៃភ្នំតាម៉ៅ');

with demo (id, email, password, full_name, role, agency) as (
  values
    ('00000000-0000-4000-8000-0000000000a1'::uuid, 'admin@rescue-ledger.test', 'demo-admin-2026', 'Sokha Chan', 'admin'::public.staff_role, 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a2'::uuid, 'vet@rescue-ledger.test', 'demo-vet-2026', 'Dr. Dara Lim', 'vet', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a3'::uuid, 'keeper@rescue-ledger.test', 'demo-keeper-2026', 'Vannak Sok', 'keeper', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a4'::uuid, 'release@rescue-ledger.test', 'demo-release-2026', 'Srey Mom Keo', 'release_team', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a5'::uuid, 'prosecutor@rescue-ledger.test', 'demo-prosecutor-2026', 'Rithy Heng', 'prosecutor', 'Phnom Penh Municipal Court')
), users as (
  insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                          raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
  select '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email,
         extensions.crypt(password, extensions.gen_salt('bf', 10)), now(),
         '{"provider":"email","providers":["email"]}', jsonb_build_object('full_name', full_name), now(), now()
  from demo
  returning id
), identities as (
  insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
  select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true), 'email', now(), now()
  from demo
)
insert into public.staff (user_id, centre_id, full_name, role, agency)
select id, '00000000-0000-4000-8000-000000000001', full_name, role, agency from demo;
