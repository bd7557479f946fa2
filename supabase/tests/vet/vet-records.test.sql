-- A vet records exams, lot exams, problems and prescriptions; the database computes the volume
-- from the latest weight and refuses unsafe weights, doses and times with their own SQLSTATEs
-- (see 20261123210000_create_vet_records.sql and 20261123210100_create_prescriptions.sql).
begin;
set local search_path = public, extensions;
select plan(46);

select tests.authenticate_as('vet');
-- Lot 0: 3 Burmese pythons (reptiles) as individuals; lot 1: 12 cobras as a group.
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-VET-RECORDS-1'))), 'the vet records a seizure');

-- Reference data is the admin's: a drug with a reptile range, a drug with no range, a species maximum.
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml, form) values ('SQL test drug 50 mg/ml', 50, 'injectable solution'),
      ('SQL test drug without ranges', 10, null)$$,
  'the admin adds two drugs'
);
select lives_ok(
  $$insert into public.drug_dose_ranges (drug_id, taxon_class, min_mg_per_kg, max_mg_per_kg, source)
    select id, 'reptile', 1, 10, 'SQL test formulary, p. 1' from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'and its reptile range, 1-10 mg/kg'
);
select lives_ok(
  $$update public.species set max_adult_weight_g = 10000, max_adult_weight_source = 'SQL test value' where scientific_name = 'Python bivittatus'$$,
  'and a 10 kg maximum for the species (a test value)'
);
select tests.authenticate_as('vet');

-- Exams and weights.
select lives_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g, body_condition_score, temperature_c, findings, assessment, plan, examined_by)
    values (tests.animal_id('s', 0, 0), now() - interval '1 hour', 2000, 3, 28.5,
            '{"integument": "Mites around the eyes", "respiratory": "Clear"}', 'Mild mite infestation', 'Treat and re-weigh in a week',
            '00000000-0000-4000-8000-0000000000a1')$$,
  'the vet records an exam with a 2,000 g weight and findings by body system'
);
select results_eq(
  $$select examined_by, case_id = tests.case_id('s'), weight_g from public.exams where animal_id = tests.animal_id('s', 0, 0)$$,
  $$values ('00000000-0000-4000-8000-0000000000a2'::uuid, true, 2000.000::numeric)$$,
  'the database names the vet as examiner, whatever was sent, and files the exam under the case'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 1), now(), 40000)$$,
  'RL006', null, 'a 40 kg weight for a species whose maximum is 10 kg is refused without confirmation'
);
select lives_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g, weight_confirmed) values (tests.animal_id('s', 0, 1), now(), 40000, true)$$,
  'and accepted when confirmed'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g, weight_confirmed) values (tests.animal_id('s', 0, 1), now(), 4000000, true)$$,
  'RL007', null, 'a 4,000 kg reptile is refused, confirmed or not'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 1), now(), 0)$$,
  'RL008', null, 'a zero weight is refused'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 1), now(), -5)$$,
  'RL008', null, 'a negative weight is refused'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at) values (tests.animal_id('s', 0, 1), now() + interval '1 day')$$,
  'RL010', null, 'an exam in the future is refused'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, findings) values (tests.animal_id('s', 0, 1), now(), '{"wings": "fine"}')$$,
  '23514', null, 'findings under a body system that does not exist are refused'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, temperature_c) values (tests.animal_id('s', 0, 1), now(), 80)$$,
  '23514', null, 'an implausible temperature is refused'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, body_condition_score) values (tests.animal_id('s', 0, 1), now(), 6)$$,
  '23514', null, 'a body condition score outside 1-5 is refused'
);
select is((select count(*) from public.exams where animal_id = tests.animal_id('s', 0, 1))::int, 1, 'only the confirmed exam was written');
select throws_ok($$update public.exams set weight_g = 3000$$, '42501', null, 'exams cannot be changed');

-- Prescriptions.
select lives_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on, volume_ml, weight_g)
    select tests.animal_id('s', 0, 0), id, 5, 'im', 1, 7, (now() at time zone 'Asia/Phnom_Penh')::date, 99, 1
    from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'the vet prescribes 5 mg/kg of a 50 mg/ml drug'
);
select results_eq(
  $$select volume_ml, weight_g, concentration_mg_per_ml, range_min_mg_per_kg, range_max_mg_per_kg, prescribed_by
    from public.prescriptions where animal_id = tests.animal_id('s', 0, 0)$$,
  $$values (0.200::numeric, 2000.000::numeric, 50.0000::numeric, 1.0000::numeric, 10.0000::numeric, '00000000-0000-4000-8000-0000000000a2'::uuid)$$,
  'the database computes 0.2 ml from the 2,000 g weight, whatever volume and weight were sent'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 0), id, 50, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'RL004', null, 'a dose outside the range is refused without a reason'
);
select lives_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on, out_of_range_reason)
    select tests.animal_id('s', 0, 0), id, 12, 'im', 1, 7, current_date, 'Resistant infection, culture result 14 Nov'
    from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'and accepted with one'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 0), id, 1, 'oral', 2, 5, current_date from public.drugs where name = 'SQL test drug without ranges'$$,
  'RL005', null, 'a drug with no range for the class needs a reason'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 2), id, 5, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'RL002', null, 'an animal never weighed cannot be prescribed a dose'
);
select lives_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 2), now() - interval '20 days', 1500)$$,
  'the third python was weighed 20 days ago'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 2), id, 5, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'RL003', null, 'a weight older than 14 days is refused'
);
select lives_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, every_days, duration_days, starts_on, weight_age_override_reason)
    select tests.animal_id('s', 0, 2), id, 5, 'im', 1, 3, 9, current_date, 'Too stressed to handle; weight stable last month'
    from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'unless the vet gives a reason'
);
select is(
  (select volume_ml from public.prescriptions where animal_id = tests.animal_id('s', 0, 2)), 0.150::numeric,
  'that prescription uses the 1,500 g weight: 0.15 ml'
);

