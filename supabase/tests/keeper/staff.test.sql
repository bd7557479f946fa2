-- A keeper reads the staff list and the centre, and changes neither.
begin;
set local search_path = public, extensions;
select plan(9);

select tests.authenticate_as('keeper');

select ok(public.has_role('keeper'), 'has_role(keeper) is true for the keeper');
select ok(not public.has_role('admin', 'vet'), 'has_role(admin, vet) is false for the keeper');
select cmp_ok((select count(*) from public.staff)::int, '>=', 5, 'the keeper sees the staff list');
select results_eq($$select code from public.centres$$, $$values ('PT')$$, 'the keeper sees the centre');

select is_empty(
  $$update public.staff set role = 'admin' where user_id = '00000000-0000-4000-8000-0000000000a3' returning 1$$,
  'the keeper cannot promote themself'
);
select throws_ok(
  $$insert into public.staff (user_id, centre_id, full_name, role)
    values ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-000000000001', 'Impostor', 'admin')$$,
  '42501', null, 'the keeper cannot add staff'
);
select is_empty($$delete from public.staff returning 1$$, 'the keeper cannot remove staff');
select is_empty(
  $$select * from public.staff_emails(array['00000000-0000-4000-8000-0000000000a1'::uuid])$$,
  'the keeper cannot read sign-in e-mails'
);
select is_empty($$update public.centres set name = 'Renamed' returning 1$$, 'the keeper cannot rename the centre');

select * from finish();
rollback;
