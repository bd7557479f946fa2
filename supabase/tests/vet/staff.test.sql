-- A vet whose account was deactivated keeps no role: policies treat them as a stranger, though
-- they may still read their own staff record (so the app can say why they are refused).
begin;
set local search_path = public, extensions;
select plan(5);

select tests.authenticate_as('vet');
select ok(public.has_role('vet'), 'an active vet has the vet role');

reset role;
update public.staff set active = false where user_id = '00000000-0000-4000-8000-0000000000a2';
select tests.authenticate_as('vet');

select ok(not public.has_role('vet'), 'a deactivated vet has no role');
select ok(not public.is_staff(), 'a deactivated vet is not staff');
select results_eq(
  $$select user_id::text from public.staff$$,
  $$values ('00000000-0000-4000-8000-0000000000a2')$$,
  'a deactivated vet sees only their own staff record'
);
select is_empty($$select 1 from public.centres$$, 'a deactivated vet no longer sees the centre');

select * from finish();
rollback;
