-- A keeper reads an animal's page in one call (animal_page()): the animal with its species and
-- case number, its timeline (the case's events, its lot's and its own, not its case's other lots'),
-- the place tree, its quarantine, its diet plan and its latest feedings. Unknown codes, codes in
-- small letters and animals of another centre are all null.
begin;
set local search_path = public, extensions;
select plan(18);

select is(
  (select array[prosecdef::text, provolatile::text] from pg_proc where oid = 'public.animal_page(text)'::regprocedure),
  array['false', 's'], 'animal_page() is security invoker and stable'
);

-- The fixture's seizure: lot 0 is 3 pythons recorded as individuals, lot 1 the cobra group in
-- the test pen. The first python goes into quarantine housing and gets a plan and two feedings.
select ok(tests.record_feeding_fixture('ap', 'SQLTEST-KEEPER-ANIMAL-PAGE-1'), 'the keeper records a seizure and the cobras'' plan');
select tests.remember('code', tests.recall('ap') -> 'lots' -> 0 -> 'animalCodes' -> 0);
select tests.remember('python', to_jsonb(tests.animal_id('ap', 0, 0)));
select lives_ok(
  $$select public.move_to_enclosure(tests.uuid_of('python'), null, '00000000-0000-4000-8000-00000000e111')$$,
  'the python moves into Tank 12, quarantine housing'
);
select lives_ok(
  $$with p as (
      insert into public.diet_plans (animal_id, items, feeding_times, starts_on)
      values (tests.uuid_of('python'), '[{"food": "Thawed rats", "amount": 1, "unit": "items"}]', '{08:00}', public.centre_today() - 3)
      returning id)
    select tests.remember('plan', to_jsonb(p.id)) from p$$,
  'the keeper plans its diet'
);
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, concerns)
    values (gen_random_uuid(), tests.uuid_of('plan'), public.centre_today() - 1, 1, 'eaten_all', null),
           (gen_random_uuid(), tests.uuid_of('plan'), public.centre_today(), 1, 'eaten_part', 'Left the tail')$$,
  'and logs two feedings'
);
select tests.remember('page', public.animal_page(tests.recall('code') #>> '{}'));

select is(
  tests.recall('page') #>> '{animal,code}', tests.recall('code') #>> '{}', 'the page is the python''s'
);
select results_eq(
  $$select p #>> '{animal,case_number}', p #>> '{animal,species,scientific_name}', (p #>> '{animal,enclosure_id}')::uuid, p #>> '{animal,status}'
    from tests.recall('page') p$$,
  $$values ('SQLTEST-KEEPER-ANIMAL-PAGE-1', 'Python bivittatus', '00000000-0000-4000-8000-00000000e111'::uuid, 'in_care')$$,
  'with its case number, species, enclosure and status'
);
select results_eq(
  $$select (e ->> 'id')::uuid from jsonb_array_elements(tests.recall('page') -> 'events') e$$,
  $$select e.id from public.custody_events e
    where e.case_id = tests.case_id('ap')
      and (e.subject = 'case' or e.lot_id = tests.lot_id('ap', 0) or e.animal_id = tests.uuid_of('python'))
    order by e.position$$,
  'the timeline is the case''s events, its lot''s and its own, in chain order'
);
select is(
  (select count(*)::int from jsonb_array_elements(tests.recall('page') -> 'events') e where (e ->> 'lot_id')::uuid = tests.lot_id('ap', 1)),
  0, 'not the cobras'' move'
);
select results_eq(
  $$select e ->> 'animal_code', e ->> 'recorder_name', e ->> 'row_hash' is not null
    from jsonb_array_elements(tests.recall('page') -> 'events') e where e ->> 'event_type' = 'moved'$$,
  $$values (tests.recall('code') #>> '{}', 'Vannak Sok', true)$$,
  'its move names the animal''s code and the keeper who recorded it'
);
select is(tests.recall('page') -> 'photos', '[]'::jsonb, 'it has no photos yet');
select results_eq(
  $$select p ->> 'name', (p ->> 'head_count')::int from jsonb_array_elements(tests.recall('page') -> 'places') p
    where p ->> 'name' in ('Tank 12', 'SQL test pen') order by 1$$,
  $$values ('SQL test pen', 12), ('Tank 12', 7)$$,
  'the places come with their head counts, the python counted in Tank 12'
);
select is(jsonb_array_length(tests.recall('page') -> 'places'), (select count(*)::int from public.enclosures), 'every place of the centre, for their paths');
select results_eq(
  $$select (q ->> 'animal_id')::uuid, (q ->> 'required_days')::int, q -> 'tests_required', q ->> 'cleared_at', q ->> 'cleared_by_name'
    from (select tests.recall('page') -> 'quarantine') as page(q)$$,
  $$values (tests.uuid_of('python'), 60, '["Faecal parasite screen"]'::jsonb, null::text, null::text)$$,
  'its own open quarantine, by the centre''s reptile rule'
);
select results_eq(
  $$select (p ->> 'id')::uuid, p -> 'feeding_times', p ->> 'created_by_name', p ->> 'ended_at'
    from jsonb_array_elements(tests.recall('page') -> 'diet_plans') p$$,
  $$values (tests.uuid_of('plan'), '["08:00:00"]'::jsonb, 'Vannak Sok', null::text)$$,
  'its diet plan with its author'
);
select results_eq(
  $$select (f ->> 'fed_on')::date, f ->> 'outcome', f ->> 'concerns', f -> 'feeding_times', f ->> 'logged_by_name'
    from jsonb_array_elements(tests.recall('page') -> 'feedings') f$$,
  $$values (public.centre_today(), 'eaten_part', 'Left the tail', '["08:00:00"]'::jsonb, 'Vannak Sok'),
           (public.centre_today() - 1, 'eaten_all', null, '["08:00:00"]'::jsonb, 'Vannak Sok')$$,
  'and its feedings, newest first, with their plan''s times and who logged them'
);
select ok(
  public.animal_page('PT-2026-999999999') is null and public.animal_page(lower(tests.recall('code') #>> '{}')) is null,
  'an unknown code and one in small letters find nothing'
);

-- Another centre's keeper and their seizure: its animals are not this keeper's.
reset role;
insert into public.centres (id, code, name) values ('00000000-0000-4000-8000-000000000002', 'KK', 'Koh Kong Test Centre');
insert into auth.users (id, aud, role, email) values ('00000000-0000-4000-8000-0000000000f2', 'authenticated', 'authenticated', 'kk.keeper@rescue-ledger.test');
insert into public.staff (user_id, centre_id, full_name, role) values ('00000000-0000-4000-8000-0000000000f2', '00000000-0000-4000-8000-000000000002', 'Kosal Prak', 'keeper');
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000f2","role":"authenticated"}', true) is not null as claims;
set local role authenticated;
select tests.remember('kk', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-ANIMAL-PAGE-KK')));
reset role;
select tests.authenticate_as('keeper');
select is(public.animal_page(tests.recall('kk') #>> '{lots,0,animalCodes,0}'), null, 'an animal of another centre finds nothing');

select * from finish();
rollback;
