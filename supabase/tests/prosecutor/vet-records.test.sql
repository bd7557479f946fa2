-- A prosecutor reads nothing of the vet records, not even of a case granted to them with
-- veterinary details included: what an evidence sheet shows of them is decided there, later.
begin;
set local search_path = public, extensions;
select plan(12);

select ok(tests.record_vet_fixture('s', 'SQLTEST-PROSECUTOR-VET-1'),
  'the vet records a seizure, the admin a drug with a reptile range, the vet an exam, a problem, a lot exam, a prescription and a dose given');
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
