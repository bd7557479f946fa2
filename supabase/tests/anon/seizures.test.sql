-- Anonymous callers can read, write or call nothing of the species list, cases, grants, offender
-- details, lots, animals, items, photo records or the custody ledger.
begin;
set local search_path = public, extensions;
select plan(19);

select tests.authenticate_as('keeper');
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-ANON-001', extra => '{"offenderDetails": "Driver of truck 2A-1234"}'))),
  'the keeper records a seizure'
);

select tests.authenticate_as('anon');
select throws_ok($$select * from public.species$$, '42501', null, 'anon cannot read the species list');
select throws_ok($$select * from public.seizure_cases$$, '42501', null, 'anon cannot read cases');
select throws_ok($$select * from public.case_grants$$, '42501', null, 'anon cannot read grants');
select throws_ok($$select * from public.case_parties$$, '42501', null, 'anon cannot read offender details');
select throws_ok($$select * from public.lots$$, '42501', null, 'anon cannot read lots');
select throws_ok($$select * from public.animals$$, '42501', null, 'anon cannot read animals');
select throws_ok($$select * from public.evidence_items$$, '42501', null, 'anon cannot read evidence items');
select throws_ok($$select * from public.photos$$, '42501', null, 'anon cannot read photo records');
select throws_ok($$select * from public.custody_events$$, '42501', null, 'anon cannot read the custody ledger');
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-ANON-002'))$$,
  '42501', null, 'anon cannot record a seizure'
);
select throws_ok(
  $$select * from public.verify_custody_chain(tests.case_id('s'))$$,
  '42501', null, 'anon cannot verify a chain (nor learn whether a case exists)'
);
select throws_ok($$select * from public.readable_case_ids()$$, '42501', null, 'anon cannot list readable cases');
select throws_ok($$select public.current_centre_id()$$, '42501', null, 'anon cannot ask for a centre');
select throws_ok($$select public.may_record_intake()$$, '42501', null, 'anon cannot ask whether they may record intake');
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency)
    values (tests.case_id('s'), 'moved', now(), 'Reptile house', 'Nobody', 'Nowhere')$$,
  '42501', null, 'anon cannot record a custody event'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/anon.jpg', encode(sha256('anon'), 'hex'), 4096, 'image/jpeg')$$,
  '42501', null, 'anon cannot record a photo'
);
select throws_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class) values ('Cuora testudinis', 'SQL test box turtle', 'reptile')$$,
  '42501', null, 'anon cannot add a species'
);
select throws_ok(
  $$update public.seizure_cases set status = 'closed'$$,
  '42501', null, 'anon cannot change a case'
);

select * from finish();
rollback;
