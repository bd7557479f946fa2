-- A keeper appends custody events (handovers name both parties; the ledger fills position, hashes
-- and recorder itself) but cannot record events that end custody, nor change, delete or truncate
-- any event.
begin;
set local search_path = public, extensions;
select plan(31);

select tests.authenticate_as('keeper');

select ok(public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-LEDGER-1')) is not null, 'the keeper records a seizure');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-LEDGER-2'))), 'and another one');
select ok(
  tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-LEDGER-3', items => '[]'))),
  'and a third one'
);
select is((select count(*) from public.custody_events where case_id = tests.case_id('s'))::int, 6, 'the case starts with 6 events');

-- A handover of the first python to the vet. Position, recorder, subject and hashes sent by the
-- client are ignored.
select lives_ok(
  $$insert into public.custody_events (case_id, animal_id, event_type, occurred_at, place,
      from_name, from_agency, to_name, to_agency, purpose,
      position, subject, recorded_by, recorded_at, prev_hash, row_hash, photo_sha256)
    select a.case_id, a.id, 'handed_over', now() - interval '1 hour', 'Quarantine block B',
      'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre', 'Dr. Dara Lim', 'Phnom Tamao Wildlife Rescue Centre', 'Intake examination',
      1, 'case', '00000000-0000-4000-8000-0000000000a1', '2000-01-01', repeat('a', 64), repeat('b', 64), array[repeat('c', 64)]
    from public.animals a where a.code = (tests.recall('s') -> 'lots' -> 0 -> 'animalCodes' ->> 0)$$,
  'the keeper records a handover of an animal'
);
select results_eq(
  $$select position, subject::text, recorded_by, recorded_at = now(), photo_sha256
    from public.custody_events where case_id = tests.case_id('s') and event_type = 'handed_over'$$,
  $$values (7, 'animal', '00000000-0000-4000-8000-0000000000a3'::uuid, true, '{}'::text[])$$,
  'the event takes the next position, the animal as subject, and the keeper as recorder, whatever was sent'
);
select is(
  (select prev_hash from public.custody_events where case_id = tests.case_id('s') and position = 7),
  (select row_hash from public.custody_events where case_id = tests.case_id('s') and position = 6),
  'the event links to the hash of the event before it'
);
select ok(
  (select row_hash ~ '^[0-9a-f]{64}$' and row_hash = public.custody_event_hash(prev_hash, public.custody_event_canonical(e))
   from public.custody_events e where case_id = tests.case_id('s') and position = 7),
  'the event''s hash is the SHA-256 of the previous hash and its content'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 7)$$,
  'the chain still verifies, now with 7 events'
);
select lives_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency, corrects_event_id, correction_reason)
    select case_id, 'moved', now(), 'Quarantine block B', 'Dr. Dara Lim', 'Phnom Tamao Wildlife Rescue Centre', id, 'Wrong block recorded'
    from public.custody_events where case_id = tests.case_id('s') and position = 7$$,
  'the keeper records a correcting event that cites the event it corrects'
);
select is(
  (select corrects_event_id from public.custody_events where case_id = tests.case_id('s') and position = 8),
  (select id from public.custody_events where case_id = tests.case_id('s') and position = 7),
  'the correction is appended at position 8'
);

-- Refused events.
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, from_name, from_agency, to_agency)
    values (tests.case_id('s'), 'handed_over', now(), 'Quarantine block B', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '23502', null, 'an event without a receiving party is refused'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'handed_over', now(), 'Quarantine block B', 'Dr. Dara Lim', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '23514', null, 'a handover without the releasing party is refused'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, from_name, to_name, to_agency)
    values (tests.case_id('s'), 'transported', now(), 'National Road 4', 'Chea Sophal', 'Driver Pich', 'Forestry Administration')$$,
  '23514', null, 'a transport without the releasing party''s agency is refused'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'moved', now() + interval '1 day', 'Quarantine block B', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '23514', null, 'an event in the future is refused'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency, corrects_event_id)
    select case_id, 'moved', now(), 'Quarantine block C', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre', id
    from public.custody_events where case_id = tests.case_id('s') and position = 7$$,
  '23514', null, 'a correction without a reason is refused'
);
select throws_ok(
  $$insert into public.custody_events (case_id, lot_id, event_type, occurred_at, place, to_name, to_agency)
    select tests.case_id('s'), l.id, 'moved', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre'
    from public.lots l where l.case_id = tests.case_id('other') and l.count_received = 12$$,
  '23503', null, 'an event cannot cite a lot of another case'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'died', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '22023', null, 'a death is not recorded as a plain custody event'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'released', now(), 'Kulen Prom Tep', 'Srey Mom Keo', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '22023', null, 'a release is not recorded as a plain custody event'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, from_name, from_agency, to_name, to_agency)
    values (tests.case_id('s'), 'transferred_out', now(), 'Gate', 'Vannak Sok', 'PTWRC', 'Angkor Centre', 'ACCB')$$,
  '22023', null, 'a transfer out is not recorded as a plain custody event'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'euthanized', now(), 'Clinic', 'Dr. Dara Lim', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '22023', null, 'a euthanasia is not recorded as a plain custody event'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'destroyed', now(), 'Incinerator', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '22023', null, 'a destruction is not recorded as a plain custody event'
);

-- The ledger is append-only.
select throws_ok(
  $$update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot change an event'
);
select throws_ok(
  $$delete from public.custody_events where case_id = tests.case_id('s') and position = 8$$,
  '42501', null, 'the keeper cannot delete an event'
);
select throws_ok($$truncate public.custody_events$$, '42501', null, 'the keeper cannot truncate the ledger');

select results_eq(
  $$select array_agg(position order by position) from public.custody_events where case_id = tests.case_id('s')$$,
  $$values (array[1, 2, 3, 4, 5, 6, 7, 8])$$,
  'refused events took no position: the chain has no gap'
);
select results_eq(
  $$select valid, events, first_broken_event_id from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 8, null::uuid)$$,
  'the chain verifies with its 8 events'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('other'))$$,
  $$values (true, 5)$$,
  'the chain of another case is separate: it starts at 1 and verifies'
);
select is(
  (select min(position) from public.custody_events where case_id = tests.case_id('other')),
  1, 'each case has its own positions'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(gen_random_uuid())$$,
  $$values (true, 0)$$,
  'a case without events verifies as empty'
);
select is(
  (select count(*) from public.custody_events where case_id = tests.case_id('s') and position = 1 and event_type = 'seized')::int,
  1, 'the seizure itself is still the first event'
);

select * from finish();
rollback;
