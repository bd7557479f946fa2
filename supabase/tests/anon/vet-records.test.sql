-- Anonymous callers read, write or call nothing of the vet records.
begin;
set local search_path = public, extensions;
select plan(14);

select tests.authenticate_as('vet');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-ANON-VET-1'))), 'the vet records a seizure');
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml) values ('SQL test drug 50 mg/ml', 50);
    insert into public.drug_dose_ranges (drug_id, taxon_class, min_mg_per_kg, max_mg_per_kg, source)
    select id, 'reptile', 1, 10, 'SQL test formulary, p. 1' from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'the admin adds a drug with a reptile range'
);
select tests.authenticate_as('vet');
select lives_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g, findings) values (tests.animal_id('s', 0, 0), now() - interval '1 hour', 2000, '{"eyes": "Clear"}');
    insert into public.problems (animal_id, title, started_on) values (tests.animal_id('s', 0, 0), 'Mites', current_date);
    insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id('s', 1), now(), 12, 0);
    insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 0), id, 5, 'im', 1, 7, (now() at time zone 'Asia/Phnom_Penh')::date from public.drugs where name = 'SQL test drug 50 mg/ml';
    insert into public.administrations (prescription_id, given_at, outcome, actual_ml)
    select id, now(), 'given', 0.2 from public.prescriptions where animal_id = tests.animal_id('s', 0, 0)$$,
  'the vet records an exam, a problem, a lot exam, a prescription and a dose given'
);

select tests.authenticate_as('anon');
select throws_ok($$select * from public.exams$$, '42501', null, 'anon cannot read exams');
select throws_ok($$select * from public.lot_exams$$, '42501', null, 'nor lot exams');
select throws_ok($$select * from public.animal_latest_weights$$, '42501', null, 'nor weights');
select throws_ok($$select * from public.problems$$, '42501', null, 'nor problems');
select throws_ok($$select * from public.drugs$$, '42501', null, 'nor the drug list');
select throws_ok($$select * from public.drug_dose_ranges$$, '42501', null, 'nor dose ranges');
select throws_ok($$select * from public.prescriptions$$, '42501', null, 'nor prescriptions');
select throws_ok($$select * from public.administrations$$, '42501', null, 'nor administrations');
select throws_ok(
  $$insert into public.exams (animal_id, examined_at) values ('00000000-0000-4000-8000-000000000001', now())$$,
  '42501', null, 'anon cannot record an exam'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome) values ('00000000-0000-4000-8000-000000000001', now(), 'missed')$$,
  '42501', null, 'nor log an administration'
);
select throws_ok($$select public.weight_max_age()$$, '42501', null, 'nor ask for the weight policy');

select * from finish();
rollback;
