-- The admin keeps the drug list, dose ranges and species maximum weights (each with a source),
-- reads the vet records of their centre, and writes no clinical record.
begin;
set local search_path = public, extensions;
select plan(15);

select ok(tests.record_vet_fixture('s', 'SQLTEST-ADMIN-VET-1'),
  'the vet records a seizure, the admin a drug with a reptile range, the vet an exam, a problem, a lot exam, a prescription and a dose given');

select tests.remember('rx', to_jsonb((select id from public.prescriptions where animal_id = tests.animal_id('s', 0, 0))));
select tests.authenticate_as('admin');
select throws_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml) values ('sql TEST drug 50 MG/ML', 50)$$,
  '23505', null, 'a drug name is unique whatever its letter case'
);
select throws_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml) values ('SQL test drug zero', 0)$$,
  '23514', null, 'a concentration of zero is refused'
);
select throws_ok(
  $$insert into public.drug_dose_ranges (drug_id, taxon_class, min_mg_per_kg, max_mg_per_kg, source)
    select id, 'bird', 10, 5, 'SQL test formulary' from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  '23514', null, 'a range whose maximum is below its minimum is refused'
);
select throws_ok(
  $$insert into public.drug_dose_ranges (drug_id, taxon_class, min_mg_per_kg, max_mg_per_kg)
    select id, 'bird', 1, 5 from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  '23502', null, 'a range needs its source'
);
select throws_ok(
  $$update public.species set max_adult_weight_g = 10000 where scientific_name = 'Python bivittatus'$$,
  '23514', null, 'a species maximum needs its source'
);
select throws_ok(
  $$update public.species set max_adult_weight_g = 3000000, max_adult_weight_source = 'SQL test' where scientific_name = 'Python bivittatus'$$,
  '23514', null, 'and cannot exceed the ceiling of the class (2,000 kg for reptiles)'
);
select isnt_empty(
  $$update public.species set max_adult_weight_g = 10000, max_adult_weight_source = 'SQL test value' where scientific_name = 'Python bivittatus' returning 1$$,
  'the admin sets a species maximum with its source'
);
select throws_ok(
  $$update public.drugs set concentration_mg_per_ml = 100 where name = 'SQL test drug 50 mg/ml'$$,
  '42501', null, 'a drug''s concentration never changes'
);
select is((select count(*) from public.exams where case_id = tests.case_id('s'))::int, 1, 'the admin reads the exams of the centre');
select is((select count(*) from public.administrations where case_id = tests.case_id('s'))::int, 1, 'and the administrations');
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 1), now(), 1800)$$,
  '42501', null, 'the admin records no exam'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 0), id, 5, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  '42501', null, 'and writes no prescription'
);
select throws_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome) values ((tests.recall('rx') #>> '{}')::uuid, now(), 'missed')$$,
  '42501', null, 'nor logs an administration'
);
select throws_ok($$delete from public.prescriptions$$, '42501', null, 'nor deletes a prescription');

select * from finish();
rollback;
