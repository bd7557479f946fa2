-- The care dashboard: what the centre holds and what happened to it, in one read-only call.
--
-- Animals are counted the way lots reconcile: a lot's group counts (in_care, released, …) plus
-- the individual animal records by status. split_out is never counted: those animals are counted
-- through their own records. Days and months are the centre's (centre_time_zone()).
--
-- Dates of outcomes come from the custody ledger, not from the counts: the counters say how many
-- animals were released or died, never when. Every disposition (released, transferred_out, died,
-- euthanized) will be recorded as a custody event of that type: chain_custody_event() already
-- refuses those types outside a disposition, which issue 5 adds. Reading those events by their
-- occurred_at shows every future disposition without any change here. Corrected events
-- are replaced by the event that corrects them. Escapes have no event type and no date: they are
-- in the census by status but in no monthly figure.

create function public.centre_time_zone()
returns text
language sql
stable
set search_path = ''
as $$
  select 'Asia/Phnom_Penh'::text
$$;
comment on function public.centre_time_zone() is
  'The IANA time zone the centre''s days and months are counted in. centres has no time zone column: every centre is in Cambodia so far (UTC+07:00 all year, as src/lib/domain/centre-time.ts). A centre elsewhere: add centres.time_zone and read it here for current_centre_id(); callers need no change.';

create function public.disposition_head_count(e public.custody_events)
returns integer
language sql
stable
as $$
  -- No `set search_path`: it would stop Postgres inlining this into the dashboard's query, and
  -- a function call per event costs more in PGlite than the rest of the outcome figures.
  -- An animal event is one animal. A lot event: until issue 5 gives lot dispositions a recorded
  -- count, none can exist (chain_custody_event() refuses them) and one stands for 1; issue 5
  -- replaces this one function with its count column, and every figure follows.
  select 1
$$;
comment on function public.disposition_head_count(public.custody_events) is
  'How many animals a disposition event (released, transferred_out, died, euthanized) stands for; the dashboard''s outcome and mortality figures sum it.';

-- The day a prescription's course ends, as a column of its own. Under RLS, Postgres uses a
-- condition as an index condition only if every function in it is leakproof; date + integer
-- is not, so an index on (starts_on + duration_days) is never used for a care staff member and
-- "open today" would read every prescription ever written. A plain column compares leakproof.
-- It is filled once, on insert (starts_on and duration_days never change afterwards:
-- guard_prescription_change() allows only stopping). Added as a generated column and then made
-- plain, so existing rows get their value without an UPDATE, which that guard would refuse.
-- (A generated column could not stay: in a BEFORE UPDATE trigger its NEW value is null, and that
-- guard compares NEW with OLD.) A check, not NOT NULL, keeps it present and right, so clients
-- need not send it: the generated types make a NOT NULL column without default mandatory.
alter table public.prescriptions add column last_day date generated always as (starts_on + duration_days - 1) stored;
alter table public.prescriptions alter column last_day drop expression;
alter table public.prescriptions add constraint prescriptions_last_day_matches
  check (last_day is not null and last_day = starts_on + duration_days - 1);
comment on column public.prescriptions.last_day is
  'The last day of the course: starts_on + duration_days - 1, set by the database on insert. Indexed for "open today".';

create function public.set_prescription_last_day()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.last_day := new.starts_on + new.duration_days - 1;
  return new;
end
$$;
comment on function public.set_prescription_last_day() is 'Fills prescriptions.last_day from the start and the duration; whatever a client sent is replaced.';

create trigger prescriptions_set_last_day before insert on public.prescriptions
  for each row execute function public.set_prescription_last_day();

-- Outcomes and receipts by date, corrections by the event they correct, courses by their last
-- day: each figure reads only its own rows, never the whole ledger or every prescription.
create index custody_events_disposition_idx on public.custody_events (occurred_at)
  where event_type in ('released', 'transferred_out', 'died', 'euthanized');
create index custody_events_received_idx on public.custody_events (occurred_at)
  where event_type = 'received_at_centre';
create index custody_events_corrects_idx on public.custody_events (corrects_event_id)
  where corrects_event_id is not null;
create index prescriptions_open_last_day_idx on public.prescriptions (last_day) where stopped_at is null;

create function public.care_dashboard(p_months integer default 12)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
-- Planning this one statement (a dozen RLS-filtered reads) costs more than running it; a generic
-- plan is made once per session (PostgREST keeps its connections) and reused on every call.
set plan_cache_mode = force_generic_plan
as $$
declare
  tz text := public.centre_time_zone();
  today date := (now() at time zone tz)::date;
  month_count integer := least(greatest(coalesce(p_months, 12), 1), 120);
  first_month date := (date_trunc('month', today::timestamp) - make_interval(months => month_count - 1))::date;
  months_from timestamptz := first_month::timestamp at time zone tz;
  -- The 30 days: today and the 29 before it, from local midnight.
  window_from timestamptz := (today - 29)::timestamp at time zone tz;
  today_from timestamptz := today::timestamp at time zone tz;
  result jsonb;
