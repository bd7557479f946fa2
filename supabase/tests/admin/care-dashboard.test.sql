-- The admin reads the care dashboard as the vet does. It runs with the caller's rights (security
-- invoker), so a centre's figures are its own: a keeper of another centre sees only theirs, and
-- their seizure changes nothing on this centre's dashboard.
begin;
set local search_path = public, extensions;
select plan(7);

select is(
  (select array[prosecdef::text, provolatile::text] from pg_proc where oid = 'public.care_dashboard(integer)'::regprocedure),
  array['false', 's'], 'care_dashboard() is security invoker and stable'
);

select tests.authenticate_as('vet');
select ok(tests.remember('vet', public.care_dashboard()), 'the vet reads the dashboard');
select tests.authenticate_as('admin');
select is(public.care_dashboard(), tests.recall('vet'), 'the admin reads the same figures');

-- Another centre with a keeper of its own.
reset role;
insert into public.centres (id, code, name) values ('00000000-0000-4000-8000-000000000002', 'KK', 'Koh Kong Test Centre');
insert into auth.users (id, aud, role, email) values ('00000000-0000-4000-8000-0000000000f2', 'authenticated', 'authenticated', 'kk.keeper@rescue-ledger.test');
insert into public.staff (user_id, centre_id, full_name, role) values ('00000000-0000-4000-8000-0000000000f2', '00000000-0000-4000-8000-000000000002', 'Kosal Prak', 'keeper');
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000f2","role":"authenticated"}', true) is not null as claims;
set local role authenticated;
select ok(tests.remember('kk_seizure', public.record_seizure(tests.seizure_payload('SQLTEST-DASHBOARD-KK'))), 'the other centre''s keeper records a seizure of 15 reptiles');
select is(
  public.care_dashboard() -> 'census',
  '[{"taxonClass": "reptile", "inCare": 15, "released": 0, "transferred": 0, "died": 0, "euthanized": 0, "escaped": 0}]'::jsonb,
  'their dashboard counts only their own centre''s animals'
);
select is(public.care_dashboard() #> '{occupancy,areas}', '[]'::jsonb, 'and none of this centre''s places');

reset role;
select tests.authenticate_as('admin');
select is(public.care_dashboard(), tests.recall('vet'), 'this centre''s dashboard is unchanged by the other centre''s seizure');

select * from finish();
rollback;
