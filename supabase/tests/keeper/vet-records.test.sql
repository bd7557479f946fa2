-- A keeper reads the vet records of their centre and logs administrations on rounds, but cannot
-- write exams, problems or prescriptions (RLS, 42501), nor stop a prescription, nor change the log.
begin;
set local search_path = public, extensions;
select plan(14);

select ok(tests.record_vet_fixture('s', 'SQLTEST-KEEPER-VET-1'),
  'the vet records a seizure, the admin a drug with a reptile range, the vet an exam, a problem, a lot exam, a prescription and a dose given');

select tests.authenticate_as('keeper');
select is((select count(*) from public.exams where case_id = tests.case_id('s'))::int, 1, 'the keeper reads the exam');
select is(
  (select volume_ml from public.prescriptions where animal_id = tests.animal_id('s', 0, 0)), 0.200::numeric,
  'and the prescription with its volume'
);
select throws_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
    select tests.animal_id('s', 0, 0), id, 5, 'im', 1, 7, current_date from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  '42501', null, 'the keeper cannot write a prescription'
);
select throws_ok(
  $$insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('s', 0, 1), now(), 1800)$$,
  '42501', null, 'nor record an exam'
);
select throws_ok(
  $$insert into public.problems (animal_id, title, started_on) values (tests.animal_id('s', 0, 1), 'Wound', current_date)$$,
  '42501', null, 'nor a problem'
);
select is((select count(*) from public.problems where animal_id = tests.animal_id('s', 0, 0) and resolved_on is null)::int, 1, 'the keeper reads the open problem');
select is_empty(
  $$update public.problems set resolved_on = current_date where animal_id = tests.animal_id('s', 0, 0) returning 1$$,
  'but cannot resolve it: that is the vets'' work'
);
select throws_ok(
  $$insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id('s', 1), now(), 1, 0)$$,
  '42501', null, 'nor a lot exam'
);
select is_empty(
  $$update public.prescriptions set stopped_at = now(), stop_reason = 'Keeper says so' returning 1$$,
  'nor stop a prescription'
);
select lives_ok(
  $$insert into public.administrations (prescription_id, given_at, outcome, notes)
    select id, now(), 'refused', 'Bit the syringe' from public.prescriptions where animal_id = tests.animal_id('s', 0, 0)$$,
  'the keeper logs a refused dose on the round'
);
select results_eq(
  $$select given_by, calculated_ml, actual_ml from public.administrations where outcome = 'refused'$$,
  $$values ('00000000-0000-4000-8000-0000000000a3'::uuid, 0.200::numeric, null::numeric)$$,
  'logged as given by the keeper, with the calculated volume'
);
select throws_ok($$update public.administrations set notes = 'changed'$$, '42501', null, 'the keeper cannot change the log');
select throws_ok(
  $$insert into public.drugs (name, concentration_mg_per_ml) values ('SQL test keeper drug', 5)$$,
  '42501', null, 'nor add to the drug list'
);

select * from finish();
rollback;