reset role;
update public.animals set status = 'died' where id = tests.animal_id('s', 0, 1);
select tests.authenticate_as('vet');
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 1), id, 5, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'RL001', null, 'an animal that died cannot be prescribed anything'
);

-- Administrations.
select tests.remember('rx', to_jsonb((select id from public.prescriptions where animal_id = tests.animal_id('s', 0, 0) and dose_mg_per_kg = 5)));
select lives_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome, actual_ml, calculated_ml)
    values ((tests.recall('rx') #>> '{}')::uuid, now(), 'given', 0.2, 42)$$,
  'the vet logs a dose given'
);
select results_eq(
  $$select calculated_ml, actual_ml, given_by, animal_id = tests.animal_id('s', 0, 0) from public.administrations$$,
  $$values (0.200::numeric, 0.200::numeric, '00000000-0000-4000-8000-0000000000a2'::uuid, true)$$,
  'the calculated volume is copied from the prescription, whatever was sent'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome, actual_ml) values ((tests.recall('rx') #>> '{}')::uuid, now() + interval '1 hour', 'given', 0.2)$$,
  'RL010', null, 'an administration in the future is refused'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome, actual_ml) values ((tests.recall('rx') #>> '{}')::uuid, now() - interval '3 days', 'given', 0.2)$$,
  'RL011', null, 'an administration before the prescription starts is refused'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome) values ((tests.recall('rx') #>> '{}')::uuid, now(), 'given')$$,
  'RL013', null, 'a dose given needs the volume actually given'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome, actual_ml) values ((tests.recall('rx') #>> '{}')::uuid, now(), 'refused', 0.2)$$,
  'RL013', null, 'a refused dose has no volume given'
);
select throws_ok($$delete from public.administrations$$, '42501', null, 'administrations cannot be deleted');

-- Stopping, never deleting.
select throws_ok($$delete from public.prescriptions$$, '42501', null, 'prescriptions cannot be deleted');
select throws_ok(
  $$update public.prescriptions set dose_mg_per_kg = 8 where id = (tests.recall('rx') #>> '{}')::uuid$$,
  '42501', null, 'nor their dose changed'
);
select lives_ok(
  $$update public.prescriptions set stopped_at = now(), stop_reason = 'Mites cleared' where id = (tests.recall('rx') #>> '{}')::uuid$$,
  'the vet stops a prescription with a reason'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome) values ((tests.recall('rx') #>> '{}')::uuid, now() + interval '1 minute', 'missed')$$,
  'RL012', null, 'no administration is logged after it was stopped'
);

-- Lot exams and problems.
select throws_ok(
  $$insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id('s', 1), now(), 13, 0)$$,
  'RL014', null, 'a lot exam cannot count more animals than the lot received'
);
select throws_ok(
  $$insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id('s', 1), now(), 10, 11)$$,
  '23514', null, 'nor more with findings than examined'
);
select lives_ok(
  $$insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings, notes) values (tests.lot_id('s', 1), now(), 12, 3, 'Three dehydrated')$$,
  'the vet records an intake exam of the whole lot'
);
select throws_ok(
  $$insert into public.problems (animal_id, title, started_on, resolved_on) values (tests.animal_id('s', 0, 0), 'Mites', current_date, current_date - 1)$$,
  '23514', null, 'a problem cannot be resolved before it started'
);
select lives_ok(
  $$insert into public.problems (animal_id, title, started_on) values (tests.animal_id('s', 0, 0), 'Mites', current_date - 2)$$,
  'the vet records a problem'
);
select isnt_empty(
  $$update public.problems set resolved_on = current_date where animal_id = tests.animal_id('s', 0, 0) returning 1$$,
  'and resolves it'
);
select throws_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml) values ('SQL test vet drug', 5)$$,
  '42501', null, 'the vet cannot add to the drug list'
);

select * from finish();
rollback;
