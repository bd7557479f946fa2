-- Anonymous callers read, write or call nothing of the vet records.
begin;
set local search_path = public, extensions;
select plan(12);

select ok(tests.record_vet_fixture('s', 'SQLTEST-ANON-VET-1'),
  'the vet records a seizure, the admin a drug with a reptile range, the vet an exam, a problem, a lot exam, a prescription and a dose given');

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
