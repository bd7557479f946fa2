-- Helpers the lab-result and necropsy files share, created after 002-vet-records-helpers.test.sql
-- and kept: this file commits. Every record is written by the actor whose role allows it.
begin;

-- Deaths recorded by the vet through record_disposition(): one python of lot 0 died, and of the
-- 12 cobras of lot 1 (a group) one died and one was euthanized. The caller re-authenticates afterwards.
create or replace function tests.record_fixture_deaths(key text)
returns boolean
language plpgsql
as $$
begin
  perform tests.authenticate_as('vet');
  perform public.record_disposition('died', now() - interval '1 hour', 'Snake house',
    p_animal_id => tests.animal_id(key, 0, 1), p_found_dead => true, p_cause => 'Found dead in the morning round');
  perform public.record_disposition('died', now() - interval '1 hour', 'Snake house',
    p_lot_id => tests.lot_id(key, 1), p_count => 1, p_found_dead => false, p_cause => 'Respiratory disease');
  perform public.record_disposition('euthanized', now() - interval '1 hour', 'Clinic',
    p_lot_id => tests.lot_id(key, 1), p_count => 1, p_reason => 'Untreatable spinal injury, in pain',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a2', p_method => 'Pentobarbital IV');
  return true;
end
$$;
comment on function tests.record_fixture_deaths(text) is 'Tests only: deaths in a remembered seizure, recorded by the vet.';

-- record_vet_fixture(), then, as the vet: a numeric result with a range for python 0 (the
-- database flags it high), a text result for the cobra lot, the deaths above, a necropsy of the
-- dead python with a lab result taken at it, and a necropsy of one cobra death. Ends as the vet.
create or replace function tests.record_lab_fixture(key text, case_number text)
returns boolean
language plpgsql
as $$
begin
  perform tests.record_vet_fixture(key, case_number);
  insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit, range_low, range_high)
  values (tests.animal_id(key, 0, 0), 'Packed cell volume', 'blood', now() - interval '2 hours', now() - interval '1 hour', 41, '%', 20, 35);
  insert into public.lab_results (lot_id, test_name, sample_type, collected_at, resulted_at, value_text, flag)
  values (tests.lot_id(key, 1), 'Faecal flotation', 'faeces', now() - interval '1 day', now() - interval '2 hours', 'Strongyle-type eggs seen', 'abnormal');
  perform tests.record_fixture_deaths(key);
  perform tests.authenticate_as('vet');
  insert into public.necropsies (animal_id, performed_at, manner, cause_of_death, internal_findings, samples_taken)
  values (tests.animal_id(key, 0, 1), now() - interval '30 minutes', 'disease', 'Pneumonia',
          '{"respiratory": "Consolidated right lung"}', '{"lung in formalin", "lung swab"}');
  insert into public.lab_results (animal_id, necropsy_id, test_name, sample_type, collected_at, resulted_at, value_text)
  select tests.animal_id(key, 0, 1), n.id, 'Bacterial culture', 'swab', now() - interval '30 minutes', now(), 'Pseudomonas spp. isolated'
  from public.necropsies n where n.animal_id = tests.animal_id(key, 0, 1);
  insert into public.necropsies (lot_id, performed_at, manner) values (tests.lot_id(key, 1), now() - interval '20 minutes', 'unknown');
  return true;
end
$$;
comment on function tests.record_lab_fixture(text, text) is 'Tests only: vet records, lab results, two deaths and their necropsies.';

grant execute on function tests.record_fixture_deaths(text), tests.record_lab_fixture(text, text) to anon, authenticated, service_role;

set local search_path = public, extensions;
select plan(2);
select has_function('tests', 'record_fixture_deaths', array['text'], 'the deaths helper exists');
select has_function('tests', 'record_lab_fixture', array['text', 'text'], 'the lab fixture helper exists');
select * from finish();
commit;
