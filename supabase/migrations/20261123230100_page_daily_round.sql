-- The daily round in pages of whole enclosures. A section of 120 animals, each with its own plan,
-- is 240 feedings: one page of them was ~450 KiB of HTML to send to a phone on a poor connection,
-- and turning it into HTML cost more than every query behind it. A page now holds whole
-- enclosures (keepers feed pen by pen) up to about p_page_size plans; every pen of the section is
-- still listed with its feedings due and logged, so the keeper sees what is left where and jumps
-- to it, and the progress line counts the whole section.

drop function public.daily_round(uuid, date);

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

revoke execute on function public.daily_round(uuid, date, integer, integer) from public, anon;
grant execute on function public.daily_round(uuid, date, integer, integer) to authenticated, service_role;
