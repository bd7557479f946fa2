-- Keepers (as vets and the release team) see a case's evidence holds but neither place nor lift one.
begin;
set local search_path = public, extensions;
select plan(5);

select tests.authenticate_as('keeper');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-HOLD-K-1'))), 'the keeper records a seizure');
select throws_ok(
  format($$insert into public.evidence_holds (case_id, reason) values (%L, 'Keeper thinks it is evidence')$$, tests.case_id('s')),
  '42501', null, 'the keeper cannot put it on hold'
);
select tests.authenticate_as('admin');
select lives_ok(
  format($$insert into public.evidence_holds (case_id, reason) values (%L, 'Prosecutor''s letter of 2 June')$$, tests.case_id('s')),
  'the admin puts it on hold'
);
select tests.authenticate_as('keeper');
select is(
  (select reason from public.evidence_holds where case_id = tests.case_id('s') and lifted_at is null), 'Prosecutor''s letter of 2 June',
  'the keeper sees the hold'
);
select is_empty(
  format($$update public.evidence_holds set lift_court_reference = 'none' where case_id = %L returning 1$$, tests.case_id('s')),
  'but cannot lift it'
);

select * from finish();
rollback;
