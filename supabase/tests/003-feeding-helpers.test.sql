-- Helpers the feeding files share, created after 002-vet-records-helpers.test.sql and kept: this
-- file commits. Every write goes through the tables' own triggers and policies as the actor.
begin;

-- A seizure (kept under `key`), a test area with one enclosure (kept as key_area, key_pen), the
-- seizure's cobra group (lot 1) moved in, and the keeper's plan for it: two feedings a day
-- (07:00, 15:00) since three days ago (kept as key_plan). Ends acting as the keeper.
create or replace function tests.record_feeding_fixture(key text, case_number text)
returns boolean
language plpgsql
as $$
declare
  area_id uuid;
  pen_id uuid;
  plan_id uuid;
begin
  perform tests.authenticate_as('keeper');
  perform tests.remember(key, public.record_seizure(tests.seizure_payload(case_number)));
  perform tests.authenticate_as('admin');
  insert into public.enclosures (parent_id, kind, name)
  values ('00000000-0000-4000-8000-00000000e200', 'area', 'SQL test section ' || case_number)
  returning id into area_id;
  insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity)
  values (area_id, 'enclosure', 'SQL test pen', 'pen', 50)
  returning id into pen_id;
  perform tests.remember(key || '_area', to_jsonb(area_id));
  perform tests.remember(key || '_pen', to_jsonb(pen_id));
  perform tests.authenticate_as('keeper');
  perform public.move_to_enclosure(null, tests.lot_id(key, 1), pen_id, 'SQL test: straight from intake');
  insert into public.diet_plans (lot_id, items, feeding_times, starts_on)
  values (tests.lot_id(key, 1), '[{"food": "Thawed mice", "amount": 12, "unit": "items"}]', '{15:00,07:00}', public.centre_today() - 3)
  returning id into plan_id;
  perform tests.remember(key || '_plan', to_jsonb(plan_id));
  return true;
end
$$;
comment on function tests.record_feeding_fixture(text, text) is 'Tests only: a seizure, a test section and pen, and a diet plan for its cobra group.';

-- The id of a remembered plan, area or pen.
create or replace function tests.uuid_of(key text)
returns uuid
language sql
stable
as $$
  select (tests.recall(key) #>> '{}')::uuid
$$;
comment on function tests.uuid_of(text) is 'Tests only: a uuid kept with tests.remember().';

set local search_path = public, extensions;
select plan(1);
select has_function('tests', 'record_feeding_fixture', array['text', 'text'], 'the feeding fixture exists');
select * from finish();
commit;
