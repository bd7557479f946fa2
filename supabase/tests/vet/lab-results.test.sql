-- A vet records lab results (the database flags a number against its range), corrects them with
-- a new row, and writes necropsy reports for dead animals and for deaths in a lot's group. Each
-- refusal has its SQLSTATE and writes nothing (see 20261123210200_create_lab_results.sql and
-- 20261123210300_create_necropsies.sql).
begin;
set local search_path = public, extensions;
select plan(49);

select ok(tests.record_vet_fixture('s', 'SQLTEST-VET-LAB-1'), 'the vet records a seizure and its vet records');
select tests.authenticate_as('vet');

-- Numeric results: the flag is the database's whenever there is a range.
select lives_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, laboratory, value_numeric, unit,
      range_low, range_high, flag, recorded_by)
    values (tests.animal_id('s', 0, 0), 'Packed cell volume', 'blood', now() - interval '3 hours', now() - interval '1 hour',
      'In-house', 41, '%', 20, 35, 'normal', '00000000-0000-4000-8000-0000000000a1')$$,
  'the vet records a packed cell volume of 41 % against a 20-35 % range, typed as normal'
);
select results_eq(
  $$select flag, recorded_by, case_id = tests.case_id('s') from public.lab_results where test_name = 'Packed cell volume'$$,
  $$values ('high'::public.lab_flag, '00000000-0000-4000-8000-0000000000a2'::uuid, true)$$,
  'the database flags it high, names the vet as recorder and files it under the case, whatever was sent'
);
select lives_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, range_low, range_high, flag)
    values (tests.animal_id('s', 0, 0), 'Total protein', 'blood', now() - interval '3 hours', now(), 25, 'g/L', 30, 60, 'high'),
           (tests.animal_id('s', 0, 0), 'Glucose', 'blood', now() - interval '3 hours', now(), 4.5, 'mmol/L', 2.2, 5.5, 'critical'),
           (tests.animal_id('s', 0, 0), 'Uric acid', 'blood', now() - interval '3 hours', now(), 600, 'µmol/L', 0, 600, 'high'),
           (tests.animal_id('s', 0, 0), 'Calcium', 'blood', now() - interval '3 hours', now(), 3.9, 'mmol/L', null, 3.5, null),
           (tests.animal_id('s', 0, 0), 'Lactate', 'blood', now() - interval '3 hours', now(), 2.1, 'mmol/L', null, null, 'abnormal')$$,
  'five more numeric results, with wrong, missing or one-sided ranges'
);
select results_eq(
  $$select test_name, flag from public.lab_results where test_name in ('Total protein', 'Glucose', 'Uric acid', 'Calcium', 'Lactate') order by test_name$$,
  $$values ('Calcium', 'high'::public.lab_flag), ('Glucose', 'normal'), ('Lactate', 'abnormal'), ('Total protein', 'low'), ('Uric acid', 'normal')$$,
  'low below the range, normal within it (bounds included), high above a one-sided range; without a range the vet''s flag stays'
);
select is(public.lab_flag_for(1, null, null), null, 'lab_flag_for derives nothing without a range');

-- Text results keep the flag the vet gives; a lot examined as a group has results too.
select lives_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_text, flag)
    values (tests.animal_id('s', 0, 0), 'Salmonella culture', 'faeces', now() - interval '2 days', now(), 'Salmonella spp. isolated', 'abnormal'),
           (tests.animal_id('s', 0, 0), 'Mite check', 'skin_scraping', now() - interval '2 days', now(), ' negative ', null)$$,
  'the vet records two text results'
);
select results_eq(
  $$select value_text, flag from public.lab_results where test_name in ('Salmonella culture', 'Mite check') order by test_name$$,
  $$values ('negative', null::public.lab_flag), ('Salmonella spp. isolated', 'abnormal')$$,
  'they keep the flag given (or none), trimmed'
);
select lives_ok(
  $$insert into public.lab_results (lot_id, test_name, sample_type, collected_at, resulted_at, value_text, flag, notes)
    values (tests.lot_id('s', 1), 'Faecal flotation (pooled)', 'faeces', now() - interval '1 day', now(), 'Strongyle-type eggs seen', 'abnormal', 'Pooled from 12')$$,
  'and a pooled result for the cobra lot, recorded as a group'
);
select is((select case_id from public.lab_results where lot_id = tests.lot_id('s', 1)), tests.case_id('s'), 'filed under the lot''s case');

