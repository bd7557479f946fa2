-- A keeper records whole seizures with record_seizure() (all or nothing) and splits animals out of
-- their lots; they cannot change lot counts, delete or move animals, edit cases or items, nor read
-- the offender details they recorded.
begin;
set local search_path = public, extensions;
select plan(58);

select tests.authenticate_as('keeper');

-- A seizure: 3 pythons recorded as individuals, 12 cobras as a group, one sealed sack of scales.
select ok(
  tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-001',
    extra => '{"offenderDetails": "Driver of truck 2A-1234, Kampong Speu", "informantDetails": "Anonymous hotline call"}'))),
  'the keeper records a seizure'
);
select isnt(tests.case_id('s'), null, 'record_seizure returns the case id');
select is(tests.recall('s') ->> 'caseNumber', 'SQLTEST-KEEPER-001', 'record_seizure returns the case number');
select results_eq(
  $$select l ->> 'species', (l ->> 'count')::int, jsonb_array_length(l -> 'animalCodes')
    from jsonb_array_elements(tests.recall('s') -> 'lots') with ordinality as t (l, n) order by n$$,
  $$values ('Python bivittatus', 3, 3), ('Naja kaouthia', 12, 0)$$,
  'record_seizure returns the lots in order: 3 codes for the individuals, none for the group'
);
select is(
  (select count(*) from jsonb_array_elements_text(tests.recall('s') -> 'lots' -> 0 -> 'animalCodes') c
   where c ~ '^PT-[0-9]{4}-[0-9]{6,}$' and split_part(c, '-', 2) = to_char(now() at time zone 'UTC', 'YYYY'))::int,
  3, 'every animal code is the centre code, this year and a serial'
);
select is(
  (select count(distinct c) from jsonb_array_elements_text(tests.recall('s') -> 'lots' -> 0 -> 'animalCodes') c)::int,
  3, 'the animal codes are distinct'
);
select results_eq(
  $$select i ->> 'description' from jsonb_array_elements(tests.recall('s') -> 'items') i$$,
  $$values ('Pangolin scales in a sealed sack')$$,
  'record_seizure returns the evidence items'
);
select results_eq(
  $$select case_number, status::text, created_by, centre_id, latitude, longitude, lead_officer_id_number
    from public.seizure_cases where id = tests.case_id('s')$$,
  $$values ('SQLTEST-KEEPER-001', 'open', '00000000-0000-4000-8000-0000000000a3'::uuid,
            '00000000-0000-4000-8000-000000000001'::uuid, 11.453600::numeric, 104.520900::numeric, 'FA-0042')$$,
  'the case is stored open, in the keeper''s centre, created by the keeper'
);
select results_eq(
  $$select a.code from public.animals a where a.case_id = tests.case_id('s') order by a.code$$,
  $$select c from jsonb_array_elements_text(tests.recall('s') -> 'lots' -> 0 -> 'animalCodes') c order by c$$,
  'the animals stored are the ones whose codes were returned'
);
select results_eq(
  $$select s.scientific_name, l.count_received, l.in_care, l.split_out, l.released + l.transferred + l.died + l.euthanized + l.escaped, l.condition_on_arrival
    from public.lots l join public.species s on s.id = l.species_id where l.case_id = tests.case_id('s') order by l.count_received$$,
  $$values ('Python bivittatus', 3, 0, 3, 0, null::text), ('Naja kaouthia', 12, 12, 0, 0, 'dehydrated')$$,
  'the lot counts reconcile: individuals are split out, the group stays in care'
);
select results_eq(
  $$select quantity, unit::text, seal_numbers, status::text from public.evidence_items where case_id = tests.case_id('s')$$,
  $$values (12.500::numeric, 'kg', array['FA-S-001', 'FA-S-002'], 'held')$$,
  'the evidence item is stored with its seals'
);

