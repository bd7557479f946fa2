-- The centre and its staff: who may do what is decided here, by row-level security, for every
-- client (the app, the JSON API and PostgREST itself).

create table public.centres (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z]{2,4}$'),
  name text not null check (length(trim(name)) between 2 and 200),
  name_km text check (name_km is null or length(trim(name_km)) between 1 and 200),
  country char(2) not null default 'KH' check (country ~ '^[A-Z]{2}$'),
  created_at timestamptz not null default now()
);
comment on table public.centres is
  'A rescue centre. Its code prefixes the human-readable animal codes (e.g. PT-2026-000123).';

create type public.staff_role as enum ('admin', 'vet', 'keeper', 'release_team', 'prosecutor');
comment on type public.staff_role is
  'admin: accounts, enclosures, species, grants. vet: clinical records. keeper: feeding and moves. release_team: assessments and releases. prosecutor: read-only evidence of granted cases.';

create table public.staff (
  user_id uuid primary key references auth.users (id) on delete cascade,
  centre_id uuid not null references public.centres (id),
  full_name text not null check (length(trim(full_name)) between 2 and 200),
  role public.staff_role not null,
  agency text check (agency is null or length(trim(agency)) between 1 and 200),
  id_number text check (id_number is null or length(trim(id_number)) between 1 and 100),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index staff_centre_id_idx on public.staff (centre_id);
comment on table public.staff is
  'A person who signs in, with one role. Deactivate rather than delete: custody records name them.';

create function public.has_role(variadic roles public.staff_role[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.staff s
    where s.user_id = (select auth.uid()) and s.active and s.role = any (roles)
  )
$$;
comment on function public.has_role(public.staff_role[]) is
  'True when the caller is active staff with one of the given roles. Security definer so that policies on staff itself can use it without recursion.';

create function public.is_staff()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff s where s.user_id = (select auth.uid()) and s.active)
$$;
comment on function public.is_staff() is 'True when the caller is active staff, whatever the role.';

create function public.touch_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
comment on function public.touch_updated_at() is 'Keeps updated_at true on every update.';

create trigger staff_touch_updated_at before update on public.staff
  for each row execute function public.touch_updated_at();

alter table public.centres enable row level security;
alter table public.staff enable row level security;

create policy "Staff can read their centre" on public.centres
  for select to authenticated using ((select public.is_staff()));
create policy "Admins can change the centre" on public.centres
  for update to authenticated
  using ((select public.has_role('admin'))) with check ((select public.has_role('admin')));

create policy "Staff can read the staff list" on public.staff
  for select to authenticated using ((select public.is_staff()));
create policy "Each user can read their own staff record" on public.staff
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Admins can add staff" on public.staff
  for insert to authenticated with check ((select public.has_role('admin')));
create policy "Admins can change staff" on public.staff
  for update to authenticated
  using ((select public.has_role('admin'))) with check ((select public.has_role('admin')));
create policy "Admins can remove staff" on public.staff
  for delete to authenticated using ((select public.has_role('admin')));

revoke all on public.centres, public.staff from anon;
revoke execute on function public.has_role(public.staff_role[]), public.is_staff() from public, anon;
