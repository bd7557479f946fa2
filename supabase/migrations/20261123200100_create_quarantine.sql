-- Quarantine: every confiscated animal may carry disease into the collection or, later, into the
-- wild. A quarantine starts when an animal or a group lot enters quarantine housing, lasts at
-- least the centre's required length for its class, lists the tests required, and ends only when
-- a vet clears it (who, when, which tests were done).

create table public.quarantine_policies (
  centre_id uuid not null default public.current_centre_id() references public.centres (id),
  taxon_class public.taxon_class not null,
  required_days integer not null check (required_days between 1 and 365),
  tests_required text[] not null default '{}' check (cardinality(tests_required) <= 20),
  notes text check (notes is null or length(notes) <= 2000),
  updated_at timestamptz not null default now(),
  primary key (centre_id, taxon_class)
);
comment on table public.quarantine_policies is
  'The centre''s quarantine rule per class: minimum length and the tests a vet must confirm before clearance. Set by the admin; without a rule a class gets 30 days and no listed tests.';

create table public.quarantines (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid,
  lot_id uuid,
  started_at timestamptz not null,
  required_days integer not null check (required_days between 1 and 365),
  tests_required text[] not null default '{}',
  cleared_at timestamptz,
  cleared_by uuid references public.staff (user_id),
  tests_done text[],
  clearance_notes text check (clearance_notes is null or length(clearance_notes) <= 2000),
  early_clearance_reason text check (early_clearance_reason is null or length(trim(early_clearance_reason)) between 5 and 1000),
  created_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  check (num_nonnulls(animal_id, lot_id) = 1),
  check ((cleared_at is null) = (cleared_by is null) and (cleared_at is null) = (tests_done is null)),
  check (cleared_at is null or cleared_at >= started_at)
);
-- At most one open quarantine per animal and per lot.
create unique index quarantines_open_animal_idx on public.quarantines (animal_id) where cleared_at is null and animal_id is not null;
create unique index quarantines_open_lot_idx on public.quarantines (lot_id) where cleared_at is null and lot_id is not null;
create index quarantines_case_id_idx on public.quarantines (case_id);
comment on table public.quarantines is
  'One quarantine of an animal or of a group lot. Opened by move_to_enclosure(), closed only by clear_quarantine().';

create function public.quarantine_rule(p_centre_id uuid, p_class public.taxon_class)
returns table (required_days integer, tests_required text[])
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(p.required_days, 30), coalesce(p.tests_required, '{}')
  from (select 1) as always
  left join public.quarantine_policies p on p.centre_id = p_centre_id and p.taxon_class = p_class
$$;
comment on function public.quarantine_rule(uuid, public.taxon_class) is
  'The centre''s quarantine length and tests for a class; 30 days and no listed tests when the admin has set none.';

create function public.clear_quarantine(p_quarantine_id uuid, p_tests_done text[], p_notes text default null, p_early_reason text default null)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  q public.quarantines;
  missing text[];
begin
  if not (select public.has_role('vet')) then
    raise exception 'Only a vet can clear a quarantine.' using errcode = '42501';
  end if;
  select * into q from public.quarantines
  where id = p_quarantine_id and case_id in (select public.readable_case_ids()) for update;
  if q.id is null then
    raise exception 'No such quarantine.' using errcode = 'PT404';
  end if;
  if q.cleared_at is not null then
    raise exception 'This quarantine was already cleared.' using errcode = 'PT409', hint = 'already_cleared';
  end if;
  select array_agg(t order by t) into missing
  from unnest(q.tests_required) t where t <> all (coalesce(p_tests_done, '{}'));
  if missing is not null then
    raise exception 'Required tests not confirmed: %', array_to_string(missing, ', ')
      using errcode = '22023', hint = 'tests_missing', detail = to_jsonb(missing)::text;
  end if;
  if now() < q.started_at + make_interval(days => q.required_days) and coalesce(length(trim(p_early_reason)), 0) < 5 then
    raise exception 'The quarantine has not lasted its required % days: give a reason to clear it early.', q.required_days
      using errcode = 'PT409', hint = 'override_required', detail = '["quarantine_too_short"]';
  end if;
  update public.quarantines
  set cleared_at = now(), cleared_by = (select auth.uid()), tests_done = coalesce(p_tests_done, '{}'),
    clearance_notes = nullif(trim(p_notes), ''),
    early_clearance_reason = case when now() < q.started_at + make_interval(days => q.required_days) then trim(p_early_reason) end
  where id = q.id;
end
$$;
comment on function public.clear_quarantine(uuid, text[], text, text) is
  'A vet ends a quarantine once every required test is confirmed and the required length has passed (earlier only with a recorded reason).';

alter table public.quarantine_policies enable row level security;
alter table public.quarantines enable row level security;

create policy "Staff can read their centre's quarantine rules" on public.quarantine_policies
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Admins can set their centre's quarantine rules" on public.quarantine_policies
  for all to authenticated
  using ((select public.has_role('admin')) and centre_id = (select public.current_centre_id()))
  with check ((select public.has_role('admin')) and centre_id = (select public.current_centre_id()));
create policy "Care staff can read quarantines of the cases open to them" on public.quarantines
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));

revoke all on public.quarantine_policies, public.quarantines from anon;
revoke insert, update, delete, truncate on public.quarantines from authenticated;
revoke truncate on public.quarantine_policies from authenticated;
revoke execute on function public.clear_quarantine(uuid, text[], text, text), public.quarantine_rule(uuid, public.taxon_class) from public, anon;
grant execute on function public.clear_quarantine(uuid, text[], text, text) to authenticated;
