-- Evidence sheets as the admin issues them: the same records give the same content hash, whatever
-- the session's time zone; the database refuses a hash it did not compute, a request decided twice
-- and a decline without reason; a request's sheet carries what the grant allows; issued sheets
-- cannot be changed; the verify function tells unchanged, superseded and altered apart, and names
-- the event a superuser edited behind the ledger's guard.
begin;
set local search_path = public, extensions;
select plan(20);

select tests.authenticate_as('keeper');
select ok(tests.remember('ev', public.record_seizure(tests.seizure_payload('SQLTEST-EVID-1'))), 'the keeper records a seizure');
select tests.authenticate_as('admin');
insert into public.case_grants (case_id, prosecutor_id, include_veterinary) values (tests.case_id('ev'), '00000000-0000-4000-8000-0000000000a5', true);
select tests.authenticate_as('prosecutor');
with r as (
  insert into public.evidence_requests (case_id, purpose, court_case_number, language)
  values (tests.case_id('ev'), 'Trial of the trader', 'PP-2026-118', 'km') returning id
) select ok(tests.remember('req', to_jsonb(r.id)), 'the prosecutor asks for the whole case in Khmer') from r;
with r as (
  insert into public.evidence_requests (case_id, purpose) values (tests.case_id('ev'), 'Second look at the case') returning id
) select ok(tests.remember('req2', to_jsonb(r.id)), 'and for another sheet') from r;

select tests.authenticate_as('admin');
select ok(tests.remember('draft', public.evidence_sheet_draft('case', tests.case_id('ev'), null, false, false)), 'the admin drafts a sheet of the case');
set local timezone = 'Asia/Phnom_Penh';
select is(
  public.evidence_sheet_draft('case', tests.case_id('ev'), null, false, false) ->> 'content_hash',
  tests.recall('draft') ->> 'content_hash',
  'the same records give the same hash in another time zone'
);
select is(jsonb_array_length(tests.recall('draft') -> 'content' -> 'events'),
  (select count(*)::int from public.custody_events where case_id = tests.case_id('ev')), 'every custody event of the case is on it');
select is(tests.recall('draft') -> 'content' -> 'veterinary', 'null'::jsonb, 'no veterinary summary unless asked for');

select throws_ok(
  format($$select public.issue_evidence_document(gen_random_uuid(), 'case', %L, null, 'en', false, false, repeat('a', 64), now(), repeat('b', 64), 1000)$$, tests.case_id('ev')),
  'RL405', null, 'a hash the database did not compute is refused'
);

-- The request's sheet: subject, language and inclusions come from the request and its grant.
select ok(tests.remember('rdraft', public.evidence_sheet_draft('lot', gen_random_uuid(), (tests.recall('req') #>> '{}')::uuid, false, false)), 'the admin drafts the requested sheet');
select is(tests.recall('rdraft') ->> 'subject', 'case', 'the request decides the subject');
select ok(tests.recall('rdraft') -> 'content' -> 'veterinary' ? 'deaths', 'the grant includes the veterinary summary');
select lives_ok(
  format($$select public.issue_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e000001', 'case', %L, %L, 'en', false, false, %L, now(), repeat('b', 64), 1000)$$,
    tests.case_id('ev'), tests.recall('req') #>> '{}', tests.recall('rdraft') ->> 'content_hash'),
  'the admin issues it'
);
select results_eq(
  format($$select r.status::text, d.language, d.include_veterinary from public.evidence_requests r join public.evidence_documents d on d.request_id = r.id where r.id = %L$$, tests.recall('req') #>> '{}'),
  $$values ('issued', 'km', true)$$,
  'the request is issued, the sheet in the language asked for'
);
select throws_ok(
  format($$select public.decline_evidence_request(%L, 'Too late to decline')$$, tests.recall('req') #>> '{}'),
  'RL402', null, 'an issued request cannot be declined'
);
select throws_ok(
  format($$select public.decline_evidence_request(%L, 'no')$$, tests.recall('req2') #>> '{}'),
  'RL403', null, 'a decline needs a reason'
);
select throws_ok($$update public.evidence_documents set language = 'en'$$, '42501', null, 'an issued sheet cannot be changed');

select is(public.verify_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e000001') ->> 'status', 'unchanged', 'verification: unchanged');

select tests.authenticate_as('keeper');
insert into public.custody_events (case_id, lot_id, event_type, occurred_at, place, to_name, to_agency, purpose)
values (tests.case_id('ev'), tests.lot_id('ev', 1), 'moved', now(), 'Quarantine block B', 'Sokha Keo', 'Rescue centre', 'Quarantine');
select tests.authenticate_as('admin');
select results_eq(
  $$select v ->> 'status', (v ->> 'events_added')::int from public.verify_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e000001') v$$,
  $$values ('superseded', 1)$$,
  'a later event: superseded, the sheet''s events unchanged'
);

-- A superuser edits a stored event with the guard disabled.
reset role;
alter table public.custody_events disable trigger custody_events_append_only;
update public.custody_events set place = 'Somewhere else' where case_id = tests.case_id('ev') and position = 2;
alter table public.custody_events enable trigger custody_events_append_only;
select tests.authenticate_as('anon');
select results_eq(
  $$select v ->> 'status', (v -> 'chain' ->> 'first_broken_position')::int, v -> 'changed_events' -> 0 ->> 'position', v -> 'changed_events' -> 0 -> 'changed_fields'
    from public.verify_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e000001') v$$,
  $$values ('altered', 2, '2', '["place"]'::jsonb)$$,
  'anyone sees the sheet altered, at position 2, in its place'
);
select tests.authenticate_as('admin');
select throws_ok(
  format($$select public.evidence_sheet_draft('case', %L, null, false, false)$$, tests.case_id('ev')),
  'RL404', null, 'no sheet is issued over a broken chain'
);

select * from finish();
rollback;
