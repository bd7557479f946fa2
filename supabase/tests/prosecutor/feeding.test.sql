-- A prosecutor sees nothing of feeding, even for a case granted to them, and logs nothing.
begin;
set local search_path = public, extensions;
select plan(7);

select ok(tests.record_feeding_fixture('f', 'SQLTEST-PROSECUTOR-FEEDING-1'), 'the keeper''s cobras have a plan');
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, alert_vets, concerns)
    values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_none', true, 'Not moving')$$,
  'and a feeding with an alert'
);
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id, include_veterinary) values (tests.case_id('f'), '00000000-0000-4000-8000-0000000000a5', true)$$,
  'the admin grants the case to the prosecutor'
);

select tests.authenticate_as('prosecutor');
select is_empty($$select 1 from public.diet_plans$$, 'the prosecutor sees no diet plans');
select is_empty($$select 1 from public.feeding_logs$$, 'no feeding logs');
select is(
  public.feeding_watch(3),
  '{"missed": [], "missedTotal": 0, "refusing": [], "alerts": []}'::jsonb,
  'and an empty feeding watch'
);
select throws_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 2, 'eaten_all')$$,
  '42501', null, 'and cannot log a feeding (row-level security)'
);

select * from finish();
rollback;
