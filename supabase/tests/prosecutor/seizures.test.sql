-- A prosecutor reads only the cases granted to them (case, lots, animals, items, custody events,
-- photo records), offender details only when the grant includes them, and nothing once their
-- account is deactivated; they record and change nothing.
begin;
set local search_path = public, extensions;
select plan(32);

select tests.authenticate_as('keeper');
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-PROSECUTOR-001', extra => '{"offenderDetails": "Driver of truck 2A-1234"}'))),
  'the keeper records a seizure'
);
select ok(tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-PROSECUTOR-002'))), 'and another one');
select lives_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/prosecutor/seizure.jpg', encode(sha256('seizure'), 'hex'), 4096, 'image/jpeg')$$,
  'the keeper records a photo of the first seizure'
);

-- Before any grant.
select tests.authenticate_as('prosecutor');
select is_empty($$select * from public.seizure_cases where id in (tests.case_id('s'), tests.case_id('other'))$$, 'the prosecutor sees neither case');
select is_empty($$select * from public.lots where case_id = tests.case_id('s')$$, 'nor its lots');
select is_empty($$select * from public.animals where case_id = tests.case_id('s')$$, 'nor its animals');
select is_empty($$select * from public.evidence_items where case_id = tests.case_id('s')$$, 'nor its evidence items');
select is_empty($$select * from public.custody_events where case_id = tests.case_id('s')$$, 'nor its custody events');
select is_empty($$select * from public.photos where case_id = tests.case_id('s')$$, 'nor its photo records');
select is_empty($$select * from public.case_parties where case_id = tests.case_id('s')$$, 'nor its offender details');
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 0)$$,
  'the chain of a case not granted verifies as empty'
);

-- The admin grants the first case, without offender details.
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5')$$,
  'the admin grants the case to the prosecutor'
);

select tests.authenticate_as('prosecutor');
select results_eq(
  $$select case_number from public.seizure_cases where id in (tests.case_id('s'), tests.case_id('other'))$$,
  $$values ('SQLTEST-PROSECUTOR-001')$$,
  'the prosecutor sees the granted case only'
);
select results_eq(
  $$select (select count(*)::int from public.lots where case_id = tests.case_id('s')),
           (select count(*)::int from public.animals where case_id = tests.case_id('s')),
           (select count(*)::int from public.evidence_items where case_id = tests.case_id('s')),
           (select count(*)::int from public.custody_events where case_id = tests.case_id('s')),
           (select count(*)::int from public.photos where case_id = tests.case_id('s'))$$,
  $$values (2, 3, 1, 6, 1)$$,
  'and its 2 lots, 3 animals, 1 item, 6 custody events and 1 photo record'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 6)$$,
  'the prosecutor verifies the chain of the granted case'
);
select is_empty($$select * from public.lots where case_id = tests.case_id('other')$$, 'the other case''s lots stay hidden');
select is_empty($$select * from public.custody_events where case_id = tests.case_id('other')$$, 'and its custody events');
select is_empty($$select * from public.case_parties where case_id = tests.case_id('s')$$, 'the grant does not include offender details');
select results_eq(
  $$select case_id, include_offender from public.case_grants where case_id in (tests.case_id('s'), tests.case_id('other'))$$,
  $$select tests.case_id('s'), false$$,
  'the prosecutor sees their grant of the case'
);

-- Nothing to record or change.
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-PROSECUTOR-003'))$$,
  '42501', null, 'the prosecutor cannot record a seizure'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, from_name, from_agency, to_name, to_agency)
    values (tests.case_id('s'), 'handed_over', now(), 'Court', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre', 'Rithy Heng', 'Phnom Penh Municipal Court')$$,
  '42501', null, 'the prosecutor cannot record a custody event'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/prosecutor/own.jpg', encode(sha256('own'), 'hex'), 4096, 'image/jpeg')$$,
  '42501', null, 'the prosecutor cannot record a photo'
);
select throws_ok(
  $$insert into public.case_grants (case_id, prosecutor_id, include_offender) values (tests.case_id('other'), '00000000-0000-4000-8000-0000000000a5', true)$$,
  '42501', null, 'the prosecutor cannot grant themself a case'
);
select is_empty(
  $$update public.case_grants set include_offender = true returning 1$$,
  'the prosecutor cannot extend their grant'
);
select is_empty(
  $$update public.seizure_cases set status = 'closed' where id = tests.case_id('s') returning 1$$,
  'the prosecutor cannot change the case'
);
select throws_ok(
  $$insert into public.animals (case_id, lot_id, species_id)
    select case_id, id, species_id from public.lots where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the prosecutor cannot split animals out of a lot'
);

-- With offender details.
select tests.authenticate_as('admin');
select results_eq(
  $$update public.case_grants set include_offender = true where case_id = tests.case_id('s') returning include_offender$$,
  $$values (true)$$,
  'the admin extends the grant to offender details'
);
select tests.authenticate_as('prosecutor');
select results_eq(
  $$select offender_details from public.case_parties where case_id = tests.case_id('s')$$,
  $$values ('Driver of truck 2A-1234')$$,
  'the prosecutor now reads the offender details'
);
select is_empty(
  $$update public.case_parties set offender_details = 'Someone else' where case_id = tests.case_id('s') returning 1$$,
  'the prosecutor cannot change them'
);

-- A deactivated account reads nothing, grants notwithstanding.
select tests.authenticate_as('admin');
select results_eq(
  $$update public.staff set active = false where user_id = '00000000-0000-4000-8000-0000000000a5' returning active$$,
  $$values (false)$$,
  'the admin deactivates the prosecutor'
);
select tests.authenticate_as('prosecutor');
select is_empty($$select * from public.seizure_cases where id = tests.case_id('s')$$, 'the deactivated prosecutor no longer sees the case');
select is_empty($$select * from public.case_parties where case_id = tests.case_id('s')$$, 'nor its offender details');

select * from finish();
rollback;
