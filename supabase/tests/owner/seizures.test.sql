-- Not even the table owner (a superuser here) can delete an animal record, change its code, lot or
-- case, break a lot's reconciliation, or change or delete a photo record: triggers and checks hold
-- for every role.
begin;
set local search_path = public, extensions;
select plan(13);

select tests.authenticate_as('keeper');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-SEIZURE-1'))), 'the keeper records a seizure');
select ok(tests.remember('other', public.record_seizure(tests.seizure_payload('SQLTEST-OWNER-SEIZURE-2'))), 'and another one');
select lives_ok(
  $$insert into public.photos (id, case_id, storage_path, sha256, byte_size, content_type)
    values ('00000000-0000-4000-8000-00000000f101', tests.case_id('s'), 'sql-test/owner/seizure.jpg', encode(sha256('seizure'), 'hex'), 4096, 'image/jpeg')$$,
  'the keeper records a photo of the seizure'
);

reset role;
select throws_ok(
  $$delete from public.animals where case_id = tests.case_id('s')$$,
  '42501', 'Animal records cannot be deleted: record what happened to the animal instead.',
  'the owner cannot delete an animal'
);
select throws_ok(
  $$update public.animals set lot_id = (select id from public.lots where case_id = tests.case_id('s') and count_received = 12)
    where case_id = tests.case_id('s')$$,
  '42501', 'An animal''s code, lot and case cannot change.', 'the owner cannot move an animal to another lot'
);
select throws_ok(
  $$update public.animals set code = 'PT-1999-000001' where case_id = tests.case_id('s')$$,
  '42501', 'An animal''s code, lot and case cannot change.', 'the owner cannot change an animal''s code'
);
select throws_ok(
  $$update public.animals a set case_id = tests.case_id('other'), lot_id = l.id
    from public.lots l where l.case_id = tests.case_id('other') and l.count_received = 3 and a.case_id = tests.case_id('s')$$,
  '42501', 'An animal''s code, lot and case cannot change.', 'the owner cannot move an animal to another case'
);
select lives_ok(
  $$update public.animals set ring = 'R-0001' where case_id = tests.case_id('s')$$,
  'the owner can still change what identifies an animal'
);
select throws_ok(
  $$update public.lots set in_care = in_care + 1 where case_id = tests.case_id('s') and count_received = 12$$,
  '23514', null, 'the owner cannot break a lot''s reconciliation'
);
select throws_ok(
  $$update public.photos set sha256 = encode(sha256('swapped'), 'hex') where id = '00000000-0000-4000-8000-00000000f101'$$,
  '42501', 'Photo records cannot be changed or deleted: upload a new photo instead.', 'the owner cannot change a photo''s hash'
);
select throws_ok(
  $$delete from public.photos where id = '00000000-0000-4000-8000-00000000f101'$$,
  '42501', 'Photo records cannot be changed or deleted: upload a new photo instead.', 'the owner cannot delete a photo record'
);
select results_eq(
  $$select l.count_received, l.in_care, l.split_out, (select count(*)::int from public.animals a where a.lot_id = l.id)
    from public.lots l where l.case_id = tests.case_id('s') order by l.count_received$$,
  $$values (3, 0, 3, 3), (12, 12, 0, 0)$$,
  'the lots and their animals are as recorded'
);
select is(
  (select count(*) from public.animals where case_id = tests.case_id('s') and ring = 'R-0001')::int,
  3, 'the animals kept their case, with the ring recorded'
);

select * from finish();
rollback;
