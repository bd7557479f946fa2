-- Anonymous callers read, write or call nothing of feeding.
begin;
set local search_path = public, extensions;
select plan(7);

select ok(tests.record_feeding_fixture('f', 'SQLTEST-ANON-FEEDING-1'), 'the keeper''s cobras have a plan');

select tests.authenticate_as('anon');
select throws_ok($$select * from public.diet_plans$$, '42501', null, 'anon cannot read diet plans');
select throws_ok($$select * from public.feeding_logs$$, '42501', null, 'nor feeding logs');
select throws_ok($$select * from public.feeding_alert_reviews$$, '42501', null, 'nor alert reviews');
select throws_ok(
  format($$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), '%s', current_date, 1, 'eaten_all')$$, tests.uuid_of('f_plan')),
  '42501', null, 'nor log a feeding'
);
select throws_ok(format($$select public.daily_round('%s')$$, tests.uuid_of('f_area')), '42501', null, 'nor open a round');
select throws_ok($$select public.feeding_watch(3)$$, '42501', null, 'nor the vets'' feeding watch');

select * from finish();
rollback;
