-- The vet's care dashboard (care_dashboard()): counts as the lots reconcile, intakes and outcomes
-- per month with no gaps, the 30-day mortality and the prescriptions due today. Every figure is
-- checked as a change from what the dashboard said before this file's records (the demo seed
-- stays whatever it is). No function can record a disposition yet (issue 5), so the superuser
-- writes the outcome events and statuses that one would, with the ledger's triggers off.
begin;
set local search_path = public, extensions;
select plan(30);

-- Reading helpers for this file only (rolled back with it).
create function tests.census(key text, class text, field text) returns integer language sql stable as $$
  select coalesce((select (c ->> field)::integer from jsonb_array_elements(tests.recall(key) -> 'census') c
                   where c ->> 'taxonClass' = class), 0)
$$;
create function tests.monthly(key text, section text, month text, field text) returns integer language sql stable as $$
  select coalesce((select coalesce((m ->> field), (m -> 'byClass' ->> field))::integer
                   from jsonb_array_elements(tests.recall(key) -> section) m where m ->> 'month' = month), 0)
$$;
create function tests.local_month(at timestamptz) returns text language sql stable as $$
  select to_char(at at time zone 'Asia/Phnom_Penh', 'YYYY-MM')
$$;

select tests.authenticate_as('vet');
select ok(tests.remember('before', public.care_dashboard()), 'the vet reads the dashboard');

-- Lot 0: 2 pangolins (mammals) as individuals; lot 1: 12 cobras as a group; lot 2: 3 pythons as individuals.
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-DASHBOARD-1', lots =>
  '[{"species": "Manis javanica", "count": 2, "recordAs": "individual"},
    {"species": "Naja kaouthia", "count": 12, "recordAs": "group"},
    {"species": "Python bivittatus", "count": 3, "recordAs": "individual"}]'))), 'the vet records a seizure of 17 animals');
select ok(tests.remember('after_intake', public.care_dashboard()), 'and reads the dashboard again');

select is(tests.census('after_intake', 'mammal', 'inCare') - tests.census('before', 'mammal', 'inCare'), 2,
  'in care: 2 more mammals (individual records)');
select is(tests.census('after_intake', 'reptile', 'inCare') - tests.census('before', 'reptile', 'inCare'), 15,
  'in care: 15 more reptiles (12 in a group, 3 individuals), none counted twice');
select is(
  tests.monthly('after_intake', 'intakes', tests.local_month(now()), 'mammal') - tests.monthly('before', 'intakes', tests.local_month(now()), 'mammal')
  + tests.monthly('after_intake', 'intakes', tests.local_month(now()), 'reptile') - tests.monthly('before', 'intakes', tests.local_month(now()), 'reptile'),
  17, 'intakes: 17 more animals in this month, when they were received (now)');
select is(tests.monthly('after_intake', 'intakes', tests.local_month(now()), 'mammal'), tests.monthly('before', 'intakes', tests.local_month(now()), 'mammal') + 2,
  'intakes by class: 2 of them mammals');
select is(jsonb_array_length(tests.recall('after_intake') -> 'intakes'), 12, 'intakes: 12 months by default');
select ok(
  (select bool_and(m -> 'byClass' ? 'mammal' and (m -> 'byClass' ->> 'mammal')::integer >= 0)
   from jsonb_array_elements(tests.recall('after_intake') -> 'intakes') m),
  'every month has a number for every class received in the period, 0 when none came'
);
select is(
  (select array_agg(m ->> 'month' order by n) from jsonb_array_elements(tests.recall('after_intake') -> 'outcomes') with ordinality o (m, n)),
  (select array_agg(to_char(d, 'YYYY-MM') order by d)
   from generate_series(date_trunc('month', (now() at time zone 'Asia/Phnom_Penh')::date::timestamp) - interval '11 months',
                        (now() at time zone 'Asia/Phnom_Penh')::date::timestamp, interval '1 month') d),
  'outcomes: the last 12 months in order, this month last, none missing'
);
select is(jsonb_array_length(public.care_dashboard(3) -> 'months'), 3, 'p_months chooses the length of the series');
select is(jsonb_array_length(public.care_dashboard(0) -> 'months'), 1, 'and is kept between 1 and 120');

-- Outcomes as a disposition will record them: the animal's status and a custody event of the
-- disposition's type. Python 0 died (first recorded 3 days ago, corrected to yesterday), python 1
-- was euthanized 10 days ago, python 2 released 40 days ago, pangolin 0 transferred 5 days ago.
reset role;
update public.animals set status = 'died' where id = tests.animal_id('s', 2, 0);
update public.animals set status = 'euthanized' where id = tests.animal_id('s', 2, 1);
update public.animals set status = 'released' where id = tests.animal_id('s', 2, 2);
update public.animals set status = 'transferred' where id = tests.animal_id('s', 0, 0);
set local session_replication_role = replica;
insert into public.custody_events (id, case_id, position, subject, animal_id, event_type, occurred_at, place, to_name, to_agency,
  from_name, from_agency, corrects_event_id, correction_reason, recorded_by, prev_hash, row_hash)
