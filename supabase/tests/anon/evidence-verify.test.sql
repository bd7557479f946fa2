-- Anyone may verify an issued sheet by its ID, and learns nothing personal from it; nothing else
-- of the evidence documents or requests is open to them.
begin;
set local search_path = public, extensions;
select plan(6);

select tests.authenticate_as('keeper');
select ok(tests.remember('v', public.record_seizure(tests.seizure_payload('SQLTEST-EVER-1'))), 'a seizure');
select tests.authenticate_as('admin');
select ok(tests.remember('d', public.evidence_sheet_draft('case', tests.case_id('v'), null, true, false)), 'a draft');
select public.issue_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e0000a0', 'case', tests.case_id('v'), null, 'en', true, false,
  tests.recall('d') ->> 'content_hash', now(), repeat('c', 64), 2048);

select tests.authenticate_as('anon');
select results_eq(
  $$select v ->> 'status', v ->> 'case_number', (v ->> 'found')::boolean from public.verify_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e0000a0') v$$,
  $$values ('unchanged', 'SQLTEST-EVER-1', true)$$,
  'anyone verifies the sheet: unchanged'
);
select ok(
  public.verify_evidence_document('5e0c9a52-7a7d-4c1f-9a43-1d1c1e0000a0')::text !~ '(Chea Sophal|FA-0042|Checkpoint)',
  'the answer carries no names, ID numbers or places'
);
select is(public.verify_evidence_document(gen_random_uuid()) ->> 'found', 'false', 'an unknown ID is simply not found');
select throws_ok($$select * from public.evidence_documents$$, '42501', null, 'anon reads no issued sheets');

select * from finish();
rollback;
