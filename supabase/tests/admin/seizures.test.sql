-- An admin reads every case with its offender and informant details, corrects those details and
-- evidence items, and grants cases to prosecutors; they cannot delete cases or offender details,
-- nor change lot counts or an item's quantity directly.
begin;
set local search_path = public, extensions;
select plan(21);

select tests.authenticate_as('keeper');
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-ADMIN-001',
    extra => '{"offenderDetails": "Driver of truck 2A-1234", "informantDetails": "Anonymous hotline call"}'))),
  'the keeper records a seizure with offender and informant details'
);
select ok(tests.remember('plain', public.record_seizure(tests.seizure_payload('SQLTEST-ADMIN-002'))), 'and one without');

select tests.authenticate_as('admin');
select results_eq(
  $$select case_number from public.seizure_cases where id in (tests.case_id('s'), tests.case_id('plain')) order by case_number$$,
  $$values ('SQLTEST-ADMIN-001'), ('SQLTEST-ADMIN-002')$$,
  'the admin sees both cases'
);
select results_eq(
  $$select offender_details, informant_details, recorded_by from public.case_parties where case_id = tests.case_id('s')$$,
  $$values ('Driver of truck 2A-1234', 'Anonymous hotline call', '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'the admin reads the offender and informant details the keeper recorded'
);
select is_empty(
  $$select * from public.case_parties where case_id = tests.case_id('plain')$$,
  'a seizure recorded without such details has none'
);
select results_eq(
  $$update public.case_parties set offender_details = 'Driver of truck 2A-1234 (Sok Dara, ID 010203040)' where case_id = tests.case_id('s') returning offender_details$$,
  $$values ('Driver of truck 2A-1234 (Sok Dara, ID 010203040)')$$,
  'the admin corrects the offender details'
);
select throws_ok(
  $$delete from public.case_parties where case_id = tests.case_id('s')$$,
  '42501', null, 'the admin cannot delete offender details'
);
select throws_ok(
  $$delete from public.seizure_cases where id = tests.case_id('s')$$,
  '42501', null, 'the admin cannot delete a case'
);
select results_eq(
  $$update public.evidence_items set description = 'Pangolin scales, 2 sealed sacks', storage_location = 'Evidence store, shelf 3'
    where case_id = tests.case_id('s') returning description, storage_location$$,
  $$values ('Pangolin scales, 2 sealed sacks', 'Evidence store, shelf 3')$$,
  'the admin corrects an evidence item'
);
select throws_ok(
  $$update public.evidence_items set quantity = 1 where case_id = tests.case_id('s')$$,
  '42501', null, 'the admin cannot change an item''s quantity directly'
);
select throws_ok(
  $$update public.evidence_items set status = 'destroyed' where case_id = tests.case_id('s')$$,
  '42501', null, 'the admin cannot change an item''s status directly'
);
select throws_ok(
  $$update public.lots set in_care = 0, escaped = 12 where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the admin cannot change the counts of a lot directly'
);

-- Grants.
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5')$$,
  'the admin grants the case to the prosecutor'
);
select results_eq(
  $$select granted_by, include_veterinary, include_offender from public.case_grants where case_id = tests.case_id('s')$$,
  $$values ('00000000-0000-4000-8000-0000000000a1'::uuid, false, false)$$,
  'the grant is recorded as the admin''s, without veterinary or offender details'
);
select throws_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5')$$,
  '23505', null, 'a case is granted to a prosecutor once'
);
select throws_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (gen_random_uuid(), '00000000-0000-4000-8000-0000000000a5')$$,
  '42501', null, 'the admin cannot grant a case that is not theirs to read'
);
select results_eq(
  $$update public.case_grants set include_offender = true where case_id = tests.case_id('s') returning include_offender$$,
  $$values (true)$$,
  'the admin extends the grant to offender details'
);
select results_eq(
  $$delete from public.case_grants where case_id = tests.case_id('s') returning prosecutor_id$$,
  $$values ('00000000-0000-4000-8000-0000000000a5'::uuid)$$,
  'the admin revokes the grant'
);

-- A grant only ever opens a case to a prosecutor: the admin cannot make one out to a keeper, and
-- one written behind the policies' back (as the owner) still opens nothing more.
select throws_ok(
  $$insert into public.case_grants (case_id, prosecutor_id, include_offender) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a3', true)$$,
  '42501', null,
  'the admin cannot make out a grant to a keeper'
);
reset role;
insert into public.case_grants (case_id, prosecutor_id, include_offender, granted_by)
values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a3', true, '00000000-0000-4000-8000-0000000000a1');
select tests.authenticate_as('keeper');
select is_empty(
  $$select * from public.case_parties where case_id = tests.case_id('s')$$,
  'the keeper still cannot read the offender details'
);
select results_eq(
  $$select count(*)::int from public.seizure_cases where id = tests.case_id('s')$$,
  $$values (1)$$,
  'the keeper reads the case as before'
);

select * from finish();
rollback;
