-- Without signing in the animal page cannot even be called.
begin;
set local search_path = public, extensions;
select plan(1);

select tests.authenticate_as('anon');
select throws_ok($$select public.animal_page('PT-2026-000001')$$, '42501', null, 'animal_page() is refused');

select * from finish();
rollback;
