-- A prosecutor reads who is who (custody records name staff) and changes nothing.
begin;
set local search_path = public, extensions;
select plan(3);

select tests.authenticate_as('prosecutor');

select cmp_ok((select count(*) from public.staff)::int, '>=', 5, 'the prosecutor sees the staff list');
select is_empty($$update public.staff set agency = 'x' returning 1$$, 'the prosecutor cannot change staff');
select throws_ok(
  $$insert into public.staff (user_id, centre_id, full_name, role)
    values ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-000000000001', 'Impostor', 'admin')$$,
  '42501', null, 'the prosecutor cannot add staff'
);

select * from finish();
rollback;