begin
  -- Care staff only; prosecutors read evidence of granted cases, never the centre's figures.
  if not public.has_role('admin', 'vet', 'keeper', 'release_team') then
    raise exception 'The care dashboard is for the centre''s care staff.' using errcode = '42501';
  end if;

  with recursive census as (
    select s.taxon_class,
      sum(c.in_care)::integer as in_care, sum(c.released)::integer as released,
      sum(c.transferred)::integer as transferred, sum(c.died)::integer as died,
      sum(c.euthanized)::integer as euthanized, sum(c.escaped)::integer as escaped
    from (
      select l.species_id, l.in_care, l.released, l.transferred, l.died, l.euthanized, l.escaped
      from public.lots l
      union all
      select a.species_id, count(*) filter (where a.status = 'in_care'), count(*) filter (where a.status = 'released'),
        count(*) filter (where a.status = 'transferred'), count(*) filter (where a.status = 'died'),
        count(*) filter (where a.status = 'euthanized'), count(*) filter (where a.status = 'escaped')
      from public.animals a
      group by a.species_id
    ) c
    join public.species s on s.id = c.species_id
    group by s.taxon_class
  ),
  receipts as (
    -- Receipts at the centre from the first month shown, as the ledger stands after corrections.
    select e.lot_id, e.animal_id, e.occurred_at
    from public.custody_events e
    where e.event_type = 'received_at_centre' and e.occurred_at >= months_from
      and not exists (select 1 from public.custody_events c where c.corrects_event_id = e.id)
  ),
  received as (
    -- A lot arrives when its group or its first individual is received at the centre; intakes
    -- are the receipts the ledger records (record_seizure() writes one for every lot or animal).
    select coalesce(e.lot_id, a.lot_id) as lot_id, min(e.occurred_at) as at
    from receipts e left join public.animals a on a.id = e.animal_id
    where e.lot_id is not null or e.animal_id is not null
    group by 1
  ),
  intakes as (
    select date_trunc('month', r.at at time zone tz)::date as month, s.taxon_class, sum(l.count_received)::integer as animals
    from received r
    join public.lots l on l.id = r.lot_id
    join public.species s on s.id = l.species_id
    group by 1, 2
  ),
  months as (
    select m::date as month from generate_series(first_month::timestamp, today::timestamp, interval '1 month') m
  ),
  outcomes as (
    -- Dispositions from the first day any figure looks at, after corrections, in local months.
    select e.event_type, e.occurred_at, date_trunc('month', e.occurred_at at time zone tz)::date as month,
      public.disposition_head_count(e) as animals
    from public.custody_events e
    where e.event_type in ('released', 'transferred_out', 'died', 'euthanized')
      and e.occurred_at >= least(months_from, window_from)
      and not exists (select 1 from public.custody_events c where c.corrects_event_id = e.id)
  ),
  in_care_now as (
    select coalesce(sum(in_care), 0)::integer as animals from census
  ),
  placed as (
    select o.enclosure_id, o.head_count, e.parent_id, e.capacity, e.active
    from public.enclosure_occupancy o join public.enclosures e on e.id = o.enclosure_id
  ),
  area_paths as (
    -- "Quarantine › Reptile house" for every site and area, in one pass over the tree.
    select e.id, e.name::text as path from public.enclosures e where e.parent_id is null
    union all
    select e.id, p.path || ' › ' || e.name
    from public.enclosures e join area_paths p on e.parent_id = p.id
    where e.kind <> 'enclosure'
  ),
  open_rx as (
    -- Started, not stopped, within its days, and today is one of its dosing days.
    select p.id, a.code as animal_code, p.drug_id, p.frequency_per_day
    from public.prescriptions p
    join public.animals a on a.id = p.animal_id and a.status = 'in_care'
    where p.stopped_at is null
      and p.last_day >= today
      and p.starts_on <= today
      and (today - p.starts_on) % p.every_days = 0
  ),
  rx_logged as materialized (
    -- Every dose logged today counts, given, refused or missed: each is a visit to the animal.
    select r.id, r.animal_code, r.drug_id, r.frequency_per_day::integer as due,
      (select count(*) from public.administrations ad
       where ad.prescription_id = r.id and ad.given_at >= today_from and ad.given_at < today_from + interval '1 day')::integer as logged
    from open_rx r
  ),
  rx_today as (
    select r.*, greatest(r.due - r.logged, 0) as remaining, d.name as drug
    from rx_logged r join public.drugs d on d.id = r.drug_id
  )
  select jsonb_build_object(
    'today', today,
    'timeZone', tz,
    'months', (select jsonb_agg(to_char(month, 'YYYY-MM') order by month) from months),
    'census', coalesce((
      select jsonb_agg(jsonb_build_object(
        'taxonClass', taxon_class, 'inCare', in_care, 'released', released, 'transferred', transferred,
        'died', died, 'euthanized', euthanized, 'escaped', escaped) order by taxon_class)
      from census), '[]'),
    'intakes', (
      -- Every month of the series, with a count (0 when none) for each class received in it.
      select jsonb_agg(jsonb_build_object(
        'month', to_char(m.month, 'YYYY-MM'),
        'byClass', coalesce((select jsonb_object_agg(c.taxon_class, coalesce(i.animals, 0) order by c.taxon_class)
          from (select distinct taxon_class from intakes) c
          left join intakes i on i.month = m.month and i.taxon_class = c.taxon_class), '{}')
      ) order by m.month)
      from months m),
    'outcomes', (
      select jsonb_agg(t.o order by t.month)
      from (
        select m.month, jsonb_build_object(
          'month', to_char(m.month, 'YYYY-MM'),
          'released', coalesce(sum(o.animals) filter (where o.event_type = 'released'), 0),
          'transferred', coalesce(sum(o.animals) filter (where o.event_type = 'transferred_out'), 0),
          'died', coalesce(sum(o.animals) filter (where o.event_type = 'died'), 0),
          'euthanized', coalesce(sum(o.animals) filter (where o.event_type = 'euthanized'), 0)) as o
        from months m left join outcomes o on o.month = m.month
        group by m.month
      ) t),
    'mortality30d', (
      select jsonb_build_object(
        'from', today - 29, 'to', today, 'died', d.died, 'euthanized', d.euthanized,
        'animalsInCare', (select animals from in_care_now) + d.left_care,
        'rate', round((d.died + d.euthanized)::numeric / nullif((select animals from in_care_now) + d.left_care, 0), 4))
      from (
        -- In care at any time in the window: in care now, or left care (any outcome) within it.
        select coalesce(sum(animals) filter (where event_type = 'died'), 0)::integer as died,
          coalesce(sum(animals) filter (where event_type = 'euthanized'), 0)::integer as euthanized,
          coalesce(sum(animals), 0)::integer as left_care
        from outcomes where occurred_at >= window_from
      ) d),
    'occupancy', jsonb_build_object(
      'areas', coalesce((
        select jsonb_agg(jsonb_build_object('areaId', a.parent_id, 'area', a.path, 'enclosures', a.enclosures,
          'headCount', a.head_count, 'capacity', a.capacity) order by a.path)
        from (
          -- Retired enclosures count only while animals are still in them.
          select pl.parent_id, ap.path, count(*)::integer as enclosures,
            sum(pl.head_count)::integer as head_count, sum(pl.capacity)::integer as capacity
          from placed pl join area_paths ap on ap.id = pl.parent_id
          where pl.active or pl.head_count > 0
          group by pl.parent_id, ap.path
        ) a), '[]'),
      'unplaced', (select animals from in_care_now) - (select coalesce(sum(head_count), 0)::integer from placed)),
    'treatments', (
      select jsonb_build_object(
        'prescriptions', count(*), 'dosesDue', coalesce(sum(due), 0),
        'dosesLogged', coalesce(sum(logged), 0), 'dosesRemaining', coalesce(sum(remaining), 0),
        'byDrug', coalesce((
          select jsonb_agg(jsonb_build_object('drug', drug, 'prescriptions', n, 'dosesDue', due,
            'dosesLogged', logged, 'dosesRemaining', remaining) order by drug)
          from (select drug, count(*)::integer as n, sum(due)::integer as due, sum(logged)::integer as logged,
                  sum(remaining)::integer as remaining
                from rx_today group by drug) g), '[]'),
        -- The 100 with most doses still to give: a list to act on; each animal's health page has the rest.
        'list', coalesce((
          select jsonb_agg(jsonb_build_object('prescriptionId', id, 'animalCode', animal_code, 'drug', drug,
            'dosesDue', due, 'dosesLogged', logged, 'dosesRemaining', remaining) order by remaining desc, animal_code, drug)
          from (select * from rx_today order by remaining desc, animal_code, drug limit 100) t), '[]')
      )
      from rx_today)
  ) into result;
  return result;
end
$$;
comment on function public.care_dashboard(integer) is
  'The care dashboard in one call, as the caller''s RLS allows (their centre): census by class and status, intakes per month by class and outcomes per month (gap-free, the last p_months months, 1 to 120), 30-day mortality, occupancy per area and the prescriptions with doses due today. Care staff only.';

revoke execute on function public.care_dashboard(integer), public.disposition_head_count(public.custody_events),
  public.centre_time_zone() from public, anon;
grant execute on function public.care_dashboard(integer), public.disposition_head_count(public.custody_events),
  public.centre_time_zone() to authenticated, service_role;
