-- A keeper writes diet plans and logs feedings; the database fills in who and what, refuses
-- feedings the plan does not have, keeps logs append-only and makes a resent form harmless
-- (see 20261123220000_create_diet_plans.sql … 220200_create_feeding_round.sql).
begin;
set local search_path = public, extensions;
select plan(33);

select ok(tests.record_feeding_fixture('f', 'SQLTEST-KEEPER-FEEDING-1'),
  'the keeper records a seizure, moves its cobras into a test pen and writes their plan');
select results_eq(
  $$select centre_id, case_id, created_by, feeding_times::text from public.diet_plans where id = tests.uuid_of('f_plan')$$,
  $$values ('00000000-0000-4000-8000-000000000001'::uuid, tests.case_id('f'), '00000000-0000-4000-8000-0000000000a3'::uuid, '{07:00:00,15:00:00}')$$,
  'the plan gets the centre, the case and its author from the database, its times in order'
);

-- Plans: one current plan per subject, replaced rather than edited.
select throws_ok(
  $$insert into public.diet_plans (lot_id, items, feeding_times) values (tests.lot_id('f', 1), '[{"food": "Mice", "amount": 1, "unit": "items"}]', '{08:00}')$$,
  '23505', null, 'a second current plan for the same lot is refused'
);
select throws_ok(
  $$insert into public.diet_plans (animal_id, items, feeding_times) values (tests.animal_id('f', 0, 0), '[{"food": "Rats", "amount": -2, "unit": "items"}]', '{08:00}')$$,
  '23514', null, 'a negative amount is refused'
);
select throws_ok(
  $$insert into public.diet_plans (animal_id, items, feeding_times) values (tests.animal_id('f', 0, 0), '[{"food": "Rats", "amount": 2, "unit": "handfuls"}]', '{08:00}')$$,
  '23514', null, 'an unknown unit is refused'
);
select throws_ok(
  $$insert into public.diet_plans (enclosure_id, items, feeding_times) values (tests.uuid_of('f_area'), '[{"food": "Rats", "amount": 2, "unit": "items"}]', '{08:00}')$$,
  'RL101', 'Diet plans are for animals and lots in care and active enclosures of your centre.', 'a plan for an area (not an enclosure) is refused'
);
select lives_ok(
  $$insert into public.diet_plans (animal_id, items, feeding_times, every_n_days, starts_on)
    values (tests.animal_id('f', 0, 0), '[{"food": "Thawed rats", "amount": 2, "unit": "items"}]', '{10:00}', 7, public.centre_today() - 7)$$,
  'a python''s plan: two rats every seven days'
);

-- Feedings.
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, stool)
    values ('00000000-0000-4000-8000-00000000f001', tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_all', 'normal')$$,
  'the keeper logs the morning feeding'
);
select results_eq(
  $$select lot_id, case_id, logged_by from public.feeding_logs where client_key = '00000000-0000-4000-8000-00000000f001'$$,
  $$values (tests.lot_id('f', 1), tests.case_id('f'), '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'the log names the lot, the case and the keeper from the database'
);
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome)
    values ('00000000-0000-4000-8000-00000000f001', tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_none')
    on conflict (client_key) do nothing$$,
  'the phone resends the same form'
);
select is((select count(*)::integer from public.feeding_logs where diet_plan_id = tests.uuid_of('f_plan')), 1, 'and there is still one log');
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 3, 'eaten_all')$$,
  'RL114', 'This plan has 2 feedings a day.', 'a third feeding of a two-a-day plan is refused'
);
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today() + 1, 1, 'eaten_all')$$,
  'RL111', 'The feeding day is in the future.', 'so is tomorrow'
);
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today() - 4, 1, 'eaten_all')$$,
  'RL112', null, 'and a day before the plan started'
);
select throws_ok(
  format($$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), '%s', public.centre_today() - 3, 1, 'eaten_all')$$,
    (select id from public.diet_plans where animal_id = tests.animal_id('f', 0, 0))),
  'RL113', null, 'and a day the weekly python is not fed'
);
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, alert_vets) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 2, 'eaten_none', true)$$,
  'RL117', 'Say what the vets should look at.', 'an alert without concerns is refused'
);
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 2, 'withheld')$$,
  'RL118', null, 'and a withheld feeding without a reason'
);
select is((select count(*)::integer from public.feeding_logs where diet_plan_id = tests.uuid_of('f_plan')), 1, 'none of the refused feedings was written');
select throws_ok($$update public.feeding_logs set outcome = 'eaten_none'$$, '42501', null, 'a log cannot be changed');
select throws_ok($$delete from public.feeding_logs$$, '42501', null, 'nor deleted');

