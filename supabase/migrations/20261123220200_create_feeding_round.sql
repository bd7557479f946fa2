-- The keeper's daily round and the vets' feeding watch lists, each one query for one page.
-- All are security invoker: the caller's RLS decides what they see.

-- The daily round comes in pages of whole enclosures. A section of 120 animals, each with its own
-- plan, is 240 feedings: on one page that was ~450 KiB of HTML to send to a phone on a poor
-- connection, and turning it into HTML cost more than every query behind it. A page holds whole
-- enclosures (keepers feed pen by pen) up to about p_page_size plans; every pen of the section is
-- still listed with its feedings due and logged, so the keeper sees what is left where and jumps
-- to it, and the progress line counts the whole section.

create function public.daily_round(p_area_id uuid, p_day date default public.centre_today(), p_page integer default 1,
  p_page_size integer default 40)
returns jsonb
language plpgsql
stable
set search_path = ''
-- Planned once per session: planning this query costs more than running it in PGlite.
set plan_cache_mode = force_generic_plan
as $$
declare
  page_size integer := least(greatest(coalesce(p_page_size, 40), 1), 500);
begin
  return (
  with recursive places as (
    select e.id, e.kind, e.name, public.enclosure_path(e.id) as path
    from public.enclosures e where e.id = p_area_id and e.kind in ('site', 'area')
    union all
    select c.id, c.kind, c.name, t.path || ' › ' || c.name from public.enclosures c join places t on c.parent_id = t.id
  ),
  pens as (select id, name, path from places where kind = 'enclosure'),
  placed as (
    select p.id as plan_id, a.enclosure_id as place_id
    from public.animals a join public.diet_plans p on p.animal_id = a.id and p.ended_at is null
    where a.enclosure_id in (select id from pens) and a.status = 'in_care'
    union all
    select p.id, l.enclosure_id
    from public.lots l join public.diet_plans p on p.lot_id = l.id and p.ended_at is null
    where l.enclosure_id in (select id from pens) and l.in_care > 0
    union all
    select p.id, p.enclosure_id from public.diet_plans p where p.enclosure_id in (select id from pens) and p.ended_at is null
  ),
  due as materialized (
    select r.place_id, p.id, p.animal_id, p.lot_id, p.items, p.notes, p.every_n_days, p.feeding_times
    from placed r join public.diet_plans p on p.id = r.plan_id
    where p.starts_on <= p_day and (p_day - p.starts_on) % p.every_n_days = 0
  ),
  latest as materialized (
    select distinct on (f.diet_plan_id, f.slot) f.diet_plan_id, f.slot, f.outcome, f.logged_at, f.alert_vets, f.concerns
    from public.feeding_logs f
    where f.diet_plan_id in (select id from due) and f.fed_on = p_day
    order by f.diet_plan_id, f.slot, f.id desc
  ),
  -- Each pen with feedings due: how many, how many logged, and the page it falls on. A page takes
  -- pens in name order until it holds page_size plans; a pen is never split across pages, so a
  -- page can hold more. dense_rank numbers the pages without gaps.
  counted as (
    select e.id, e.name, count(*)::integer as plans, sum(cardinality(d.feeding_times))::integer as feedings,
      sum((select count(*) from latest lt where lt.diet_plan_id = d.id))::integer as logged
    from pens e join due d on d.place_id = e.id
    group by e.id, e.name
  ),
  filled as (
    select c.*, coalesce(sum(c.plans) over (order by c.name, c.id rows between unbounded preceding and 1 preceding), 0) / page_size as band
    from counted c
  ),
  paged as (select f.*, dense_rank() over (order by f.band)::integer as page from filled f),
  page_count as (select coalesce(max(page), 1)::integer as n from paged),
  wanted as (select least(greatest(coalesce(p_page, 1), 1), (select n from page_count)) as page),
  shown as (
    select d.*, a.code,
      case when a.id is not null then jsonb_build_object('id', a.id, 'code', a.code, 'species', s.english_name,
        'speciesKm', s.khmer_name, 'scientific', s.scientific_name) end as animal,
      case when l.id is not null then jsonb_build_object('id', l.id, 'inCare', l.in_care, 'species', s.english_name,
        'speciesKm', s.khmer_name, 'scientific', s.scientific_name) end as lot
    from due d
    join paged pg on pg.id = d.place_id and pg.page = (select page from wanted)
    left join public.animals a on a.id = d.animal_id
    left join public.lots l on l.id = d.lot_id
    left join public.species s on s.id = coalesce(a.species_id, l.species_id)
  ),
  shaped as (
    select p.place_id, jsonb_agg(jsonb_build_object(
      'id', p.id, 'items', p.items, 'notes', p.notes, 'everyNDays', p.every_n_days, 'animal', p.animal, 'lot', p.lot,
      'slots', (
        select jsonb_agg(jsonb_build_object('slot', t.slot, 'time', to_char(t.at, 'HH24:MI'),
          'outcome', lt.outcome, 'loggedAt', lt.logged_at, 'alertVets', lt.alert_vets, 'concerns', lt.concerns) order by t.slot)
        from unnest(p.feeding_times) with ordinality as t(at, slot)
        left join latest lt on lt.diet_plan_id = p.id and lt.slot = t.slot)
    ) order by p.code nulls first, p.id) as plans
    from shown p
    group by p.place_id
  )
  select jsonb_build_object(
    'area', (select jsonb_build_object('id', pl.id, 'name', pl.name, 'path', pl.path) from places pl where pl.id = p_area_id),
    'day', p_day,
    'page', (select page from wanted),
    'pageCount', (select n from page_count),
    'progress', jsonb_build_object('logged', coalesce((select sum(logged) from counted), 0),
      'total', coalesce((select sum(feedings) from counted), 0)),
    'pens', coalesce((
      select jsonb_agg(jsonb_build_object('id', pg.id, 'name', pg.name, 'page', pg.page, 'feedings', pg.feedings,
        'logged', pg.logged) order by pg.name, pg.id)
      from paged pg
    ), '[]'::jsonb),
    'enclosures', coalesce((
      select jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name, 'path', e.path, 'plans', sh.plans) order by e.name, e.id)
      from pens e join shaped sh on sh.place_id = e.id
    ), '[]'::jsonb),
    'unplanned', coalesce((
      select jsonb_agg(jsonb_build_object('enclosureId', e.id, 'name', e.name, 'path', e.path) order by e.name)
      from pens e
      where not exists (select 1 from placed r where r.place_id = e.id)
        and (exists (select 1 from public.animals a where a.enclosure_id = e.id and a.status = 'in_care')
             or exists (select 1 from public.lots l where l.enclosure_id = e.id and l.in_care > 0))
    ), '[]'::jsonb)
  ));
