-- A prosecutor reads nothing of the vet records, not even of a case granted to them with
-- veterinary details included: what an evidence sheet shows of them is decided there, later.
begin;
set local search_path = public, extensions;
select plan(14);

select tests.authenticate_as('vet');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-PROSECUTOR-VET-1'))), 'the vet records a seizure');
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
select tests.remember('rx', to_jsonb((select id from public.prescriptions where animal_id = tests.animal_id('s', 0, 0))));
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id, include_veterinary)
    values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5', true)$$,
  'the admin grants the case to the prosecutor, veterinary details included'
);

select tests.authenticate_as('prosecutor');
select isnt_empty($$select 1 from public.animals where case_id = tests.case_id('s')$$, 'the prosecutor sees the case''s animals');
select is_empty($$select 1 from public.exams$$, 'but no exams');
select is_empty($$select 1 from public.lot_exams$$, 'no lot exams');
select is_empty($$select 1 from public.animal_latest_weights$$, 'no weights');
select is_empty($$select 1 from public.problems$$, 'no problems');
select is_empty($$select 1 from public.prescriptions$$, 'no prescriptions');
select is_empty($$select 1 from public.administrations$$, 'no administrations');
select is_empty($$select 1 from public.drugs where name like 'SQL test%'$$, 'no drugs');
select is_empty($$select 1 from public.drug_dose_ranges$$, 'no dose ranges');
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome) values ((tests.recall('rx') #>> '{}')::uuid, now(), 'missed')$$,
  '23503', 'This prescription was not found.', 'and logs nothing: to them the prescription does not exist'
);

select * from finish();
rollback;
