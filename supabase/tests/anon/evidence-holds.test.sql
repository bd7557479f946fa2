-- Without signing in, evidence holds can be neither read nor asked about.
begin;
set local search_path = public, extensions;
select plan(2);

select tests.authenticate_as('anon');
select throws_ok($$select * from public.evidence_holds$$, '42501', null, 'anon cannot read holds');
select throws_ok($$select public.case_on_hold(gen_random_uuid())$$, '42501', null, 'nor ask whether a case is held');

select * from finish();
rollback;
