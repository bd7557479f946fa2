-- Release events and post-release monitoring. A release carries out one or more approved
-- assessments at one site on one day: in one transaction each becomes a 'released' disposition
-- (animal status or lot counts, custody event in its case's chain) and the assessment is closed.
-- Released animals then get monitoring entries (sighting, telemetry, camera trap).

create type public.release_method as enum ('hard', 'soft');
comment on type public.release_method is 'hard: straight into the wild; soft: through an enclosure at the site with supplementary feeding.';

create function public.country_bounds(p_country char(2))
returns table (min_latitude numeric, max_latitude numeric, min_longitude numeric, max_longitude numeric)
language sql
immutable
as $$
  -- Cambodia's mainland and islands (Poulo Wai at 9.9° N) with a small margin. A centre in
  -- another country adds its box here; without one, coordinates are only checked for range.
  select 9.85, 14.75, 102.30, 107.70 where p_country = 'KH'
$$;
comment on function public.country_bounds(char) is 'The bounding box release coordinates must fall in unless an override reason is given.';

create table public.release_events (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null default public.current_centre_id() references public.centres (id),
  occurred_at timestamptz not null check (occurred_at <= now() + interval '5 minutes' and occurred_at >= '1970-01-01'),
  site_name text not null check (length(trim(site_name)) between 2 and 200),
  protected_area text check (protected_area is null or length(trim(protected_area)) between 2 and 200),
  latitude numeric(8, 6) not null check (latitude between -90 and 90),
  longitude numeric(9, 6) not null check (longitude between -180 and 180),
  outside_bounds_reason text check (outside_bounds_reason is null or length(trim(outside_bounds_reason)) between 5 and 1000),
  method public.release_method not null,
  team_members text[] not null check (cardinality(team_members) between 1 and 30),
  notes text check (notes is null or length(notes) <= 4000),
  photo_ids uuid[] not null default '{}' check (cardinality(photo_ids) <= 50),
  client_key uuid unique,
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now()
);
create index release_events_centre_idx on public.release_events (centre_id, occurred_at desc);
comment on table public.release_events is 'A release at one site on one day, by a named team; its animals are the released dispositions that point at it.';

alter table public.dispositions add constraint dispositions_release_event_fk
  foreign key (release_event_id) references public.release_events (id);
alter table public.release_assessments add constraint release_assessments_release_event_fk
  foreign key (release_event_id) references public.release_events (id);

create trigger release_events_append_only before update or delete on public.release_events
  for each row execute function public.refuse_disposition_change();

create function public.record_release(
  p_occurred_at timestamptz,
  p_site_name text,
  p_latitude numeric,
  p_longitude numeric,
  p_method public.release_method,
  p_team_members text[],
  p_subjects jsonb,
  p_protected_area text default null,
  p_outside_bounds_reason text default null,
  p_notes text default null,
  p_photo_ids uuid[] default '{}',
  p_client_key uuid default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  event public.release_events;
  box record;
  s record;
  a public.release_assessments;
  d public.dispositions;
begin
  if not (select public.has_role('admin', 'release_team')) then
    raise exception 'Only the release team and admins record releases.' using errcode = '42501';
  end if;
  if p_client_key is not null then
    select * into event from public.release_events where client_key = p_client_key and recorded_by = auth.uid();
    if event.id is not null then
      return event.id;
    end if;
  end if;
  if jsonb_typeof(p_subjects) is distinct from 'array' or jsonb_array_length(p_subjects) not between 1 and 50 then
    raise exception 'Choose the approved assessments to carry out (1 to 50).' using errcode = 'RL326', hint = 'subjects';
  end if;
  if (select count(*) <> count(distinct x.assessment_id) from jsonb_to_recordset(p_subjects) as x (assessment_id uuid)) then
    raise exception 'An assessment is carried out once per release.' using errcode = 'RL326', hint = 'subjects';
  end if;
  select * into box from public.country_bounds((select c.country from public.centres c where c.id = public.current_centre_id()));
  if box.min_latitude is not null and nullif(trim(p_outside_bounds_reason), '') is null
     and (p_latitude not between box.min_latitude and box.max_latitude or p_longitude not between box.min_longitude and box.max_longitude) then
    raise exception 'These coordinates are outside the country. Check them, or give the reason they are right.'
      using errcode = 'RL321', hint = 'latitude';
  end if;
  if exists (select 1 from unnest(p_photo_ids) as p (id) left join public.photos ph on ph.id = p.id
             where ph.id is null or ph.case_id not in (
               select ra.case_id from public.release_assessments ra
               where ra.id in (select x.assessment_id from jsonb_to_recordset(p_subjects) as x (assessment_id uuid)))) then
    raise exception 'A photo does not belong to a case of these animals.' using errcode = 'RL327', hint = 'photos';
  end if;

  insert into public.release_events (occurred_at, site_name, protected_area, latitude, longitude, outside_bounds_reason,
    method, team_members, notes, photo_ids, client_key)
  values (p_occurred_at, trim(p_site_name), nullif(trim(p_protected_area), ''), p_latitude, p_longitude,
    nullif(trim(p_outside_bounds_reason), ''), p_method,
    array(select trim(m) from unnest(p_team_members) m where trim(m) <> ''), nullif(trim(p_notes), ''),
    coalesce(p_photo_ids, '{}'), p_client_key)
  returning * into event;

  for s in select x.assessment_id, x.count from jsonb_to_recordset(p_subjects) as x (assessment_id uuid, count integer) loop
    a := public.locked_release_assessment(s.assessment_id, null);
    if public.release_recommendation_for(a) <> 'release' then
      raise exception 'Something blocks the release of assessment %: it cannot be carried out.', a.id using errcode = 'RL313', hint = 'subjects';
    end if;
    if cardinality(public.release_approved_steps(a)) < 3 then
      raise exception 'Assessment % is not approved by the vet, the release team lead and the authority.', a.id using errcode = 'RL317', hint = 'subjects';
    end if;
    if coalesce(s.count, a.head_count) not between 1 and a.head_count then
      raise exception 'Assessment % covers % animals: release between 1 and that.', a.id, a.head_count using errcode = 'RL302', hint = 'subjects';
    end if;
    d := null;
    d.kind := 'released';
    d.animal_id := a.animal_id;
    d.lot_id := a.lot_id;
    d.head_count := coalesce(s.count, a.head_count);
    d.occurred_at := p_occurred_at;
    d.place := event.site_name || coalesce(' (' || event.protected_area || ')', '') || format(', %s, %s', event.latitude, event.longitude);
    d.method := event.method || ' release';
    d.release_event_id := event.id;
    d.notes := event.notes;
    perform public.dispose_of(d, array(select p.id from public.photos p where p.id = any (event.photo_ids) and p.case_id = a.case_id));
    update public.release_assessments set release_event_id = event.id where id = a.id;
  end loop;
  return event.id;
end
$$;
comment on function public.record_release(timestamptz, text, numeric, numeric, public.release_method, text[], jsonb, text, text, text, uuid[], uuid) is
  'Records a release of approved assessments ([{assessment_id, count}]) at one site: each becomes a released disposition with its custody event, all or nothing. Coordinates outside the country need a reason. Safe to resend with the same client key.';

revoke execute on function public.record_release from public, anon;
grant execute on function public.record_release to authenticated;

create type public.monitoring_method as enum ('sighting', 'telemetry', 'camera_trap', 'other');
create type public.monitored_condition as enum ('good', 'fair', 'poor', 'dead', 'not_found');

create table public.release_monitoring (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  disposition_id uuid not null references public.dispositions (id),
  observed_on date not null,
  method public.monitoring_method not null,
  location text check (location is null or length(trim(location)) between 2 and 300),
  latitude numeric(8, 6) check (latitude between -90 and 90),
  longitude numeric(9, 6) check (longitude between -180 and 180),
  condition public.monitored_condition not null,
  animals_seen integer check (animals_seen between 0 and 100000),
  notes text check (notes is null or length(notes) <= 4000),
  -- The form's key: an entry resent on a poor connection is refused as a duplicate, not kept twice.
  client_key uuid unique,
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  constraint release_monitoring_coordinates_together check ((latitude is null) = (longitude is null))
);
create index release_monitoring_disposition_idx on public.release_monitoring (disposition_id, observed_on desc);
comment on table public.release_monitoring is 'What was seen of released animals after the release: when, how, where and in what condition.';

create function public.prepare_release_monitoring()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  released_on date;
begin
  select d.case_id, (d.occurred_at at time zone public.centre_time_zone())::date into new.case_id, released_on
  from public.dispositions d where d.id = new.disposition_id and d.kind = 'released';
  if new.case_id is null then
    raise exception 'Monitoring is recorded for released animals only.' using errcode = 'RL322', hint = 'form';
  end if;
  if new.observed_on < released_on then
    raise exception 'The day is before the release.' using errcode = 'RL323', hint = 'observedOn';
  end if;
  if new.observed_on > public.centre_today() then
    raise exception 'The day is in the future.' using errcode = 'RL010', hint = 'observedOn';
  end if;
  new.recorded_by := auth.uid();
  new.recorded_at := now();
  return new;
end
$$;
comment on function public.prepare_release_monitoring() is 'Fills case and recorder; refuses monitoring of anything but a release, before its day or in the future.';

create trigger release_monitoring_prepare before insert on public.release_monitoring
  for each row execute function public.prepare_release_monitoring();
create trigger release_monitoring_append_only before update or delete on public.release_monitoring
  for each row execute function public.refuse_release_record_change();

alter table public.release_events enable row level security;
alter table public.release_monitoring enable row level security;
create policy "Care staff can read the releases of their centre" on public.release_events
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Staff can read monitoring of the cases open to them" on public.release_monitoring
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Release team, vets and admins can record monitoring" on public.release_monitoring
  for insert to authenticated
  with check ((select public.has_role('admin', 'vet', 'release_team')) and case_id in (select public.readable_case_ids()));
revoke all on public.release_events, public.release_monitoring from anon;
revoke insert, update, delete, truncate on public.release_events from authenticated, service_role;
revoke update, delete, truncate on public.release_monitoring from authenticated;