-- Its custody chain: the seizure, then receipt of the group lot, each animal and the item.
select results_eq(
  $$select position, subject::text, event_type::text from public.custody_events where case_id = tests.case_id('s') order by position$$,
  $$values (1, 'case', 'seized'), (2, 'lot', 'received_at_centre'), (3, 'animal', 'received_at_centre'),
           (4, 'animal', 'received_at_centre'), (5, 'animal', 'received_at_centre'), (6, 'item', 'received_at_centre')$$,
  'one seized event, then one receipt per group lot, animal and item'
);
select results_eq(
  $$select place, from_name, to_name, to_agency, to_id_number from public.custody_events where case_id = tests.case_id('s') and position = 1$$,
  $$values ('Checkpoint on National Road 4, Kampong Speu', null::text, 'Chea Sophal', 'Forestry Administration', 'FA-0042')$$,
  'the seized event puts the case in the lead officer''s custody at the place of seizure'
);
select results_eq(
  $$select distinct from_name, from_agency, to_name, to_agency, recorded_by from public.custody_events
    where case_id = tests.case_id('s') and event_type = 'received_at_centre'$$,
  $$values ('Chea Sophal', 'Forestry Administration', 'Vannak Sok', 'Phnom Tamao Wildlife Rescue Centre', '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'every receipt hands custody from the lead officer to the keeper, recorded by the keeper'
);
select results_eq(
  $$select seals_applied from public.custody_events where case_id = tests.case_id('s') and subject = 'item'$$,
  $$values (array['FA-S-001', 'FA-S-002'])$$,
  'the receipt of the item records its seals'
);
select is(
  (select count(*) from public.custody_events e join public.animals a on a.id = e.animal_id where e.case_id = tests.case_id('s'))::int,
  3, 'each animal has its own receipt event'
);
select results_eq(
  $$select valid, events, first_broken_event_id, first_broken_position, problem from public.verify_custody_chain(tests.case_id('s'))$$,
  $$values (true, 6, null::uuid, null::integer, null::text)$$,
  'the new chain verifies with its 6 events'
);
select is(
  (select head from public.verify_custody_chain(tests.case_id('s'))),
  (select row_hash from public.custody_events where case_id = tests.case_id('s') and position = 6),
  'the head of the chain is the hash of its last event'
);
select is(
  (select prev_hash from public.custody_events where case_id = tests.case_id('s') and position = 1),
  repeat('0', 64), 'the first event links to the zero hash'
);

-- Offender details: written, but not for the keeper's eyes.
select is_empty(
  $$select * from public.case_parties where case_id = tests.case_id('s')$$,
  'the keeper cannot read back the offender details they recorded'
);

-- All or nothing.
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-002',
      '[{"species": "Python bivittatus", "count": 2, "recordAs": "individual"}, {"species": "Pythonus imaginarius", "count": 1, "recordAs": "group"}]'))$$,
  'PT422', 'Unknown species: Pythonus imaginarius', 'an unknown species is refused with PT422, naming it'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-002',
      items => '[{"description": "Ivory", "quantity": 2, "unit": "lb"}]'))$$,
  '22P02', null, 'an item in an unknown unit is refused after the case, lots and animals were written'
);
select is(
  (select count(*) from public.seizure_cases where lower(case_number) = 'sqltest-keeper-002')::int,
  0, 'a refused seizure leaves no case'
);
select is(
  (select count(*) from public.animals a join public.seizure_cases c on c.id = a.case_id where lower(c.case_number) = 'sqltest-keeper-002')::int,
  0, 'a refused seizure leaves no animals'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('sqltest-keeper-001'))$$,
  '23505', null, 'a case number already used, in any letter case, is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": 0, "recordAs": "group"}]'))$$,
  '22023', null, 'a lot of 0 animals is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": -1, "recordAs": "group"}]'))$$,
  '22023', null, 'a negative count is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": 100001, "recordAs": "group"}]'))$$,
  '22023', null, 'a count over 100000 is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": 1.5, "recordAs": "group"}]'))$$,
  '22023', null, 'a fractional count is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": "3", "recordAs": "group"}]'))$$,
  '22023', null, 'a count given as a string is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "recordAs": "group"}]'))$$,
  '22023', null, 'a lot without a count is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[{"species": "Naja kaouthia", "count": 3, "recordAs": "herd"}]'))$$,
  '22023', null, 'a lot recorded neither as group nor as individuals is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003',
      extra => '{"location": {"description": "Somewhere at sea", "lat": 91, "lng": 104.5}}'))$$,
  '23514', null, 'a latitude beyond 90 is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003',
      extra => '{"location": {"description": "Somewhere at sea", "lat": 11.5, "lng": -181}}'))$$,
  '23514', null, 'a longitude beyond -180 is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003',
      extra => '{"location": {"description": "Somewhere at sea", "lat": 11.5}}'))$$,
  '23514', null, 'a latitude without a longitude is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003') || jsonb_build_object('seizedAt', now() + interval '1 day'))$$,
  '23514', null, 'a seizure in the future is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003') || jsonb_build_object('receivedAt', now() + interval '1 day'))$$,
  '22023', null, 'a receipt in the future is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', '[]', '[]'))$$,
  '22023', 'A seizure needs at least one lot of animals or one evidence item.', 'a seizure of nothing is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003') - 'lots')$$,
  '22023', null, 'a payload without a lots array is refused'
);
select throws_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-003', extra => '{"leadOfficer": {"name": "Chea Sophal", "agency": "Forestry Administration"}}'))$$,
  '23502', null, 'a seizure without the lead officer''s id number is refused'
);
select is(
  (select count(*) from public.seizure_cases where case_number like 'SQLTEST-KEEPER-%')::int,
  1, 'none of the refused seizures left a case behind'
);
select lives_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-004', '[]'))$$,
  'a seizure of items only is accepted'
);
select lives_ok(
  $$select public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-005', items => '[]'))$$,
  'a seizure of animals only is accepted'
);