values
  ('00000000-0000-4000-8000-0000000d0001', tests.case_id('s'), 1001, 'animal', tests.animal_id('s', 2, 0), 'died', now() - interval '3 days',
   'Reptile house', 'Dr. Dara Lim', 'Phnom Tamao', 'Vannak Sok', 'Phnom Tamao', null, null, '00000000-0000-4000-8000-0000000000a2', 'x', 'x'),
  ('00000000-0000-4000-8000-0000000d0002', tests.case_id('s'), 1002, 'animal', tests.animal_id('s', 2, 0), 'died', now() - interval '1 day',
   'Reptile house', 'Dr. Dara Lim', 'Phnom Tamao', 'Vannak Sok', 'Phnom Tamao', '00000000-0000-4000-8000-0000000d0001', 'Found dead yesterday, not three days ago',
   '00000000-0000-4000-8000-0000000000a2', 'x', 'x'),
  (gen_random_uuid(), tests.case_id('s'), 1003, 'animal', tests.animal_id('s', 2, 1), 'euthanized', now() - interval '10 days',
   'Clinic', 'Dr. Dara Lim', 'Phnom Tamao', 'Vannak Sok', 'Phnom Tamao', null, null, '00000000-0000-4000-8000-0000000000a2', 'x', 'x'),
  (gen_random_uuid(), tests.case_id('s'), 1004, 'animal', tests.animal_id('s', 2, 2), 'released', now() - interval '40 days',
   'Phnom Kulen', 'Srey Mom Keo', 'Phnom Tamao', 'Vannak Sok', 'Phnom Tamao', null, null, '00000000-0000-4000-8000-0000000000a4', 'x', 'x'),
  (gen_random_uuid(), tests.case_id('s'), 1005, 'animal', tests.animal_id('s', 0, 0), 'transferred_out', now() - interval '5 days',
   'Angkor Centre for Conservation of Biodiversity', 'Sok Heng', 'ACCB', 'Vannak Sok', 'Phnom Tamao', null, null, '00000000-0000-4000-8000-0000000000a4', 'x', 'x');
set local session_replication_role = origin;

