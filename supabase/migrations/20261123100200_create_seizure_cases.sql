-- Seizure cases: where every record begins. A case belongs to one centre. Staff of the centre read
-- its cases; a prosecutor reads only the cases granted to them. Offender and informant details
-- are kept in a separate table that only admins and the prosecutors granted them can read, so no
-- query on cases, lots or the custody ledger can leak them.

create type public.case_status as enum ('open', 'in_court', 'closed');
comment on type public.case_status is 'open: animals or items in custody; in_court: proceedings running; closed: no further custody.';

create table public.seizure_cases (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references public.centres (id),
  case_number text not null check (case_number ~ '^[A-Za-z0-9][A-Za-z0-9/._ -]{0,59}$'),
  seized_at timestamptz not null check (seized_at <= now() + interval '5 minutes' and seized_at >= '1970-01-01'),
  location_description text not null check (length(trim(location_description)) between 2 and 500),
  latitude numeric(8, 6) check (latitude between -90 and 90),
  longitude numeric(9, 6) check (longitude between -180 and 180),
  agency text not null check (length(trim(agency)) between 2 and 200),
  lead_officer_name text not null check (length(trim(lead_officer_name)) between 2 and 200),
  lead_officer_agency text not null check (length(trim(lead_officer_agency)) between 2 and 200),
  lead_officer_id_number text not null check (length(trim(lead_officer_id_number)) between 1 and 100),
  legal_basis text check (legal_basis is null or length(trim(legal_basis)) between 1 and 1000),
  court_reference text check (court_reference is null or length(trim(court_reference)) between 1 and 200),
  status public.case_status not null default 'open',
  notes text check (notes is null or length(notes) <= 4000),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint seizure_cases_coordinates_together check ((latitude is null) = (longitude is null))
);
create unique index seizure_cases_case_number_key on public.seizure_cases (centre_id, lower(case_number));
create index seizure_cases_seized_at_idx on public.seizure_cases (centre_id, seized_at desc);
comment on table public.seizure_cases is
  'One seizure operation handed to the centre. The case number is unique in the centre, whatever its letter case.';

create trigger seizure_cases_touch_updated_at before update on public.seizure_cases
  for each row execute function public.touch_updated_at();

create table public.case_grants (
  case_id uuid not null references public.seizure_cases (id),
  prosecutor_id uuid not null references public.staff (user_id),
  include_veterinary boolean not null default false,
  include_offender boolean not null default false,
  granted_by uuid not null default auth.uid() references public.staff (user_id),
  granted_at timestamptz not null default now(),
  primary key (case_id, prosecutor_id)
);
create index case_grants_prosecutor_id_idx on public.case_grants (prosecutor_id);
comment on table public.case_grants is
  'Which prosecutor may read which case, and whether veterinary and offender details are included.';

create table public.case_parties (
  case_id uuid primary key references public.seizure_cases (id),
  offender_details text check (offender_details is null or length(offender_details) <= 4000),
  informant_details text check (informant_details is null or length(informant_details) <= 4000),
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now()
);
comment on table public.case_parties is
  'Offender and informant details of a case: readable by admins and by prosecutors granted them, writable by whoever records the intake.';

create function public.current_centre_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select s.centre_id from public.staff s where s.user_id = (select auth.uid()) and s.active
$$;
comment on function public.current_centre_id() is 'The centre of the calling staff member, or null for anyone else.';

create function public.readable_case_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select c.id
  from public.seizure_cases c
  join public.staff s on s.user_id = (select auth.uid()) and s.active and s.centre_id = c.centre_id
  where s.role <> 'prosecutor'
     or exists (select 1 from public.case_grants g where g.case_id = c.id and g.prosecutor_id = s.user_id)
$$;
comment on function public.readable_case_ids() is
  'The cases the caller may read: every case of their centre, or for a prosecutor only the granted ones. Policies use it as `case_id in (select …)` so it runs once per query.';

create function public.may_record_intake()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select public.has_role('admin', 'vet', 'keeper')
$$;
comment on function public.may_record_intake() is 'True for the roles that take in seizures: admin, vet and keeper.';

alter table public.seizure_cases enable row level security;
alter table public.case_grants enable row level security;
alter table public.case_parties enable row level security;

-- Not `id in (select readable_case_ids())`: that function's snapshot cannot see a row being
-- inserted, so `insert … returning` of a new case would fail its own read check.
create policy "Staff can read the cases open to them" on public.seizure_cases
  for select to authenticated
  using (
    ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()))
    or ((select public.has_role('prosecutor'))
        and id in (select g.case_id from public.case_grants g where g.prosecutor_id = (select auth.uid())))
  );
create policy "Intake staff can open cases in their centre" on public.seizure_cases
  for insert to authenticated
  with check ((select public.may_record_intake()) and centre_id = (select public.current_centre_id()));
create policy "Admins and vets can update cases of their centre" on public.seizure_cases
  for update to authenticated
  using ((select public.has_role('admin', 'vet')) and centre_id = (select public.current_centre_id()))
  with check ((select public.has_role('admin', 'vet')) and centre_id = (select public.current_centre_id()));

create policy "Admins and the prosecutor concerned can read grants" on public.case_grants
  for select to authenticated
  using ((select public.has_role('admin')) or prosecutor_id = (select auth.uid()));
create policy "Admins can grant cases of their centre to its prosecutors" on public.case_grants
  for insert to authenticated
  with check (
    (select public.has_role('admin')) and case_id in (select public.readable_case_ids())
    and exists (
      select 1 from public.staff s
      where s.user_id = prosecutor_id and s.role = 'prosecutor' and s.centre_id = (select public.current_centre_id())
    )
  );
create policy "Admins can change grants" on public.case_grants
  for update to authenticated
  using ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()));
create policy "Admins can revoke grants" on public.case_grants
  for delete to authenticated
  using ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()));

create policy "Admins and prosecutors granted them can read offender details" on public.case_parties
  for select to authenticated
  using (
    ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
    or ((select public.has_role('prosecutor')) and exists (
      select 1 from public.case_grants g
      where g.case_id = case_parties.case_id and g.prosecutor_id = (select auth.uid()) and g.include_offender
    ))
  );
create policy "Intake staff can record offender details" on public.case_parties
  for insert to authenticated
  with check ((select public.may_record_intake()) and case_id in (select public.readable_case_ids()));
create policy "Admins can correct offender details" on public.case_parties
  for update to authenticated
  using ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()));

revoke all on public.seizure_cases, public.case_grants, public.case_parties from anon;
revoke delete on public.seizure_cases, public.case_parties from authenticated;
revoke execute on function public.current_centre_id(), public.readable_case_ids(), public.may_record_intake() from public, anon;
grant execute on function public.current_centre_id(), public.readable_case_ids(), public.may_record_intake() to authenticated, service_role;