-- Refusals, each with its SQLSTATE.
select tests.remember('written', to_jsonb((select count(*) from public.lab_results)));
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at) values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now())$$,
  'RL015', null, 'a result without a value is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_text) values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now(), '  ')$$,
  'RL015', null, 'as is a blank text result'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, value_text)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now(), 30, '%', 'thirty')$$,
  'RL016', null, 'a number and a text together are refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric) values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now(), 30)$$,
  'RL017', null, 'a number without a unit is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, range_low, range_high)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now(), 30, '%', 35, 20)$$,
  'RL018', null, 'a range whose low end is above its high end is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now() + interval '1 day', now() + interval '1 day', 30, '%')$$,
  'RL010', null, 'a sample collected in the future is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now() - interval '1 day', now() + interval '1 day', 30, '%')$$,
  'RL010', null, 'a result given in the future is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now() - interval '1 hour', now() - interval '2 hours', 30, '%')$$,
  'RL019', null, 'a result before its sample was collected is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_text, range_low)
    values (tests.animal_id('s', 0, 0), 'PCV', 'blood', now(), now(), 'low', 20)$$,
  '23514', null, 'a reference range on a text result is refused'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, lot_id, test_name, sample_type, collected_at, resulted_at, value_text)
    values (tests.animal_id('s', 0, 0), tests.lot_id('s', 1), 'PCV', 'blood', now(), now(), 'low')$$,
  '23514', null, 'a result for an animal and a lot at once is refused'
);
select is((select count(*) from public.lab_results), (tests.recall('written') #>> '{}')::bigint, 'no refused result was written');

-- Corrections: a new row naming the one it supersedes, and why; nothing is changed or deleted.
select tests.remember('pcv', to_jsonb((select id from public.lab_results where test_name = 'Packed cell volume')));
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, range_low, range_high, corrects_id)
    values (tests.animal_id('s', 0, 0), 'Packed cell volume', 'blood', now() - interval '3 hours', now(), 31, '%', 20, 35, (tests.recall('pcv') #>> '{}')::uuid)$$,
  'RL021', null, 'a correction needs its reason'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, corrects_id, correction_reason)
    values (tests.animal_id('s', 0, 2), 'Packed cell volume', 'blood', now() - interval '3 hours', now(), 31, '%', (tests.recall('pcv') #>> '{}')::uuid, 'Transcription error')$$,
  'RL020', null, 'a correction cannot supersede another animal''s result'
);
select lives_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, range_low, range_high, corrects_id, correction_reason)
    values (tests.animal_id('s', 0, 0), 'Packed cell volume', 'blood', now() - interval '3 hours', now(), 31, '%', 20, 35, (tests.recall('pcv') #>> '{}')::uuid, 'Transcription error: 31 read as 41')$$,
  'the vet corrects the packed cell volume to 31 %, with a reason'
);
select is((select flag from public.lab_results where corrects_id = (tests.recall('pcv') #>> '{}')::uuid), 'normal'::public.lab_flag, 'the correction is flagged normal');
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, corrects_id, correction_reason)
    values (tests.animal_id('s', 0, 0), 'Packed cell volume', 'blood', now() - interval '3 hours', now(), 32, '%', (tests.recall('pcv') #>> '{}')::uuid, 'Another look')$$,
  'RL020', null, 'a result already corrected cannot be corrected again: the correction is'
);
select throws_ok($$update public.lab_results set value_numeric = 30$$, '42501', null, 'lab results cannot be changed');
select throws_ok($$delete from public.lab_results$$, '42501', null, 'nor deleted');
select is((select count(*) from public.lab_results where test_name = 'Packed cell volume')::int, 2, 'the original and its correction are both kept');

-- Necropsies.
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner) values (tests.animal_id('s', 0, 0), now(), 'disease')$$,
  'RL022', 'This animal is in care: a necropsy is only for an animal that died or was euthanized.',
  'a necropsy of an animal in care is refused'
);
-- No app function records a death yet (dispositions come with issue 5): the superuser does.
reset role;
update public.animals set status = 'died' where id = tests.animal_id('s', 0, 1);
update public.animals set status = 'released' where id = tests.animal_id('s', 0, 2);
update public.lots set in_care = in_care - 2, died = died + 1, euthanized = euthanized + 1 where id = tests.lot_id('s', 1);
select tests.authenticate_as('vet');
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner) values (tests.animal_id('s', 0, 2), now(), 'disease')$$,
  'RL022', 'This animal was released, not dead: a necropsy is only for an animal that died or was euthanized.',
  'and of a released one'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner) values (tests.animal_id('s', 0, 1), now() + interval '1 day', 'disease')$$,
  'RL010', null, 'a necropsy in the future is refused'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner, performed_by) values (tests.animal_id('s', 0, 1), now(), 'disease', '00000000-0000-4000-8000-0000000000a3')$$,
  'RL026', null, 'a keeper cannot be named as having performed it'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner, internal_findings) values (tests.animal_id('s', 0, 1), now(), 'disease', '{"wings": "fine"}')$$,
  '23514', null, 'internal findings under a body system that does not exist are refused'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner, samples_taken) values (tests.animal_id('s', 0, 1), now(), 'disease', '{"liver", " "}')$$,
  '23514', null, 'a blank sample is refused'
);
select is_empty($$select 1 from public.necropsies$$, 'no refused necropsy was written');
select lives_ok(
  $$insert into public.necropsies (animal_id, performed_at, body_condition_score, external_findings, internal_findings, cause_of_death, manner,
      samples_taken, conclusions, recorded_by)
    values (tests.animal_id('s', 0, 1), now() - interval '1 hour', 2, 'Thin; retained shed',
      '{"respiratory": "Consolidated right lung, caseous plaques", "digestive": "Empty stomach"}', 'Bacterial pneumonia', 'disease',
      '{"lung in formalin", "lung swab for culture"}', 'Pneumonia with poor condition', '00000000-0000-4000-8000-0000000000a1')$$,
  'the vet records the necropsy of the python that died'
);
select results_eq(
  $$select performed_by, recorded_by, case_id = tests.case_id('s'), samples_taken, internal_findings ? 'respiratory'
    from public.necropsies where animal_id = tests.animal_id('s', 0, 1)$$,
  $$values ('00000000-0000-4000-8000-0000000000a2'::uuid, '00000000-0000-4000-8000-0000000000a2'::uuid, true,
            '{"lung in formalin", "lung swab for culture"}'::text[], true)$$,
  'performed and recorded by the vet, under the case, with its samples and findings by body system'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner) values (tests.animal_id('s', 0, 1), now(), 'unknown')$$,
  'RL024', null, 'a second necropsy of the same animal is refused'
);
select lives_ok(
  $$insert into public.lab_results (animal_id, necropsy_id, test_name, sample_type, collected_at, resulted_at, value_text, flag)
    select tests.animal_id('s', 0, 1), id, 'Bacterial culture', 'swab', now() - interval '1 hour', now(), 'Pseudomonas spp. isolated', 'abnormal'
    from public.necropsies where animal_id = tests.animal_id('s', 0, 1)$$,
  'a culture of a swab taken at the necropsy is linked to it'
);
select is(
  (select count(*) from public.lab_results r join public.necropsies n on n.id = r.necropsy_id where n.animal_id = tests.animal_id('s', 0, 1))::int, 1,
  'the necropsy lists its lab result'
);
select throws_ok(
  $$insert into public.lab_results (animal_id, necropsy_id, test_name, sample_type, collected_at, resulted_at, value_text)
    select tests.animal_id('s', 0, 0), id, 'Histology', 'tissue', now() - interval '1 hour', now(), 'Normal liver'
    from public.necropsies where animal_id = tests.animal_id('s', 0, 1)$$,
  'RL025', null, 'a lab result of another animal cannot be linked to it'
);

-- A lot's group: as many necropsies as deaths (one died, one euthanized), no more.
select lives_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner, cause_of_death) values (tests.lot_id('s', 1), now() - interval '2 hours', 'disease', 'Dehydration')$$,
  'the vet records a necropsy of the cobra that died'
);
select lives_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner, performed_by) values (tests.lot_id('s', 1), now() - interval '1 hour', 'euthanasia', '00000000-0000-4000-8000-0000000000a2')$$,
  'and of the one euthanized'
);
select throws_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner) values (tests.lot_id('s', 1), now(), 'unknown')$$,
  'RL023', 'The lot''s group counts 2 deaths and 2 necropsies are already recorded: record the death first.',
  'a third is refused: the group counts two deaths'
);
select throws_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner) values (tests.lot_id('s', 0), now(), 'unknown')$$,
  'RL023', null, 'a lot whose group counts no deaths has none'
);
select is((select count(*) from public.necropsies)::int, 3, 'three necropsies in all');
select throws_ok($$update public.necropsies set cause_of_death = 'Trauma'$$, '42501', null, 'necropsies cannot be changed');
select throws_ok($$delete from public.necropsies$$, '42501', null, 'nor deleted');

select * from finish();
rollback;
