-- A vet reads every case of the centre, records seizures, splits animals out of lots, annotates
-- lots and updates cases; they cannot change lot counts, delete animals, correct items, read
-- offender details or grant cases to prosecutors.
begin;
set local search_path = public, extensions;
select plan(20);

select tests.authenticate_as('keeper');
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-VET-001', extra => '{"offenderDetails": "Driver of truck 2A-1234"}'))),
  'the keeper records a seizure'
);

select tests.authenticate_as('vet');
select results_eq(
  $$select case_number from public.seizure_cases where id = tests.case_id('s')$$,
  $$values ('SQLTEST-VET-001')$$,
  'the vet sees the keeper''s case'
);
select results_eq(
  $$select (select count(*)::int from public.lots where case_id = tests.case_id('s')),
           (select count(*)::int from public.animals where case_id = tests.case_id('s')),
           (select count(*)::int from public.evidence_items where case_id = tests.case_id('s')),
           (select count(*)::int from public.custody_events where case_id = tests.case_id('s'))$$,
  $$values (2, 3, 1, 6)$$,
  'the vet sees its 2 lots, 3 animals, 1 item and 6 custody events'
);
select results_eq(
  $$select valid, events from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 6)$$,
  'the vet can verify its chain'
);
select is_empty($$select * from public.case_parties where case_id = tests.case_id('s')$$, 'the vet cannot read the offender details');

select ok(tests.remember('own', public.record_seizure(tests.seizure_payload('SQLTEST-VET-002', '[{"species": "Manis javanica", "count": 4, "recordAs": "individual"}]', '[]'))),
  'the vet records a seizure'
);
select results_eq(
  $$select created_by, (select count(*)::int from public.animals a where a.case_id = c.id) from public.seizure_cases c where c.id = tests.case_id('own')$$,
  $$values ('00000000-0000-4000-8000-0000000000a2'::uuid, 4)$$,
  'the vet''s case is recorded with its 4 pangolins'
);

select results_eq(
  $$update public.lots set condition_on_arrival = 'Severely dehydrated, 2 with mouth rot', notes = 'Fluids given'
    where case_id = tests.case_id('s') and count_received = 12 returning condition_on_arrival, notes$$,
  $$values ('Severely dehydrated, 2 with mouth rot', 'Fluids given')$$,
  'the vet annotates a lot'
);
select throws_ok(
  $$update public.lots set in_care = in_care - 1, died = died + 1 where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the vet cannot change the counts of a lot directly'
);
select throws_ok(
  $$update public.lots set species_id = (select id from public.species where scientific_name = 'Manis javanica') where case_id = tests.case_id('s')$$,
  '42501', null, 'the vet cannot change the species of a lot directly'
);
select lives_ok(
  $$insert into public.animals (case_id, lot_id, species_id, sex)
    select l.case_id, l.id, l.species_id, 'male' from public.lots l where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  'the vet splits a cobra out of the group for treatment'
);
select results_eq(
  $$select in_care, split_out from public.lots where case_id = tests.case_id('s') and count_received = 12$$,
  $$values (11, 1)$$,
  'the group holds 11, 1 is split out'
);
select throws_ok(
  $$delete from public.animals where case_id = tests.case_id('s')$$,
  '42501', null, 'the vet cannot delete an animal'
);
select throws_ok(
  $$update public.animals set lot_id = (select id from public.lots where case_id = tests.case_id('s') and count_received = 3)
    where case_id = tests.case_id('s') and sex = 'male'$$,
  '42501', null, 'the vet cannot move an animal to another lot'
);
select results_eq(
  $$update public.seizure_cases set status = 'in_court', court_reference = 'PP-2026-117' where id = tests.case_id('s') returning status::text, court_reference$$,
  $$values ('in_court', 'PP-2026-117')$$,
  'the vet can update a case'
);
select throws_ok(
  $$update public.seizure_cases set case_number = 'SQLTEST-VET-002' where id = tests.case_id('s')$$,
  '23505', null, 'a case cannot take another case''s number'
);
select is_empty(
  $$update public.evidence_items set description = 'Something else' where case_id = tests.case_id('s') returning 1$$,
  'the vet cannot correct an evidence item'
);
select throws_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5')$$,
  '42501', null, 'the vet cannot grant a case to a prosecutor'
);
select throws_ok(
  $$insert into public.case_parties (case_id, offender_details) values (tests.case_id('own'), 'Someone') returning offender_details$$,
  '42501', null, 'the vet cannot read offender details back through insert … returning'
);
select lives_ok(
  $$insert into public.case_parties (case_id, offender_details) values (tests.case_id('own'), 'Someone')$$,
  'the vet records offender details for their own case'
);

select * from finish();
rollback;
