-- A prosecutor reads the animal page of a case granted to them as the page shows it to them: the
-- animal, its timeline and its photos, but no places, quarantine, diet or feedings (null: not
-- looked for, as RLS would hide them anyway). Of a case not granted to them: nothing at all.
begin;
set local search_path = public, extensions;
select plan(10);

-- The keeper's seizure: its first python in quarantine housing, with a photo, a plan and a feeding.
select ok(tests.record_feeding_fixture('ap', 'SQLTEST-PROSECUTOR-ANIMAL-PAGE-1'), 'the keeper records a seizure');
select tests.remember('code', tests.recall('ap') -> 'lots' -> 0 -> 'animalCodes' -> 0);
select tests.remember('python', to_jsonb(tests.animal_id('ap', 0, 0)));
select lives_ok(
  $$select public.move_to_enclosure(tests.uuid_of('python'), null, '00000000-0000-4000-8000-00000000e111')$$,
  'moves the python into quarantine housing'
);
select lives_ok(
  $$insert into public.photos (case_id, animal_id, storage_path, sha256, byte_size, content_type, caption)
    values (tests.case_id('ap'), tests.uuid_of('python'), 'sql-test/prosecutor/python.jpg', encode(sha256('python'), 'hex'), 2048, 'image/jpeg', 'On arrival')$$,
  'records a photo of it'
);
select lives_ok(
  $$with p as (
      insert into public.diet_plans (animal_id, items, feeding_times) values (tests.uuid_of('python'), '[{"food": "Thawed rats", "amount": 1, "unit": "items"}]', '{08:00}')
      returning id)
    insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) select gen_random_uuid(), p.id, public.centre_today(), 1, 'eaten_all' from p$$,
  'and plans and logs its feeding'
);

select tests.authenticate_as('prosecutor');
select is(public.animal_page(tests.recall('code') #>> '{}'), null, 'before the case is granted the prosecutor finds nothing');

select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('ap'), '00000000-0000-4000-8000-0000000000a5')$$,
  'the admin grants the case to the prosecutor'
);

select tests.authenticate_as('prosecutor');
select tests.remember('page', public.animal_page(tests.recall('code') #>> '{}'));
select results_eq(
  $$select p #>> '{animal,code}', p #>> '{animal,case_number}' from tests.recall('page') p$$,
  $$values (tests.recall('code') #>> '{}', 'SQLTEST-PROSECUTOR-ANIMAL-PAGE-1')$$,
  'now the prosecutor reads the animal'
);
select results_eq(
  $$select (e ->> 'id')::uuid, e ->> 'recorder_name' from jsonb_array_elements(tests.recall('page') -> 'events') e$$,
  $$select e.id, 'Vannak Sok' from public.custody_events e
    where e.case_id = tests.case_id('ap')
      and (e.subject = 'case' or e.lot_id = tests.lot_id('ap', 0) or e.animal_id = tests.uuid_of('python'))
    order by e.position$$,
  'its timeline, recorders named'
);
select results_eq(
  $$select p ->> 'caption', p ->> 'uploader_name' from jsonb_array_elements(tests.recall('page') -> 'photos') p$$,
  $$values ('On arrival', 'Vannak Sok')$$,
  'its photos'
);
select results_eq(
  $$select p ->> 'places', p ->> 'quarantine', p ->> 'diet_plans', p ->> 'feedings' from tests.recall('page') p$$,
  $$values (null::text, null::text, null::text, null::text)$$,
  'but no places, quarantine, diet plans or feedings'
);

select * from finish();
rollback;
