-- A prosecutor puts a case granted to them on evidence hold and lifts it with the court's
-- reference; a case not granted to them they can neither hold nor see held. Nothing of a hold is
-- rewritten or deleted.
begin;
set local search_path = public, extensions;
select plan(16);

select tests.authenticate_as('keeper');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-HOLD-P-1'))), 'the keeper records a seizure');
select ok(tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-HOLD-P-2'))), 'and another one');
select tests.authenticate_as('admin');
insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5');

select tests.authenticate_as('prosecutor');
select lives_ok(
  format($$insert into public.evidence_holds (case_id, reason, court_reference, placed_by)
    values (%L, 'Trial set for March: the pangolins are exhibits', 'PP-Court 2026/118', '00000000-0000-4000-8000-0000000000a1')$$, tests.case_id('s')),
  'the prosecutor puts the granted case on hold'
);
select results_eq(
  format($$select placed_by, lifted_at from public.evidence_holds where case_id = %L$$, tests.case_id('s')),
  $$values ('00000000-0000-4000-8000-0000000000a5'::uuid, null::timestamptz)$$,
  'recorded as placed by the prosecutor, whoever the request named'
);
select ok(public.case_on_hold(tests.case_id('s')), 'the case is on hold');
select throws_ok(
  format($$insert into public.evidence_holds (case_id, reason) values (%L, 'Second hold for the same trial')$$, tests.case_id('s')),
  'RL201', 'This case is already on evidence hold.', 'a second hold in force is refused'
);
select throws_ok(
  format($$insert into public.evidence_holds (case_id, reason) values (%L, 'Hold on a case not granted')$$, tests.case_id('other')),
  '42501', null, 'a case not granted to the prosecutor cannot be held by them'
);
select throws_ok(
  format($$update public.evidence_holds set reason = 'Rewritten' where case_id = %L$$, tests.case_id('s')),
  '42501', null, 'the reason of a hold is never rewritten'
);
select throws_ok(
  format($$update public.evidence_holds set lift_notes = 'Verdict given' where case_id = %L$$, tests.case_id('s')),
  'RL203', null, 'lifting needs the court''s reference'
);
select lives_ok(
  format($$update public.evidence_holds set lift_court_reference = 'PP-Court 2026/118 judgment', lift_notes = 'Verdict given' where case_id = %L$$, tests.case_id('s')),
  'the prosecutor lifts the hold with the judgment''s reference'
);
select results_eq(
  format($$select lifted_by, lifted_at is not null from public.evidence_holds where case_id = %L$$, tests.case_id('s')),
  $$values ('00000000-0000-4000-8000-0000000000a5'::uuid, true)$$,
  'recorded as lifted by the prosecutor, now'
);
select ok(not public.case_on_hold(tests.case_id('s')), 'the case is no longer on hold');
select throws_ok(
  format($$update public.evidence_holds set lift_court_reference = 'Another' where case_id = %L$$, tests.case_id('s')),
  'RL202', 'This hold was already lifted.', 'a lifted hold is not lifted again'
);
select throws_ok(format($$delete from public.evidence_holds where case_id = %L$$, tests.case_id('s')), '42501', null, 'nor deleted');
select lives_ok(
  format($$insert into public.evidence_holds (case_id, reason) values (%L, 'Appeal lodged: exhibits needed again')$$, tests.case_id('s')),
  'a new hold can be placed after the first was lifted'
);
select is(
  (select count(*)::int from public.evidence_holds where case_id = tests.case_id('s')), 2,
  'and the case keeps both in its history'
);

select * from finish();
rollback;