select tests.authenticate_as('vet');
select ok(tests.remember('after', public.care_dashboard()), 'the vet reads the dashboard after the outcomes');
select is(tests.census('after', 'reptile', 'inCare') - tests.census('before', 'reptile', 'inCare'), 12, 'in care: the 12 cobras remain of the reptiles');
select is(
  (select array_agg((tests.census('after', c, f) - tests.census('before', c, f)) order by n)
   from unnest(array['reptile', 'reptile', 'reptile', 'mammal', 'mammal'], array['died', 'euthanized', 'released', 'transferred', 'inCare'])
     with ordinality u (c, f, n)),
  array[1, 1, 1, 1, 1],
  'by status: 1 more died, euthanized and released reptile, 1 more transferred and 1 more mammal in care'
);
select is(
  tests.monthly('after', 'outcomes', tests.local_month(now() - interval '1 day'), 'died')
  - tests.monthly('before', 'outcomes', tests.local_month(now() - interval '1 day'), 'died'),
  1, 'the death counts once, in the month of its corrected date'
);
select is(
  tests.monthly('after', 'outcomes', tests.local_month(now() - interval '10 days'), 'euthanized')
  - tests.monthly('before', 'outcomes', tests.local_month(now() - interval '10 days'), 'euthanized'),
  1, 'the euthanasia in its month'
);
select is(
  tests.monthly('after', 'outcomes', tests.local_month(now() - interval '40 days'), 'released')
  - tests.monthly('before', 'outcomes', tests.local_month(now() - interval '40 days'), 'released'),
  1, 'the release in its month'
);
select is(
  tests.monthly('after', 'outcomes', tests.local_month(now() - interval '5 days'), 'transferred')
  - tests.monthly('before', 'outcomes', tests.local_month(now() - interval '5 days'), 'transferred'),
  1, 'the transfer out in its month'
);
select is(
  array[((tests.recall('after') #>> '{mortality30d,died}')::integer - (tests.recall('before') #>> '{mortality30d,died}')::integer),
        ((tests.recall('after') #>> '{mortality30d,euthanized}')::integer - (tests.recall('before') #>> '{mortality30d,euthanized}')::integer),
        ((tests.recall('after') #>> '{mortality30d,animalsInCare}')::integer - (tests.recall('before') #>> '{mortality30d,animalsInCare}')::integer)],
  array[1, 1, 16],
  '30 days: 1 death and 1 euthanasia more, of 16 more animals in care in the period (13 still in care, 3 left in it; not the release 40 days ago)'
);
select is(
  (tests.recall('after') #>> '{mortality30d,rate}')::numeric,
  round(((tests.recall('after') #>> '{mortality30d,died}')::numeric + (tests.recall('after') #>> '{mortality30d,euthanized}')::numeric)
        / (tests.recall('after') #>> '{mortality30d,animalsInCare}')::numeric, 4),
  'the 30-day rate is deaths and euthanasias over the animals in care in the period'
);
select is(tests.recall('after') #>> '{mortality30d,to}', (now() at time zone 'Asia/Phnom_Penh')::date::text, 'the period ends today, in centre time');

-- Treatments: the vet fixture (its own seizure) prescribes once daily from today and logs a dose
-- now; here python 0 of that seizure also gets three doses a day from today, one every second
-- day from yesterday (no dose today), one stopped and one whose 7 days are over.
select ok(tests.record_vet_fixture('rx', 'SQLTEST-DASHBOARD-RX'), 'the vet fixture prescribes and logs a dose');
insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, every_days, duration_days, starts_on)
select tests.animal_id('rx', 0, 0), d.id, 5, 'oral', p.per_day, p.every, p.days, (now() at time zone 'Asia/Phnom_Penh')::date - p.ago
from public.drugs d, (values (3, 1, 5, 0), (1, 2, 5, 1), (2, 1, 5, 0), (1, 1, 7, 8)) p (per_day, every, days, ago)
where d.name = 'SQL test drug 50 mg/ml';
update public.prescriptions set stopped_at = now(), stop_reason = 'Changed the course'
where animal_id = tests.animal_id('rx', 0, 0) and frequency_per_day = 2;
select is(
  (select array_agg(last_day - starts_on order by frequency_per_day, every_days, duration_days)
   from public.prescriptions where animal_id = tests.animal_id('rx', 0, 0)),
  array[6, 6, 4, 4, 4], 'each prescription''s last day is its start plus its days less one'
);
insert into public.exams (animal_id, examined_at, weight_g) values (tests.animal_id('rx', 0, 1), now() - interval '1 hour', 2000);
select lives_ok(
  $$insert into public.prescriptions (animal_id, drug_id, dose_mg_per_kg, route, frequency_per_day, duration_days, starts_on, last_day)
    select tests.animal_id('rx', 0, 1), id, 5, 'oral', 1, 1, '2026-01-01', '2099-01-01' from public.drugs where name = 'SQL test drug 50 mg/ml'$$,
  'a prescription sent with a last day of its own is accepted'
);
select is((select last_day from public.prescriptions where animal_id = tests.animal_id('rx', 0, 1)), '2026-01-01'::date,
  'but its last day is the database''s: a one-day course ends the day it starts');
select ok(tests.remember('rx_day', public.care_dashboard()), 'the vet reads the dashboard after prescribing');
select is(
  array[(tests.recall('rx_day') #>> '{treatments,prescriptions}')::integer - (tests.recall('after') #>> '{treatments,prescriptions}')::integer,
        (tests.recall('rx_day') #>> '{treatments,dosesDue}')::integer - (tests.recall('after') #>> '{treatments,dosesDue}')::integer,
        (tests.recall('rx_day') #>> '{treatments,dosesLogged}')::integer - (tests.recall('after') #>> '{treatments,dosesLogged}')::integer,
        (tests.recall('rx_day') #>> '{treatments,dosesRemaining}')::integer - (tests.recall('after') #>> '{treatments,dosesRemaining}')::integer],
  array[2, 4, 1, 3],
  'due today: 2 more prescriptions, 4 doses due (1 + 3), 1 logged, 3 still to give'
);
select is(
  (select jsonb_agg(jsonb_build_object('due', l -> 'dosesDue', 'logged', l -> 'dosesLogged') order by (l ->> 'dosesDue')::integer)
   from jsonb_array_elements(tests.recall('rx_day') #> '{treatments,list}') l
   where l ->> 'animalCode' = tests.recall('rx') #>> '{lots,0,animalCodes,0}'),
  '[{"due": 1, "logged": 1}, {"due": 3, "logged": 0}]'::jsonb,
  'the list names the animal once per prescription due today, with doses due and logged'
);
select is(
  (select (g ->> 'dosesDue')::integer from jsonb_array_elements(tests.recall('rx_day') #> '{treatments,byDrug}') g
   where g ->> 'drug' = 'SQL test drug 50 mg/ml'),
  4, 'by drug: the test drug has 4 doses due today'
);

select * from finish();
rollback;
