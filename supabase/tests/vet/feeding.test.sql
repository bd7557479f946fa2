-- The vets' feeding watch: feedings missed, food refused on two or more days since the last meal,
-- and keepers' alerts until a vet has reviewed them (feeding_watch() in
-- 20261123220200_create_feeding_round.sql).
begin;
set local search_path = public, extensions;
select plan(13);

select ok(tests.record_feeding_fixture('f', 'SQLTEST-VET-FEEDING-1'), 'the keeper''s cobras have a plan since three days ago');
-- Plans count feedings only from when they were written; this one "was written" three days ago.
reset role;
set local session_replication_role = replica;
update public.diet_plans set created_at = now() - interval '4 days' where id = tests.uuid_of('f_plan');
set local session_replication_role = origin;
select tests.authenticate_as('keeper');

select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome)
    select gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today() - d, s, 'eaten_none'
    from (values (2), (1)) as days (d), (values (1), (2)) as slots (s)$$,
  'the cobras refuse both feedings the day before yesterday and yesterday'
);
select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, alert_vets, concerns)
    values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today() - 1, 2, 'eaten_none', true, 'Two cobras gaping, mouths look red')$$,
  'the keeper corrects yesterday''s evening log with an alert'
);

select tests.authenticate_as('vet');
select is(
  (select jsonb_agg(r - 'subject' - 'planId') from jsonb_array_elements(public.feeding_watch(3) -> 'refusing') r where r ->> 'planId' = tests.uuid_of('f_plan')::text),
  jsonb_build_array(jsonb_build_object('days', 2, 'since', public.centre_today() - 2, 'lastRefused', public.centre_today() - 1)),
  'the vet sees the cobras refusing food on two days'
);
select is(
  (select r #>> '{subject,lotId}' from jsonb_array_elements(public.feeding_watch(3) -> 'refusing') r where r ->> 'planId' = tests.uuid_of('f_plan')::text),
  tests.lot_id('f', 1)::text,
  'named by their lot'
);
select is(
  (select count(*)::integer from jsonb_array_elements(public.feeding_watch(3) -> 'missed') m
   where m ->> 'planId' = tests.uuid_of('f_plan')::text and (m ->> 'day')::date < public.centre_today()),
  0,
  'nothing of the last days is missed: every feeding was logged'
);
select is(
  (select a ->> 'concerns' from jsonb_array_elements(public.feeding_watch(3) -> 'alerts') a where a ->> 'planId' = tests.uuid_of('f_plan')::text),
  'Two cobras gaping, mouths look red',
  'and the keeper''s alert'
);
select lives_ok(
  format($$insert into public.feeding_alert_reviews (feeding_log_id, note) values (%s, 'Examined: stomatitis, treatment started')$$,
    (select max(id) from public.feeding_logs where diet_plan_id = tests.uuid_of('f_plan'))),
  'the vet marks the alert reviewed'
);
select is(
  (select count(*)::integer from jsonb_array_elements(public.feeding_watch(3) -> 'alerts') a where a ->> 'planId' = tests.uuid_of('f_plan')::text),
  0, 'and it leaves the list'
);

select lives_ok(
  $$insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome) values (gen_random_uuid(), tests.uuid_of('f_plan'), public.centre_today(), 1, 'eaten_part')$$,
  'vets log feedings too: this morning the cobras ate some'
);
select is(
  (select count(*)::integer from jsonb_array_elements(public.feeding_watch(3) -> 'refusing') r where r ->> 'planId' = tests.uuid_of('f_plan')::text),
  0, 'so they are no longer listed as refusing'
);

-- A plan with no logs at all misses every feeding since it was written.
reset role;
set local session_replication_role = replica;
update public.feeding_logs set fed_on = fed_on - 10 where diet_plan_id = tests.uuid_of('f_plan') and fed_on = public.centre_today() - 2;
set local session_replication_role = origin;
select tests.authenticate_as('vet');
select is(
  (select jsonb_agg(m ->> 'time' order by m ->> 'time') from jsonb_array_elements(public.feeding_watch(3) -> 'missed') m
   where m ->> 'planId' = tests.uuid_of('f_plan')::text and (m ->> 'day')::date = public.centre_today() - 2),
  '["07:00", "15:00"]'::jsonb,
  'with the logs of the day before yesterday gone (as a superuser, without the guard), both its feedings are missed'
);
select ok(
  (select (w ->> 'missedTotal')::integer >= greatest(2, jsonb_array_length(w -> 'missed')) from public.feeding_watch(3) w),
  'and the count of missed feedings holds them, even where the list stops (at its latest 200)'
);

select * from finish();
rollback;
