-- Anonymous callers (the anon key, no session) see nothing of the centre or its staff.
begin;
set local search_path = public, extensions;
select plan(4);

select tests.authenticate_as('anon');

select throws_ok('select * from public.staff', '42501', null, 'anon cannot read staff');
select throws_ok('select * from public.centres', '42501', null, 'anon cannot read centres');
select throws_ok($$select public.has_role('admin')$$, '42501', null, 'anon cannot call has_role()');
select throws_ok(
  $$insert into public.staff (user_id, centre_id, full_name, role)
    values ('00000000-0000-4000-8000-0000000000a3', '00000000-0000-4000-8000-000000000001', 'X Y', 'admin')$$,
  '42501', null, 'anon cannot add staff'
);

select * from finish();
rollback;
