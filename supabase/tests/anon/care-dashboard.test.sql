-- Without signing in the care dashboard and its helpers cannot even be called.
begin;
set local search_path = public, extensions;
select plan(3);

select tests.authenticate_as('anon');
select throws_ok($$select public.care_dashboard()$$, '42501', null, 'the dashboard is refused');
select throws_ok($$select public.centre_time_zone()$$, '42501', null, 'so is the centre''s time zone');
select throws_ok($$select public.disposition_head_count(null::public.custody_events)$$, '42501', null, 'and the disposition count');

select * from finish();
rollback;
