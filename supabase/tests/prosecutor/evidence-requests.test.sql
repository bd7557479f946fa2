-- A prosecutor asks for evidence sheets of the cases granted to them, and only those; sees their own
-- requests and sheets, never another's; cannot decide, issue, edit or forge anything.
begin;
set local search_path = public, extensions;
select plan(13);

select tests.authenticate_as('keeper');
select ok(tests.remember('g', public.record_seizure(tests.seizure_payload('SQLTEST-EREQ-1'))), 'a granted case');
select ok(tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-EREQ-2'))), 'a case not granted');
select tests.authenticate_as('admin');
select tests.remember('other_animal', to_jsonb(tests.animal_id('other', 0, 0)));
select tests.remember('g_animal', to_jsonb(tests.animal_id('g', 0, 0)));
insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('g'), '00000000-0000-4000-8000-0000000000a5');
-- Another prosecutor's request, recorded by the owner: this one must not see it.
reset role;
insert into auth.users (id, aud, role, email) values ('00000000-0000-4000-8000-0000000000e9', 'authenticated', 'authenticated', 'other.prosecutor@rescue-ledger.test');
insert into public.staff (user_id, centre_id, full_name, role)
select '00000000-0000-4000-8000-0000000000e9', centre_id, 'Another Prosecutor', 'prosecutor' from public.staff where user_id = '00000000-0000-4000-8000-0000000000a5';
insert into public.evidence_requests (case_id, prosecutor_id, purpose) values (tests.case_id('g'), '00000000-0000-4000-8000-0000000000e9', 'Somebody else''s request');

select tests.authenticate_as('prosecutor');
select lives_ok(
  format($$insert into public.evidence_requests (case_id, subject, animal_id, purpose, needed_by) values (%L, 'animal', %L, 'Identify the python in court', current_date + 30)$$,
    tests.case_id('g'), tests.recall('g_animal') #>> '{}'),
  'the prosecutor asks for a sheet of one animal of a granted case'
);
select results_eq(
  $$select subject::text, status::text, prosecutor_id from public.evidence_requests$$,
  $$values ('animal', 'requested', '00000000-0000-4000-8000-0000000000a5'::uuid)$$,
  'they see their own request, waiting, and not another prosecutor''s'
);
select throws_ok(
  format($$insert into public.evidence_requests (case_id, purpose) values (%L, 'Not my case at all')$$, tests.case_id('other')),
  '42501', null, 'a case not granted to them is refused'
);
select throws_ok(
  format($$insert into public.evidence_requests (case_id, purpose, needed_by) values (%L, 'Yesterday, please', current_date - 1)$$, tests.case_id('g')),
  '22023', null, 'a date already past is refused'
);
select throws_ok(
  format($$insert into public.evidence_requests (case_id, subject, animal_id, purpose) values (%L, 'animal', %L, 'Wrong case animal')$$, tests.case_id('g'), tests.recall('other_animal') #>> '{}'),
  '23503', null, 'an animal of another case is refused'
);
select throws_ok(
  $$select public.decline_evidence_request((select id from public.evidence_requests limit 1), 'I decline my own')$$,
  '42501', null, 'they cannot decide a request'
);
select throws_ok(
  format($$select public.evidence_sheet_draft('case', %L, null, true, true)$$, tests.case_id('g')),
  '42501', null, 'nor draw a sheet themselves'
);
select throws_ok(
  format($$select public.evidence_sheet_content('case', %L, true, true)$$, tests.case_id('g')),
  '42501', null, 'nor read the content function'
);
select throws_ok(
  $$update public.evidence_requests set purpose = 'Something else entirely'$$,
  '42501', null, 'nor edit what they asked'
);
select results_eq(
  $$update public.evidence_requests set status = 'withdrawn' returning status::text$$,
  $$values ('withdrawn')$$,
  'they withdraw their waiting request'
);
select throws_ok(
  format($$insert into public.evidence_documents (id, case_id, subject, subject_id, language, include_veterinary, include_offender, content, content_hash, chain_head, chain_events, pdf_sha256, byte_size, storage_path, generated_by, generated_at)
    values (gen_random_uuid(), %L, 'case', %L, 'en', true, true, '{}', repeat('a', 64), repeat('a', 64), 1, repeat('a', 64), 1, 'sheets/00000000-0000-4000-8000-000000000000.pdf', '00000000-0000-4000-8000-0000000000a5', now())$$,
    tests.case_id('g'), tests.case_id('g')),
  '42501', null, 'nor forge an issued sheet'
);

select * from finish();
rollback;
