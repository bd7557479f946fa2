-- Helpers the seizure files share, created after 000-setup-tests-helpers.test.sql (files run in
-- name order) and kept: this file commits. They only build payloads and carry values from one
-- statement to the next; every write still goes through public.record_seizure() as the actor.
begin;

-- A record_seizure() payload that passes every check: seized two days ago, one lot of 3 pythons
-- recorded as individuals, one group of 12 cobras and one sealed bag of scales, unless `lots`,
-- `items` or `extra` (merged last, so it replaces top-level keys) say otherwise.
create or replace function tests.seizure_payload(
  case_number text,
  lots jsonb default '[{"species": "Python bivittatus", "count": 3, "recordAs": "individual"},
                       {"species": "Naja kaouthia", "count": 12, "recordAs": "group", "condition": "dehydrated"}]',
  items jsonb default '[{"description": "Pangolin scales in a sealed sack", "quantity": 12.5, "unit": "kg",
                         "sealNumbers": ["FA-S-001", "FA-S-002"]}]',
  extra jsonb default '{}'
)
returns jsonb
language sql
stable
as $$
  select jsonb_build_object(
    'caseNumber', case_number,
    'seizedAt', now() - interval '2 days',
    'location', jsonb_build_object('description', 'Checkpoint on National Road 4, Kampong Speu', 'lat', 11.4536, 'lng', 104.5209),
    'agency', 'Forestry Administration',
    'leadOfficer', jsonb_build_object('name', 'Chea Sophal', 'agency', 'Forestry Administration', 'idNumber', 'FA-0042'),
    'lots', lots,
    'items', items
  ) || extra
$$;
comment on function tests.seizure_payload(text, jsonb, jsonb, jsonb) is 'Tests only: a valid record_seizure() payload.';

-- Keep a value (e.g. what record_seizure() returned) until the transaction ends, whatever the role.
create or replace function tests.remember(key text, value jsonb)
returns boolean
language sql
as $$
  select set_config('tests.' || key, value::text, true) is not null
$$;
comment on function tests.remember(text, jsonb) is 'Tests only: keep a value for later statements of the transaction.';

create or replace function tests.recall(key text)
returns jsonb
language sql
stable
as $$
  select nullif(current_setting('tests.' || key, true), '')::jsonb
$$;
comment on function tests.recall(text) is 'Tests only: a value kept with tests.remember(), or null.';

-- The case id of a remembered record_seizure() result.
create or replace function tests.case_id(key text)
returns uuid
language sql
stable
as $$
  select (tests.recall(key) ->> 'caseId')::uuid
$$;
comment on function tests.case_id(text) is 'Tests only: the caseId of a remembered record_seizure() result.';

-- The owner tests act as service_role too.
grant usage on schema tests to service_role;
grant execute on function tests.seizure_payload(text, jsonb, jsonb, jsonb), tests.remember(text, jsonb),
  tests.recall(text), tests.case_id(text) to anon, authenticated, service_role;

set local search_path = public, extensions;
select plan(4);
select has_function('tests', 'seizure_payload', array['text', 'jsonb', 'jsonb', 'jsonb'], 'the payload helper exists');
select has_function('tests', 'remember', array['text', 'jsonb'], 'the remember helper exists');
select has_function('tests', 'recall', array['text'], 'the recall helper exists');
select has_function('tests', 'case_id', array['text'], 'the case id helper exists');
select * from finish();
commit;
