-- An admin appends custody events like any care staff but cannot change, delete or truncate any
-- event; neither can service_role nor the table owner (a superuser here), whom the append-only
-- triggers refuse. Someone who disables those triggers can edit the ledger, and
-- verify_custody_chain() then names the first row that no longer fits.
begin;
set local search_path = public, extensions;
select plan(35);

select tests.authenticate_as('keeper');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-ADMIN-LEDGER-1'))), 'the keeper records a seizure');

select tests.authenticate_as('admin');
select ok(
  tests.remember('head', to_jsonb((select head from public.verify_custody_chain(tests.case_id('s'))))),
  'the admin reads the head of the chain'
);
select lives_ok(
  $$insert into public.custody_events (case_id, item_id, event_type, occurred_at, place, from_name, from_agency, to_name, to_agency, seals_broken, seals_applied, purpose)
    select i.case_id, i.id, 'handed_over', now(), 'Evidence store', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre',
      'Sokha Chan', 'Phnom Tamao Wildlife Rescue Centre', array['FA-S-001'], array['PT-S-100'], 'Moved to the evidence store'
    from public.evidence_items i where i.case_id = tests.case_id('s')$$,
  'the admin records a handover of the evidence item'
);
select results_eq(
  $$select position, subject::text, recorded_by, prev_hash = tests.recall('head') #>> '{}'
    from public.custody_events where case_id = tests.case_id('s') and event_type = 'handed_over'$$,
  $$values (7, 'item', '00000000-0000-4000-8000-0000000000a1'::uuid, true)$$,
  'it is appended at position 7, after the old head, recorded by the admin'
);
select throws_ok(
  $$update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('s') and position = 2$$,
  '42501', null, 'the admin cannot change an event'
);
select throws_ok(
  $$update public.custody_events set notes = 'Checked' where case_id = tests.case_id('s')$$,
  '42501', null, 'the admin cannot even annotate an event'
);
select throws_ok(
  $$delete from public.custody_events where case_id = tests.case_id('s') and position = 7$$,
  '42501', null, 'the admin cannot delete an event'
);
select throws_ok($$truncate public.custody_events$$, '42501', null, 'the admin cannot truncate the ledger');
select results_eq(
  $$select place from public.custody_events where case_id = tests.case_id('s') and position = 2$$,
  $$values ('Phnom Tamao Wildlife Rescue Centre')$$,
  'the event is unchanged'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 7)$$,
  'the chain verifies with its 7 events'
);


