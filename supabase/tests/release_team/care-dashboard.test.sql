-- The release team reads the care dashboard: the figures they plan releases by.
begin;
set local search_path = public, extensions;
select plan(2);

select tests.authenticate_as('vet');
select tests.remember('vet', public.care_dashboard());
select tests.authenticate_as('release_team');
select lives_ok($$select public.care_dashboard()$$, 'the release team reads the dashboard');
select is(public.care_dashboard(), tests.recall('vet'), 'with the same figures as the vet');

select * from finish();
rollback;
