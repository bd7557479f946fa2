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

grant execute on function tests.animal_id(text, integer, integer), tests.lot_id(text, integer) to anon, authenticated, service_role;

set local search_path = public, extensions;
select plan(2);
select has_function('tests', 'animal_id', array['text', 'integer', 'integer'], 'the animal helper exists');
select has_function('tests', 'lot_id', array['text', 'integer'], 'the lot helper exists');
select * from finish();
commit;
