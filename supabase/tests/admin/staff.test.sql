-- The admin manages staff accounts and the centre.
begin;
set local search_path = public, extensions;
select plan(6);

insert into auth.users (id, aud, role, email) values ('00000000-0000-4000-8000-0000000000f1', 'authenticated', 'authenticated', 'new.keeper@rescue-ledger.test');

select tests.authenticate_as('admin');

select lives_ok(
  $$insert into public.staff (user_id, centre_id, full_name, role)
    values ('00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-000000000001', 'Bopha Nhem', 'keeper')$$,
  'the admin can add a staff member'
);
select results_eq(
  $$update public.staff set role = 'vet' where user_id = '00000000-0000-4000-8000-0000000000f1' returning role::text$$,
  $$values ('vet')$$,
  'the admin can change a role'
);
select results_eq(
  $$update public.staff set active = false where user_id = '00000000-0000-4000-8000-0000000000f1' returning active$$,
  $$values (false)$$,
  'the admin can deactivate a staff member'
);
select results_eq(
  $$update public.centres set name_km = 'ភ្នំតាម៉ៅ' returning code$$,
  $$values ('PT')$$,
  'the admin can change the centre'
);
select results_eq(
  $$select email from public.staff_emails(array['00000000-0000-4000-8000-0000000000a3'::uuid])$$,
  $$values ('keeper@rescue-ledger.test')$$,
  'the admin sees staff sign-in e-mails'
);
select throws_ok(
  $$update public.staff set full_name = ' ' where user_id = '00000000-0000-4000-8000-0000000000f1'$$,
  '23514', null, 'a blank name is refused'
);

select * from finish();
rollback;