-- Splitting animals out of the group of cobras.
select lives_ok(
  $$insert into public.animals (case_id, lot_id, species_id, code)
    select l.case_id, l.id, l.species_id, 'PT-1999-000001' from public.lots l, generate_series(1, 2)
    where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  'the keeper splits 2 animals out of the group (the code they send is ignored)'
);
select results_eq(
  $$select l.in_care, l.split_out, (select count(*)::int from public.animals a where a.lot_id = l.id and a.code ~ '^PT-[0-9]{4}-[0-9]{6,}$' and a.code <> 'PT-1999-000001')
    from public.lots l where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  $$values (10, 2, 2)$$,
  'the group now holds 10, 2 are split out, and each got a generated code'
);
select throws_ok(
  $$insert into public.animals (case_id, lot_id, species_id)
    select l.case_id, l.id, l.species_id from public.lots l, generate_series(1, 11)
    where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  '23514', null, 'splitting 11 animals out of a group of 10 is refused'
);
select results_eq(
  $$select l.in_care, l.split_out, (select count(*)::int from public.animals a where a.lot_id = l.id)
    from public.lots l where l.case_id = tests.case_id('s') and l.count_received = 12$$,
  $$values (10, 2, 2)$$,
  'the refused split changed nothing'
);
select throws_ok(
  $$update public.lots set in_care = in_care - 1, died = died + 1 where case_id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot change the counts of a lot'
);
select throws_ok(
  $$update public.lots set count_received = 13, in_care = 11 where case_id = tests.case_id('s') and count_received = 12$$,
  '42501', null, 'the keeper cannot change the count received'
);
select is_empty(
  $$update public.lots set notes = 'Feeding well' where case_id = tests.case_id('s') returning 1$$,
  'the keeper cannot annotate a lot (vets and admins do)'
);
select throws_ok(
  $$delete from public.animals where case_id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot delete an animal'
);
select throws_ok(
  $$update public.animals set lot_id = (select id from public.lots where case_id = tests.case_id('s') and count_received = 12)
    where case_id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot move an animal to another lot'
);
select throws_ok(
  $$update public.animals set status = 'released' where case_id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot change an animal''s status directly'
);
select results_eq(
  $$update public.animals set microchip = '900123000000001', sex = 'female'
    where code = (tests.recall('s') -> 'lots' -> 0 -> 'animalCodes' ->> 0) returning microchip, sex::text$$,
  $$values ('900123000000001', 'female')$$,
  'the keeper can record an animal''s microchip and sex'
);
select is(
  (select count(*) from public.animals where case_id = tests.case_id('s'))::int,
  5, 'the case still has its 5 animals'
);

-- Cases and items are corrected by others.
select is_empty(
  $$update public.seizure_cases set status = 'closed' where id = tests.case_id('s') returning 1$$,
  'the keeper cannot change a case'
);
select throws_ok(
  $$delete from public.seizure_cases where id = tests.case_id('s')$$,
  '42501', null, 'the keeper cannot delete a case'
);
select is_empty(
  $$update public.evidence_items set description = 'Something else' where case_id = tests.case_id('s') returning 1$$,
  'the keeper cannot correct an evidence item'
);

select * from finish();
rollback;