-- service_role and the owner. Seizures A to D are tampered with below (or, D, left alone).
select tests.authenticate_as('keeper');
select ok(tests.remember('a', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-LEDGER-A'))), 'the keeper records seizure A');
select ok(tests.remember('b', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-LEDGER-B'))), 'and seizure B');
select ok(tests.remember('c', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-LEDGER-C'))), 'and seizure C');
select ok(tests.remember('d', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-LEDGER-D'))), 'and seizure D');

-- service_role: the API's all-powerful key.
set local role service_role;
select throws_ok(
  $$update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('a') and position = 3$$,
  '42501', null, 'service_role cannot change an event'
);
select throws_ok(
  $$delete from public.custody_events where case_id = tests.case_id('a') and position = 3$$,
  '42501', null, 'service_role cannot delete an event'
);
select throws_ok($$truncate public.custody_events$$, '42501', null, 'service_role cannot truncate the ledger');
select set_config('request.jwt.claims', '{"role":"service_role"}', true) is not null as claims_set;
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('a'), 'moved', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre')$$,
  '42501', 'Custody events must be recorded by a signed-in staff member.',
  'service_role cannot record an event that no staff member signs'
);

-- The owner.
reset role;
select throws_ok(
  $$update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('a') and position = 3$$,
  '42501', 'The custody ledger is append-only: record a correcting event instead of changing or deleting one.',
  'the owner cannot change an event'
);
select throws_ok(
  $$delete from public.custody_events where case_id = tests.case_id('a') and position = 3$$,
  '42501', 'The custody ledger is append-only: record a correcting event instead of changing or deleting one.',
  'the owner cannot delete an event'
);
-- Move records reference the ledger, so a plain TRUNCATE already fails on that reference; with
-- CASCADE it reaches the ledger's own guard.
select throws_ok(
  $$truncate public.custody_events$$,
  '0A000', 'cannot truncate a table referenced in a foreign key constraint',
  'the owner cannot truncate the ledger'
);
select throws_ok(
  $$truncate public.custody_events cascade$$,
  '42501', 'The custody ledger is append-only: record a correcting event instead of changing or deleting one.',
  'not even with CASCADE'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('a'))$$,
  $$values (true, 6)$$,
  'chain A is intact'
);

-- Tampering with the trigger disabled. A: change the place of event 3.
alter table public.custody_events disable trigger custody_events_append_only;
update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('a') and position = 3;
-- B: change event 2 and recompute its own hash; the link from event 3 then breaks.
update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('b') and position = 2;
update public.custody_events e set row_hash = public.custody_event_hash(e.prev_hash, public.custody_event_canonical(e))
where case_id = tests.case_id('b') and position = 2;
-- C: delete event 2.
delete from public.custody_events where case_id = tests.case_id('c') and position = 2;
alter table public.custody_events enable trigger custody_events_append_only;

select throws_ok(
  $$update public.custody_events set place = 'Elsewhere' where case_id = tests.case_id('a') and position = 4$$,
  '42501', null, 'the re-enabled trigger refuses changes again'
);

select tests.authenticate_as('keeper');
select results_eq(
  $$select valid, events, first_broken_position, problem from public.verify_custody_chain(tests.case_id('a'))$$,
  $$values (false, 6, 3, 'content no longer matches its hash: the row was changed')$$,
  'a changed event is reported as changed, at its position'
);
select is(
  (select first_broken_event_id from public.verify_custody_chain(tests.case_id('a'))),
  (select id from public.custody_events where case_id = tests.case_id('a') and position = 3),
  'verify_custody_chain names the changed event'
);
select is(
  (select head from public.verify_custody_chain(tests.case_id('a'))),
  (select row_hash from public.custody_events where case_id = tests.case_id('a') and position = 2),
  'the head reported is that of the last good event'
);
select results_eq(
  $$select valid, first_broken_position, problem from public.verify_custody_chain(tests.case_id('b'))$$,
  $$values (false, 3, 'previous-hash link does not match the event before it')$$,
  'a changed event whose hash was recomputed breaks the link of the event after it'
);
select is(
  (select first_broken_event_id from public.verify_custody_chain(tests.case_id('b'))),
  (select id from public.custody_events where case_id = tests.case_id('b') and position = 3),
  'verify_custody_chain names the event whose link broke'
);
select results_eq(
  $$select valid, first_broken_position, problem from public.verify_custody_chain(tests.case_id('c'))$$,
  $$values (false, 3, 'event at position 2 is missing')$$,
  'a deleted event is reported as a missing position'
);
select is(
  (select first_broken_event_id from public.verify_custody_chain(tests.case_id('c'))),
  (select id from public.custody_events where case_id = tests.case_id('c') and position = 3),
  'verify_custody_chain names the event after the gap'
);

-- A new event after the gap continues from the last row, so the gap stays visible.
select lives_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('c'), 'moved', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre')$$,
  'the keeper can still append to the damaged chain'
);
select results_eq(
  $$select valid, first_broken_position, problem from public.verify_custody_chain(tests.case_id('c'))$$,
  $$values (false, 3, 'event at position 2 is missing')$$,
  'appending does not hide the gap'
);
select results_eq(
  $$select max(position) from public.custody_events where case_id = tests.case_id('c')$$,
  $$values (7)$$,
  'the new event took the position after the last one'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('d'))$$,
  $$values (true, 6)$$,
  'the chain of a case nobody touched still verifies'
);

select * from finish();
rollback;
