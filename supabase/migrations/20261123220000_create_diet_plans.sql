-- Diet plans: what an animal, a lot's group or a whole enclosure is fed, how much and when.
-- A plan is never edited in place: a change is a new plan that replaces the old one, so the plan
-- history shows what was prescribed on any past day (the feeding logs point at the plan they
-- followed). Keepers and vets write plans; every care role reads them.

create function public.centre_today()
returns date
language sql
stable
set search_path = ''
as $$
  select (now() at time zone 'Asia/Phnom_Penh')::date
$$;
comment on function public.centre_today() is
  'Today in the centre''s time zone (Cambodia keeps UTC+07:00 all year), as src/lib/domain/centre-time.ts; feeding days and rounds are counted in it.';

create function public.diet_items_valid(items jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(items) = 'array'
    and jsonb_array_length(items) between 1 and 30
    and not exists (
      select 1 from jsonb_array_elements(items) as i(item)
      where jsonb_typeof(i.item) <> 'object'
         or (select count(*) from jsonb_object_keys(i.item)) <> 3
         or jsonb_typeof(i.item -> 'food') <> 'string'
         or length(trim(i.item ->> 'food')) not between 1 and 120
         or jsonb_typeof(i.item -> 'amount') <> 'number'
         or (i.item ->> 'amount')::numeric not between 0.001 and 1000000
         or coalesce(i.item ->> 'unit', '') not in ('g', 'kg', 'ml', 'l', 'items')
    )
$$;
comment on function public.diet_items_valid(jsonb) is
  'A diet''s items: 1-30 objects of exactly {food, amount > 0, unit in g|kg|ml|l|items}, per feeding.';

create table public.diet_plans (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references public.centres (id),
  animal_id uuid references public.animals (id),
  lot_id uuid references public.lots (id),
  enclosure_id uuid references public.enclosures (id),
  -- Null for an enclosure's plan; copied from the animal or lot for the case-based read rules.
  case_id uuid references public.seizure_cases (id),
  items jsonb not null check (public.diet_items_valid(items)),
  feeding_times time[] not null check (
    cardinality(feeding_times) between 1 and 12 and array_position(feeding_times, null) is null
  ),
  every_n_days smallint not null default 1 check (every_n_days between 1 and 60),
  starts_on date not null default public.centre_today(),
  notes text check (notes is null or length(notes) <= 2000),
  replaces_id uuid unique references public.diet_plans (id),
  ended_at timestamptz,
  end_reason text check (end_reason is null or length(trim(end_reason)) between 3 and 500),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  constraint diet_plans_one_subject check (num_nonnulls(animal_id, lot_id, enclosure_id) = 1)
);
-- One current plan per subject: the round never has to choose between two.
create unique index diet_plans_current_subject_idx on public.diet_plans (coalesce(animal_id, lot_id, enclosure_id))
  where ended_at is null;
create index diet_plans_animal_id_idx on public.diet_plans (animal_id, created_at desc) where animal_id is not null;
create index diet_plans_lot_id_idx on public.diet_plans (lot_id, created_at desc) where lot_id is not null;
create index diet_plans_enclosure_id_idx on public.diet_plans (enclosure_id, created_at desc) where enclosure_id is not null;
create index diet_plans_centre_current_idx on public.diet_plans (centre_id) where ended_at is null;
comment on table public.diet_plans is
  'What one animal, one lot''s group record or one enclosure is fed: items per feeding, the times of day, every n days from starts_on (snakes eat weekly). Changes are new plans replacing old ones (replaces_id); ended_at closes a plan.';
comment on column public.diet_plans.feeding_times is 'Times of day in centre time; their number is the feedings per day, and a feeding log names one by its position (slot).';

create function public.prepare_diet_plan()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  subject_centre uuid;
  replaced public.diet_plans;
begin
  new.created_by := auth.uid();
  new.created_at := now();
  new.ended_at := null;
  new.end_reason := null;
  new.feeding_times := array(select distinct t from unnest(new.feeding_times) as t order by t);
  if new.animal_id is not null then
    select c.centre_id, a.case_id into subject_centre, new.case_id
    from public.animals a join public.seizure_cases c on c.id = a.case_id
    where a.id = new.animal_id and a.status = 'in_care';
  elsif new.lot_id is not null then
    select c.centre_id, l.case_id into subject_centre, new.case_id
    from public.lots l join public.seizure_cases c on c.id = l.case_id
    where l.id = new.lot_id and l.in_care > 0;
  else
    select e.centre_id, null into subject_centre, new.case_id
    from public.enclosures e where e.id = new.enclosure_id and e.kind = 'enclosure' and e.active;
  end if;
  if subject_centre is null or subject_centre is distinct from public.current_centre_id() then
    raise exception 'Diet plans are for animals and lots in care and active enclosures of your centre.'
      using errcode = 'RL101', hint = 'subject';
  end if;
  new.centre_id := subject_centre;
  if new.replaces_id is not null then
    select * into replaced from public.diet_plans where id = new.replaces_id for update;
    if replaced.id is null or replaced.ended_at is not null then
      raise exception 'The plan this one replaces is no longer current; reload the page.' using errcode = 'RL102', hint = 'replacesId';
    end if;
    if (replaced.animal_id, replaced.lot_id, replaced.enclosure_id) is distinct from (new.animal_id, new.lot_id, new.enclosure_id) then
      raise exception 'A plan can only be replaced by a plan for the same animal, lot or enclosure.' using errcode = 'RL103', hint = 'replacesId';
    end if;
    update public.diet_plans set ended_at = now(), end_reason = 'Replaced by a new plan' where id = replaced.id;
  end if;
  return new;
end
$$;
comment on function public.prepare_diet_plan() is
  'Fills the centre, case, author and time; refuses plans for animals out of care or other centres; closes the plan being replaced in the same transaction, so a subject always has at most one current plan.';

create trigger diet_plans_prepare before insert on public.diet_plans
  for each row execute function public.prepare_diet_plan();

create function public.guard_diet_plan_end()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.ended_at is not null then
    raise exception 'This plan has already ended.' using errcode = 'RL104', hint = 'planId';
  end if;
  if new.ended_at is null or new.end_reason is null then
    raise exception 'Say why the plan ends.' using errcode = 'RL105', hint = 'endReason';
  end if;
  -- The time is the database's, not the client's: the history must say when feeding changed.
  new.ended_at := now();
  return new;
end
$$;
comment on function public.guard_diet_plan_end() is 'A plan ends once, now, with a reason; it never reopens.';

create trigger diet_plans_guard_end before update on public.diet_plans
  for each row execute function public.guard_diet_plan_end();

alter table public.diet_plans enable row level security;

create policy "Care staff can read their centre's diet plans" on public.diet_plans
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Keepers and vets can write diet plans" on public.diet_plans
  for insert to authenticated
  with check ((select public.has_role('vet', 'keeper')));
create policy "Keepers and vets can end their centre's diet plans" on public.diet_plans
  for update to authenticated
  using ((select public.has_role('vet', 'keeper')) and centre_id = (select public.current_centre_id()))
  with check ((select public.has_role('vet', 'keeper')) and centre_id = (select public.current_centre_id()));

revoke all on public.diet_plans from anon;
revoke update, delete, truncate on public.diet_plans from authenticated;
-- Ending is the only change; the contents of a plan that was followed never change.
grant update (ended_at, end_reason) on public.diet_plans to authenticated;
revoke execute on function public.diet_items_valid(jsonb), public.centre_today() from public, anon;
grant execute on function public.diet_items_valid(jsonb), public.centre_today() to authenticated, service_role;
