-- The release team reads every case of the centre (not offender details), appends custody events
-- and records photos; they cannot record seizures, split animals out of lots, change counts,
-- animals, cases or items, nor change or delete custody events.
begin;
set local search_path = public, extensions;
select plan(19);

select tests.authenticate_as('keeper');
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-RELEASE-001', extra => '{"offenderDetails": "Driver of truck 2A-1234"}'))),
  'the keeper records a seizure'
);

select tests.authenticate_as('release_team');
select results_eq(
  $$select case_number from public.seizure_cases where id = tests.case_id('s')$$,
  $$values ('SQLTEST-RELEASE-001')$$,
  'the release team sees the case'
);
select results_eq(
  $$select (select count(*)::int from public.lots where case_id = tests.case_id('s')),
           (select count(*)::int from public.animals where case_id = tests.case_id('s')),
           (select count(*)::int from public.evidence_items where case_id = tests.case_id('s')),
           (select count(*)::int from public.custody_events where case_id = tests.case_id('s'))$$,
  $$values (2, 3, 1, 6)$$,
  'and its 2 lots, 3 animals, 1 item and 6 custody events'
);
select is_empty($$select * from public.case_parties where case_id = tests.case_id('s')$$, 'the release team cannot read the offender details');

select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-RELEASE-002'))$$,
  '42501', null, 'the release team cannot record a seizure'
);
select is(
  (select count(*) from public.seizure_cases where case_number = 'SQLTEST-RELEASE-002')::int,
  0, 'the refused seizure left no case'
);
select throws_ok(
  $$insert into public.animals (case_id, lot_id, species_id)
    select case_id, id, species_id from public.lots where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the release team cannot split animals out of a lot'
);
select throws_ok(
  $$update public.lots set in_care = in_care - 1, released = released + 1 where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the release team cannot record releases by changing counts'
);
select is_empty(
  $$update public.lots set notes = 'Ready for release' where case_id = tests.case_id('s') returning 1$$,
  'the release team cannot annotate a lot'
);
select is_empty(
  $$update public.animals set ring = 'R-0001' where case_id = tests.case_id('s') returning 1$$,
  'the release team cannot change an animal''s identification'
);
select is_empty(
  $$update public.seizure_cases set status = 'closed' where id = tests.case_id('s') returning 1$$,
  'the release team cannot change a case'
);
select is_empty(
  $$update public.evidence_items set description = 'Something else' where case_id = tests.case_id('s') returning 1$$,
  'the release team cannot correct an item'
);

select lives_ok(
  $$insert into public.custody_events (case_id, lot_id, event_type, occurred_at, place, from_name, from_agency, to_name, to_agency, purpose)
    select case_id, id, 'handed_over', now(), 'Soft-release enclosure', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre',
      'Srey Mom Keo', 'Phnom Tamao Wildlife Rescue Centre', 'Pre-release assessment'
    from public.lots where case_id = tests.case_id('s') and count_received = 12$$,
  'the release team records a handover of the group to them'
);
select results_eq(
  $$select position, recorded_by from public.custody_events where case_id = tests.case_id('s') and event_type = 'handed_over'$$,
  $$values (7, '00000000-0000-4000-8000-0000000000a4'::uuid)$$,
  'it is appended at position 7, recorded by the release team member'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'released', now(), 'Kulen Prom Tep', 'Srey Mom Keo', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '22023', null, 'a release is not recorded as a plain custody event'
);
select throws_ok(
  $$update public.custody_events set place = 'Elsewhere' where case_id = tests.case_id('s')$$,
  '42501', null, 'the release team cannot change an event'
);
select throws_ok(
  $$delete from public.custody_events where case_id = tests.case_id('s')$$,
  '42501', null, 'the release team cannot delete an event'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 7)$$,
  'the chain verifies with its 7 events'
);
select lives_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/release/assessment.jpg', encode(sha256('assessment'), 'hex'), 4096, 'image/jpeg')$$,
  'the release team records a photo of the case'
);

select * from finish();
rollback;
