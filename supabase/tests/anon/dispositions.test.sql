-- Without signing in nothing of dispositions or releases is readable or callable.
begin;
set local search_path = public, extensions;
select plan(7);

select tests.authenticate_as('anon');
select throws_ok($$select count(*) from public.dispositions$$, '42501', null, 'anon reads no dispositions');
select throws_ok($$select count(*) from public.release_assessments$$, '42501', null, 'no assessments');
select throws_ok($$select count(*) from public.release_events$$, '42501', null, 'no release events');
select throws_ok($$select count(*) from public.release_monitoring$$, '42501', null, 'no monitoring');
select throws_ok(
  $$select public.record_disposition('died', now(), 'Snake house', p_animal_id => gen_random_uuid(), p_found_dead => true, p_cause => 'x')$$,
  '42501', null, 'calls no record_disposition'
);
select throws_ok($$select public.release_board()$$, '42501', null, 'reads no release board');
select throws_ok($$select public.release_sites_summary()$$, '42501', null, 'nor the release sites');

select * from finish();
rollback;
