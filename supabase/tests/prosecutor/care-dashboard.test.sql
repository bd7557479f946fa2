-- A prosecutor sees nothing of the care dashboard, not even with a case granted to them (the
-- demo grants the boat case): the centre's figures are not evidence of any case.
begin;
set local search_path = public, extensions;
select plan(2);

select tests.authenticate_as('prosecutor');
select isnt_empty($$select 1 from public.lots$$, 'the prosecutor reads the lots of the granted case');
select throws_ok($$select public.care_dashboard()$$, '42501', 'The care dashboard is for the centre''s care staff.',
  'but is refused the dashboard');

select * from finish();
rollback;