-- The round shows the latest answer of each slot.
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, concerns)
    values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_part', 'Corrected: two left their mice')$$,
  'the keeper corrects the morning feeding by logging it again'
);
select is(
  public.daily_round(tests.uuid_of('f_area')) #> '{enclosures,0,plans,0,slots}',
  jsonb_build_array(
    jsonb_build_object('slot', 1, 'time', '07:00', 'outcome', 'eaten_part', 'alertVets', false, 'concerns', 'Corrected: two left their mice',
      'loggedAt', (select max(logged_at) from public.feeding_logs where diet_plan_id = tests.uuid_of('f_plan'))),
    jsonb_build_object('slot', 2, 'time', '15:00', 'outcome', null, 'alertVets', null, 'concerns', null, 'loggedAt', null)),
  'the round shows the correction for 07:00 and nothing yet for 15:00'
);
select is(jsonb_array_length(public.daily_round(tests.uuid_of('f_area')) -> 'enclosures'), 1, 'the section has one enclosure with plans');
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, alert_vets, concerns)
    values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 2, 'eaten_none', true, 'One cobra gaping')$$,
  'the keeper alerts the vets at the evening feeding'
);
select throws_ok(
  format($$insert into public.feeding_alert_reviews (feeding_log_id) values (%s)$$, (select max(id) from public.feeding_logs)),
  '42501', null, 'but does not review the alert: that is the vets'' work'
);

-- A section in pages: whole pens, listed on every page with their counts.
select tests.authenticate_as('admin');
insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity)
  select tests.uuid_of('f_area'), 'enclosure', n, 'pen', 5 from unnest(array['SQL test pen B', 'SQL test pen C']) n;
select tests.authenticate_as('keeper');
insert into public.diet_plans (enclosure_id, items, feeding_times, starts_on)
  select id, '[{"food": "Kangkong", "amount": 100, "unit": "g"}]', '{08:00}', public.centre_today() - 1
  from public.enclosures where parent_id = tests.uuid_of('f_area') and name <> 'SQL test pen';
select is(
  (select jsonb_build_object('page', r -> 'page', 'pageCount', r -> 'pageCount', 'progress', r -> 'progress',
     'pens', (select jsonb_agg(jsonb_build_array(p ->> 'name', p -> 'page', p -> 'feedings', p -> 'logged')) from jsonb_array_elements(r -> 'pens') p),
     'shown', (select jsonb_agg(e ->> 'name') from jsonb_array_elements(r -> 'enclosures') e))
   from public.daily_round(tests.uuid_of('f_area'), public.centre_today(), 2, 1) r),
  '{"page": 2, "pageCount": 3, "progress": {"logged": 2, "total": 4},
    "pens": [["SQL test pen", 1, 2, 2], ["SQL test pen B", 2, 1, 0], ["SQL test pen C", 3, 1, 0]], "shown": ["SQL test pen B"]}'::jsonb,
  'a round of one plan a page lists every pen with its page and counts, the whole section''s progress, and the plans of page 2 only'
);
select is(
  (select jsonb_build_array(r -> 'page', jsonb_array_length(r -> 'enclosures')) from public.daily_round(tests.uuid_of('f_area'), public.centre_today(), 99, 40) r),
  '[1, 3]'::jsonb,
  'with 40 plans a page the three pens are one page, and a page past the last is the last'
);

-- Replacing and ending plans.
select lives_ok(
  $$insert into public.diet_plans (lot_id, items, feeding_times, replaces_id) values (tests.lot_id('f', 1), '[{"food": "Thawed mice", "amount": 10, "unit": "items"}]', '{08:00}', tests.uuid_of('f_plan'))$$,
  'the keeper changes the cobras'' plan'
);
select is((select end_reason from public.diet_plans where id = tests.uuid_of('f_plan')), 'Replaced by a new plan', 'which ends the old one in the same step');
select throws_ok(
  $$insert into public.diet_plans (lot_id, items, feeding_times, replaces_id) values (tests.lot_id('f', 1), '[{"food": "Mice", "amount": 1, "unit": "items"}]', '{08:00}', tests.uuid_of('f_plan'))$$,
  'RL102', null, 'replacing a plan that already ended is refused'
);
select throws_ok(
  $$update public.diet_plans set ended_at = now() where lot_id = tests.lot_id('f', 1) and ended_at is null$$,
  'RL105', 'Say why the plan ends.', 'ending a plan needs a reason'
);
select lives_ok(
  $$update public.diet_plans set ended_at = now(), end_reason = 'Cobras moved to the snake room' where lot_id = tests.lot_id('f', 1) and ended_at is null$$,
  'ending it with a reason works'
);
select throws_ok($$update public.diet_plans set items = '[]' where id = tests.uuid_of('f_plan')$$, '42501', null, 'a plan''s contents never change');

select * from finish();
rollback;
