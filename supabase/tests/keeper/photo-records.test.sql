-- A keeper records the photos they uploaded, with their SHA-256, and cites them in custody events
-- (which copy the hashes); they cannot record a photo as someone else's, change or delete a photo
-- record, or cite a photo of another case.
begin;
set local search_path = public, extensions;
select plan(19);

select tests.authenticate_as('keeper');

select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-PHOTO-1'))), 'the keeper records a seizure');
select ok(tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-PHOTO-2'))), 'and another one');

select lives_ok(
  $$insert into public.photos (id, case_id, lot_id, storage_path, sha256, byte_size, content_type, caption, taken_at)
    select '00000000-0000-4000-8000-00000000f001', tests.case_id('s'), l.id, 'sql-test/keeper/cobras.jpg',
      encode(sha256('cobras'), 'hex'), 123456, 'image/jpeg', 'The group of cobras on arrival', now() - interval '1 hour'
    from public.lots l where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  'the keeper records a photo of a lot'
);
select results_eq(
  $$select uploaded_by, sha256 from public.photos where id = '00000000-0000-4000-8000-00000000f001'$$,
  $$values ('00000000-0000-4000-8000-0000000000a3'::uuid, encode(sha256('cobras'), 'hex'))$$,
  'the photo is recorded as uploaded by the keeper, with its hash'
);
select lives_ok(
  $$insert into public.photos (id, case_id, storage_path, sha256, byte_size, content_type)
    values ('00000000-0000-4000-8000-00000000f002', tests.case_id('other'), 'sql-test/keeper/other.jpg', encode(sha256('other'), 'hex'), 2048, 'image/png')$$,
  'the keeper records a photo of the other case'
);
select lives_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/' || repeat('k', 491), encode(sha256('long'), 'hex'), 2048, 'application/pdf')$$,
  'a storage path of 500 characters is accepted'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/' || repeat('k', 492), encode(sha256('longer'), 'hex'), 2048, 'application/pdf')$$,
  '23514', null, 'a storage path of 501 characters is refused'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type, uploaded_by)
    values (tests.case_id('s'), 'sql-test/keeper/vet.jpg', encode(sha256('vet'), 'hex'), 2048, 'image/jpeg', '00000000-0000-4000-8000-0000000000a2')$$,
  '42501', null, 'the keeper cannot record a photo as uploaded by the vet'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/keeper/bad-hash.jpg', upper(encode(sha256('bad'), 'hex')), 2048, 'image/jpeg')$$,
  '23514', null, 'a hash in upper case is refused'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/keeper/short-hash.jpg', left(encode(sha256('bad'), 'hex'), 63), 2048, 'image/jpeg')$$,
  '23514', null, 'a hash of 63 hex digits is refused'
);
select throws_ok(
  $$insert into public.photos (case_id, storage_path, sha256, byte_size, content_type)
    values (tests.case_id('s'), 'sql-test/keeper/page.html', encode(sha256('html'), 'hex'), 2048, 'text/html')$$,
  '23514', null, 'a file that is neither an image nor a PDF is refused'
);
select throws_ok(
  $$insert into public.photos (case_id, lot_id, storage_path, sha256, byte_size, content_type)
    select tests.case_id('s'), l.id, 'sql-test/keeper/wrong-case.jpg', encode(sha256('wrong'), 'hex'), 2048, 'image/jpeg'
    from public.lots l where l.case_id = tests.case_id('other') and l.count_received = 12$$,
  '23503', null, 'a photo cannot show a lot of another case'
);
select throws_ok(
  $$update public.photos set sha256 = encode(sha256('swapped'), 'hex') where id = '00000000-0000-4000-8000-00000000f001'$$,
  '42501', null, 'the keeper cannot change a photo record'
);
select throws_ok(
  $$delete from public.photos where id = '00000000-0000-4000-8000-00000000f001'$$,
  '42501', null, 'the keeper cannot delete a photo record'
);

-- Citing photos in custody events.
select lives_ok(
  $$insert into public.custody_events (case_id, lot_id, event_type, occurred_at, place, to_name, to_agency, photo_ids, photo_sha256)
    select tests.case_id('s'), l.id, 'intake_examined', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre',
      array['00000000-0000-4000-8000-00000000f001'::uuid], array[repeat('0', 64)]
    from public.lots l where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  'the keeper records an event citing the photo'
);
select results_eq(
  $$select photo_ids, photo_sha256 from public.custody_events where case_id = tests.case_id('s') and event_type = 'intake_examined'$$,
  $$values (array['00000000-0000-4000-8000-00000000f001'::uuid], array[encode(sha256('cobras'), 'hex')])$$,
  'the event holds the photo''s recorded hash, not the one the client sent'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 7)$$,
  'the chain, which covers the photo hash, verifies'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency, photo_ids)
    values (tests.case_id('s'), 'moved', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre',
      array['00000000-0000-4000-8000-00000000f001', '00000000-0000-4000-8000-00000000f002']::uuid[])$$,
  '23503', null, 'an event cannot cite a photo of another case'
);
select throws_ok(
  $$insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency, photo_ids)
    values (tests.case_id('s'), 'moved', now(), 'Reptile house', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre',
      array[gen_random_uuid()])$$,
  '23503', null, 'an event cannot cite a photo that was never recorded'
);

select * from finish();
rollback;
