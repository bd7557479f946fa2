-- The release team reads diet plans and feedings (how an animal eats bears on release) but
-- writes none of them.
begin;
set local search_path = public, extensions;
select plan(5);

select ok(tests.record_feeding_fixture('f', 'SQLTEST-RELEASE-FEEDING-1'), 'the keeper''s cobras have a plan');
select tests.authenticate_as('release_team');
select isnt_empty(format($$select 1 from public.diet_plans where id = '%s'$$, tests.uuid_of('f_plan')), 'the release team reads the plan');
select is(jsonb_array_length(public.daily_round(tests.uuid_of('f_area')) -> 'enclosures'), 1, 'and the section''s round');
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_all')$$,
  '42501', null, 'but logs no feeding'
);
select throws_ok(
  format($$insert into public.diet_plans (animal_id, items, feeding_times) values ('%s', '[{"food": "Rats", "amount": 2, "unit": "items"}]', '{08:00}')$$, tests.animal_id('f', 0, 0)),
  '42501', null, 'and writes no plan'
);

select * from finish();
rollback;
