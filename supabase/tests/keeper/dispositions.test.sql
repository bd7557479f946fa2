-- A keeper records deaths and escapes: the animal's status or the lot's counts change, a custody
-- event of that type is chained, and the details are kept. A second ending of the same animal,
-- more animals than the lot holds, a plain custody event of a disposition type, a transfer or a
-- release are refused, and a refusal writes nothing.
begin;
set local search_path = public, extensions;
select plan(16);

select tests.authenticate_as('keeper');
select ok(tests.remember('d', public.record_seizure(tests.seizure_payload('SQLTEST-DISP-K-1'))), 'the keeper records a seizure');

select lives_ok(
  format($$select public.record_disposition('died', now() - interval '1 hour', 'Snake house, pen 3',
    p_animal_id => %L, p_found_dead => true, p_cause => 'Found dead at the morning round, no wounds')$$, tests.animal_id('d', 0, 0)),
  'the keeper records a python found dead'
);
select is((select status::text from public.animals where id = tests.animal_id('d', 0, 0)), 'died', 'the python is recorded dead');
select results_eq(
  format($$select e.event_type::text, e.head_count, e.to_name, e.purpose from public.custody_events e
    join public.dispositions d on d.custody_event_id = e.id where d.animal_id = %L$$, tests.animal_id('d', 0, 0)),
  $$values ('died', 1, 'Vannak Sok', 'Found dead: Found dead at the morning round, no wounds')$$,
  'a died custody event names the keeper and the cause'
);
select throws_ok(
  format($$select public.record_disposition('escaped', now(), 'Snake house', p_animal_id => %L)$$, tests.animal_id('d', 0, 0)),
  'RL301', null, 'an animal already dead cannot escape: custody ends once'
);
select lives_ok(
  format($$select public.record_disposition('escaped', now() - interval '10 minutes', 'Cobra pen 2', p_lot_id => %L, p_count => 2,
    p_notes => 'Mesh torn at the back corner')$$, tests.lot_id('d', 1)),
  'two cobras of the group escaped'
);
select results_eq(
  format($$select in_care, escaped from public.lots where id = %L$$, tests.lot_id('d', 1)),
  $$values (10, 2)$$, 'the group has 10 in care and 2 escaped'
);
select throws_ok(
  format($$select public.record_disposition('died', now(), 'Cobra pen 2', p_lot_id => %L, p_count => 11, p_found_dead => true, p_cause => 'Heat')$$, tests.lot_id('d', 1)),
  'RL302', 'The lot has 10 animals in care as a group: 11 cannot leave.', 'more deaths than the group holds are refused'
);
select throws_ok(
  format($$select public.record_disposition('died', now(), 'Cobra pen 2', p_lot_id => %L)$$, tests.lot_id('d', 1)),
  'RL302', null, 'a lot disposition says how many'
);
select throws_ok(
  format($$select public.record_disposition('died', now() + interval '1 day', 'Snake house', p_animal_id => %L, p_found_dead => true, p_cause => 'Unknown')$$, tests.animal_id('d', 0, 1)),
  'RL010', null, 'a death in the future is refused'
);
select throws_ok(
  format($$select public.record_disposition('died', now() - interval '30 days', 'Snake house', p_animal_id => %L, p_found_dead => true, p_cause => 'Unknown')$$, tests.animal_id('d', 0, 1)),
  'RL305', null, 'a death before the seizure is refused'
);
select throws_ok(
  format($$select public.record_disposition('transferred_out', now(), 'Gate', p_animal_id => %L, p_receiving_organisation => 'Angkor Centre',
    p_permit_number => 'P-1', p_received_by_name => 'Bun Thy')$$, tests.animal_id('d', 0, 1)),
  '42501', null, 'a keeper does not transfer animals out'
);
select throws_ok(
  format($$select public.record_disposition('released', now(), 'Forest', p_animal_id => %L)$$, tests.animal_id('d', 0, 1)),
  'RL306', null, 'a release is not recorded as a plain disposition'
);
select throws_ok(
  format($$insert into public.dispositions (case_id, kind, animal_id, head_count, occurred_at, place, custody_event_id, found_dead, cause)
    select case_id, 'died', id, 1, now(), 'Snake house', gen_random_uuid(), true, 'Forged' from public.animals where id = %L$$, tests.animal_id('d', 0, 1)),
  '42501', null, 'nobody writes dispositions directly'
);
select is((select status::text from public.animals where id = tests.animal_id('d', 0, 1)), 'in_care', 'the refusals left the second python in care');
select ok((select valid from public.verify_custody_chain(tests.case_id('d'))), 'the chain verifies with its dispositions');

select * from finish();
rollback;