end
$$;
comment on function public.daily_round(uuid, date, integer, integer) is
  'A keeper''s section on one day, one page at a time: every pen with feedings due (how many, how many logged, on which page), the progress of the whole section, and for the pens of the page asked for (clamped to 1..pageCount) each plan due with its slots and the latest log of each; and occupied enclosures with no plan at all, which is a gap to fix.';

create function public.feeding_watch(p_days integer default 3)
returns jsonb
language plpgsql
stable
set search_path = ''
-- Planned once per session: planning this query costs more than running it in PGlite.
set plan_cache_mode = force_generic_plan
as $$
declare
  today date := public.centre_today();
  first_day date := today - (least(greatest(p_days, 1), 14) - 1);
  centre uuid := public.current_centre_id();
begin
  return (
  with recursive paths as (
    select e.id, e.name::text as path from public.enclosures e where e.parent_id is null and e.centre_id = centre
    union all
    select c.id, p.path || ' › ' || c.name from public.enclosures c join paths p on c.parent_id = p.id
  ),
  plans as (
    select p.id, p.feeding_times, p.every_n_days, p.starts_on, p.created_at, p.ended_at
    from public.diet_plans p
    left join public.animals a on a.id = p.animal_id
    left join public.lots l on l.id = p.lot_id
    where p.centre_id = centre and (p.ended_at is null or p.ended_at > first_day::timestamp at time zone 'Asia/Phnom_Penh')
      and (p.animal_id is null or a.status = 'in_care') and (p.lot_id is null or l.in_care > 0)
  ),
  due as materialized (
    -- A slot is due when its plan was written before it and had not ended by then (a replaced
    -- plan still owes the feedings it had), and today's only two hours after their time.
    select p.id as plan_id, d.day, t.slot::smallint as slot, t.at
    from plans p
    cross join (select g::date as day from generate_series(first_day, today, interval '1 day') as g) as d
    cross join lateral unnest(p.feeding_times) with ordinality as t(at, slot)
    where p.starts_on <= d.day and (d.day - p.starts_on) % p.every_n_days = 0
      and (d.day + t.at) at time zone 'Asia/Phnom_Penh' between p.created_at and coalesce(p.ended_at, 'infinity')
      and (d.day + t.at) at time zone 'Asia/Phnom_Penh' < now() - interval '2 hours'
  ),
  missed_all as (
    -- A lateral probe with LIMIT keeps all three keys in the index scan; a plain NOT EXISTS was
    -- planned as a scan of each plan's whole history.
    select d.* from due d
    left join lateral (select 1 as hit from public.feeding_logs f
                       where f.diet_plan_id = d.plan_id and f.fed_on = d.day and f.slot = d.slot limit 1) logged on true
    where logged.hit is null
  ),
  missed as (select * from missed_all order by day desc, at desc, plan_id limit 200),
  -- Only plans refused in the window are candidates; for each, the last day it ate is one
  -- backward step on its index, not a scan of its whole history.
  candidates as (
    select distinct r.diet_plan_id as plan_id
    from public.feeding_logs r
    where r.centre_id = centre and r.outcome = 'eaten_none' and r.fed_on >= first_day
  ),
  last_ate as (
    select c.plan_id, (select e.fed_on from public.feeding_logs e
                       where e.diet_plan_id = c.plan_id and e.outcome in ('eaten_all', 'eaten_part')
                       order by e.fed_on desc limit 1) as day
    from candidates c
  ),
  refusing as (
    -- Plans whose logs since their last eaten meal are all refusals, over two days or more.
    select l.plan_id, min(r.fed_on) as since, max(r.fed_on) as last_refused, count(distinct r.fed_on) as days
    from last_ate l
    join public.feeding_logs r on r.diet_plan_id = l.plan_id and r.outcome = 'eaten_none'
      and r.fed_on > coalesce(l.day, '-infinity'::date) and r.fed_on >= today - 30
    group by l.plan_id
    having count(distinct r.fed_on) >= 2
  ),
  alerts as (
    select l.id, l.diet_plan_id as plan_id, l.fed_on, l.logged_at, l.outcome, l.concerns
    from public.feeding_logs l
    where l.alert_vets and l.centre_id = centre
      and not exists (select 1 from public.feeding_alert_reviews v where v.feeding_log_id = l.id)
    order by l.logged_at desc limit 200
  ),
  subjects as (
    -- Named once per plan listed, with where it is now.
    select p.id, jsonb_build_object(
      'animalId', a.id, 'animalCode', a.code, 'lotId', l.id, 'caseId', p.case_id, 'enclosureId', coalesce(a.enclosure_id, l.enclosure_id, p.enclosure_id),
      'place', pa.path, 'species', s.english_name, 'speciesKm', s.khmer_name, 'inCare', l.in_care) as subject
    from public.diet_plans p
    left join public.animals a on a.id = p.animal_id
    left join public.lots l on l.id = p.lot_id
    left join public.species s on s.id = coalesce(a.species_id, l.species_id)
    left join paths pa on pa.id = coalesce(a.enclosure_id, l.enclosure_id, p.enclosure_id)
    where p.id in (select plan_id from missed union select plan_id from refusing union select plan_id from alerts)
  )
  select jsonb_build_object(
    'missed', coalesce((select jsonb_agg(jsonb_build_object('planId', m.plan_id, 'day', m.day, 'slot', m.slot, 'time', to_char(m.at, 'HH24:MI'),
        'subject', su.subject) order by m.day desc, m.at desc, m.plan_id) from missed m join subjects su on su.id = m.plan_id), '[]'::jsonb),
    'missedTotal', (select count(*) from missed_all),
    'refusing', coalesce((select jsonb_agg(jsonb_build_object('planId', r.plan_id, 'since', r.since, 'lastRefused', r.last_refused,
        'days', r.days, 'subject', su.subject) order by r.days desc, r.plan_id) from refusing r join subjects su on su.id = r.plan_id), '[]'::jsonb),
    'alerts', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'planId', a.plan_id, 'fedOn', a.fed_on, 'loggedAt', a.logged_at,
        'outcome', a.outcome, 'concerns', a.concerns, 'subject', su.subject) order by a.logged_at desc, a.id desc)
      from alerts a join subjects su on su.id = a.plan_id), '[]'::jsonb)
  ));
end
$$;
comment on function public.feeding_watch(integer) is
  'For the vets: feedings due in the last p_days days (1-14) and not logged (the latest 200, and how many in all), plans refused on two or more days since the last meal eaten, and keepers'' alerts not yet reviewed (the latest 200).';

revoke execute on function public.daily_round(uuid, date, integer, integer), public.feeding_watch(integer) from public, anon;
grant execute on function public.daily_round(uuid, date, integer, integer), public.feeding_watch(integer) to authenticated, service_role;
