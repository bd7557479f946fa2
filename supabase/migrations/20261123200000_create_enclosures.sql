-- Where animals live: sites, areas and enclosures as one tree per centre
-- (Quarantine › Reptile house › Tank 12). Only enclosures hold animals and have a capacity; an
-- area is also a keeper's section for the daily round. Occupancy is always derived from the
-- animals and group lots placed there, never typed in.

create type public.enclosure_kind as enum ('site', 'area', 'enclosure');
comment on type public.enclosure_kind is 'Level in the place tree: a site holds areas, an area holds areas or enclosures.';

create type public.enclosure_type as enum (
  'tank', 'vivarium', 'cage', 'aviary', 'pen', 'paddock', 'pond', 'night_house', 'nursery', 'other'
);
comment on type public.enclosure_type is 'What kind of housing an enclosure is.';

create table public.enclosures (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null default public.current_centre_id() references public.centres (id),
  parent_id uuid,
  kind public.enclosure_kind not null,
  name text not null check (length(trim(name)) between 1 and 120),
  enclosure_type public.enclosure_type,
  capacity integer check (capacity between 1 and 100000),
  suits_classes public.taxon_class[] not null default '{}',
  is_quarantine boolean not null default false,
  active boolean not null default true,
  notes text check (notes is null or length(notes) <= 2000),
  created_at timestamptz not null default now(),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  unique (id, centre_id),
  -- A parent in another centre is impossible by construction, not by a check in the app.
  foreign key (parent_id, centre_id) references public.enclosures (id, centre_id),
  constraint enclosures_shape check (
    case kind
      when 'site' then parent_id is null and capacity is null and enclosure_type is null
      when 'area' then parent_id is not null and capacity is null and enclosure_type is null
      when 'enclosure' then parent_id is not null and capacity is not null and enclosure_type is not null
    end
  )
);
create unique index enclosures_sibling_names_idx on public.enclosures (centre_id, coalesce(parent_id, centre_id), lower(name));
create index enclosures_parent_id_idx on public.enclosures (parent_id);
comment on table public.enclosures is
  'Sites, areas and enclosures of a centre as a tree. Capacity is a head count; suits_classes empty means any class; is_quarantine marks housing that animals leave only once cleared.';

create function public.check_enclosure_parent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  parent_kind public.enclosure_kind;
begin
  if new.parent_id is null then
    return new;
  end if;
  select kind into parent_kind from public.enclosures where id = new.parent_id;
  if parent_kind is null then
    -- Also catches a row naming itself as parent, which its own foreign key would accept.
    raise exception 'The place it belongs to does not exist.' using errcode = '23503';
  end if;
  if parent_kind = 'enclosure' then
    raise exception 'An enclosure cannot contain other places; choose a site or an area.' using errcode = '23514';
  end if;
  return new;
end
$$;
comment on function public.check_enclosure_parent() is
  'Keeps the place tree a tree: enclosures are leaves and every place hangs from an existing one. Parents never change (no update grant), so no cycle can form.';

create trigger enclosures_check_parent before insert on public.enclosures
  for each row execute function public.check_enclosure_parent();

alter table public.animals add column enclosure_id uuid references public.enclosures (id);
alter table public.lots add column enclosure_id uuid references public.enclosures (id);
create index animals_enclosure_id_idx on public.animals (enclosure_id) where enclosure_id is not null;
create index lots_enclosure_id_idx on public.lots (enclosure_id) where enclosure_id is not null;
comment on column public.animals.enclosure_id is 'Where the animal is now; changed only by move_to_enclosure(), which records the move.';
comment on column public.lots.enclosure_id is 'Where the lot''s group record (its in-care animals not split out) is now; changed only by move_to_enclosure().';

create view public.enclosure_occupancy with (security_invoker = true) as
  select e.id as enclosure_id,
    coalesce((select count(*) from public.animals a where a.enclosure_id = e.id and a.status = 'in_care'), 0)::integer
    + coalesce((select sum(l.in_care) from public.lots l where l.enclosure_id = e.id), 0)::integer as head_count
  from public.enclosures e
  where e.kind = 'enclosure';
comment on view public.enclosure_occupancy is
  'Head count per enclosure: individual animals in care plus group lots'' in-care counts. The readers'' RLS applies (security_invoker).';

alter table public.enclosures enable row level security;

create policy "Staff can read their centre's places" on public.enclosures
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Admins can add places to their centre" on public.enclosures
  for insert to authenticated
  with check ((select public.has_role('admin')) and centre_id = (select public.current_centre_id()));
create policy "Admins can change their centre's places" on public.enclosures
  for update to authenticated
  using ((select public.has_role('admin')) and centre_id = (select public.current_centre_id()))
  with check ((select public.has_role('admin')) and centre_id = (select public.current_centre_id()));

revoke all on public.enclosures, public.enclosure_occupancy from anon;
revoke delete, truncate on public.enclosures from authenticated;
revoke insert, update, delete, truncate on public.enclosure_occupancy from authenticated;
-- Places are retired (active = false), never deleted: moves and custody events name them.
revoke update on public.enclosures from authenticated;
grant update (name, enclosure_type, capacity, suits_classes, is_quarantine, active, notes) on public.enclosures to authenticated;
