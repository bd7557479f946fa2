-- Helpers the vet-records files share, created after 001-seizure-helpers.test.sql and kept: this
-- file commits. They only look up what a remembered record_seizure() result names, with the
-- caller's rights, so RLS still decides what they find.
begin;

-- The id of the n-th animal (from 0) of a lot (from 0) of a remembered seizure.
create or replace function tests.animal_id(key text, lot integer, n integer)
returns uuid
language sql
stable
as $$
  select a.id from public.animals a where a.code = tests.recall(key) -> 'lots' -> lot -> 'animalCodes' ->> n
$$;
comment on function tests.animal_id(text, integer, integer) is 'Tests only: an animal of a remembered record_seizure() result.';

-- The id of a lot (from 0) of a remembered seizure.
create or replace function tests.lot_id(key text, lot integer)
returns uuid
language sql
stable
as $$
  select (tests.recall(key) -> 'lots' -> lot ->> 'id')::uuid
$$;
comment on function tests.lot_id(text, integer) is 'Tests only: a lot of a remembered record_seizure() result.';

-- The records every actor's file reads or is refused: a seizure (kept under `key`), a drug with a
-- reptile range added by the admin, and the vet's exam (2 kg), problem, lot exam, prescription and
-- a dose given, each written by the demo actor whose role allows it. Ends acting as the vet.
create or replace function tests.record_vet_fixture(key text, case_number text)
returns boolean
language plpgsql
as $$
begin
  perform tests.authenticate_as('vet');
  perform tests.remember(key, public.record_seizure(tests.seizure_payload(case_number)));
  perform tests.authenticate_as('admin');
  insert into public.drugs (name, concentration_mg_per_ml) values ('SQL test drug 50 mg/ml', 50);
  insert into public.drug_dose_ranges (drug_id, taxon_class, min_mg_per_kg, max_mg_per_kg, source)
  select id, 'reptile', 1, 10, 'SQL test formulary, p. 1' from public.drugs where name = 'SQL test drug 50 mg/ml';
  perform tests.authenticate_as('vet');
  insert into public.exams (animal_id, examined_at, weight_g, findings)
  values (tests.animal_id(key, 0, 0), now() - interval '1 hour', 2000, '{"eyes": "Clear"}');
  insert into public.problems (animal_id, title, started_on) values (tests.animal_id(key, 0, 0), 'Mites', current_date);
  insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id(key, 1), now(), 12, 0);
  insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on)
  select tests.animal_id(key, 0, 0), id, 5, 'im', 1, 7, (now() at time zone 'Asia/Phnom_Penh')::date
  from public.drugs where name = 'SQL test drug 50 mg/ml';
  insert into public.administrations (prescription_id, given_at, outcome, actual_ml)
  select id, now(), 'given', 0.2 from public.prescriptions where animal_id = tests.animal_id(key, 0, 0);
  return true;
end
$$;
comment on function tests.record_vet_fixture(text, text) is 'Tests only: one set of vet records, written by the roles that may write them.';

grant execute on function tests.animal_id(text, integer, integer), tests.lot_id(text, integer), tests.record_vet_fixture(text, text)
  to anon, authenticated, service_role;

set local search_path = public, extensions;
select plan(3);
select has_function('tests', 'animal_id', array['text', 'integer', 'integer'], 'the animal helper exists');
select has_function('tests', 'lot_id', array['text', 'integer'], 'the lot helper exists');
select has_function('tests', 'record_vet_fixture', array['text', 'text'], 'the fixture helper exists');
select * from finish();
commit;
