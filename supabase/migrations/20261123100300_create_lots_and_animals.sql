-- Lots, individual animals and evidence items of a case.
--
-- A lot is a group of animals of one species from one case. Its counts always reconcile:
-- received = in care (as a group) + split out (to individual records) + released + transferred +
-- died + euthanized + escaped. A check constraint refuses any change that breaks it; split_out is
-- kept equal to the number of the lot's animal records by a trigger, since animals are never
-- deleted and never change lot. Individual animals get a code unique in the centre,
-- e.g. PT-2026-000123, generated here so that no client can choose or reuse one.

create table public.lots (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  species_id uuid not null references public.species (id),
  count_received integer not null check (count_received between 1 and 100000),
  in_care integer not null check (in_care >= 0),
  split_out integer not null default 0 check (split_out >= 0),
  released integer not null default 0 check (released >= 0),
  transferred integer not null default 0 check (transferred >= 0),
  died integer not null default 0 check (died >= 0),
  euthanized integer not null default 0 check (euthanized >= 0),
  escaped integer not null default 0 check (escaped >= 0),
  condition_on_arrival text check (condition_on_arrival is null or length(condition_on_arrival) <= 2000),
  notes text check (notes is null or length(notes) <= 4000),
  -- The row's place in the intake form: every lot of one intake shares created_at.
  intake_position smallint check (intake_position between 1 and 200),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  unique (id, case_id),
  constraint lots_counts_reconcile check (
    count_received = in_care + split_out + released + transferred + died + euthanized + escaped
  )
);
create index lots_case_id_idx on public.lots (case_id);
create index lots_species_id_idx on public.lots (species_id);
comment on table public.lots is
  'Animals of one species from one case, counted. The reconcile constraint is the rehabilitation report''s rule: every animal received is accounted for.';

create type public.animal_sex as enum ('male', 'female', 'unknown');
create type public.age_class as enum ('neonate', 'juvenile', 'subadult', 'adult', 'unknown');
create type public.animal_status as enum ('in_care', 'released', 'transferred', 'died', 'euthanized', 'escaped');
comment on type public.animal_status is 'Where an individual animal stands; everything but in_care ends custody.';

create sequence public.animal_code_serial as bigint minvalue 1 maxvalue 999999999;
comment on sequence public.animal_code_serial is
  'Serial part of animal codes. One sequence for all centres keeps codes unique across them too; gaps (rolled-back intakes) are harmless, the custody ledger is what must be gap-free.';

create table public.animals (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-Z]{2,4}-[0-9]{4}-[0-9]{6,9}$'),
  case_id uuid not null,
  lot_id uuid not null,
  species_id uuid not null references public.species (id),
  sex public.animal_sex not null default 'unknown',
  age_class public.age_class not null default 'unknown',
  microchip text check (microchip is null or length(trim(microchip)) between 1 and 64),
  ring text check (ring is null or length(trim(ring)) between 1 and 64),
  tag text check (tag is null or length(trim(tag)) between 1 and 64),
  distinctive_marks text check (distinctive_marks is null or length(distinctive_marks) <= 2000),
  status public.animal_status not null default 'in_care',
  notes text check (notes is null or length(notes) <= 4000),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id)
);
create index animals_lot_id_idx on public.animals (lot_id);
create index animals_case_id_idx on public.animals (case_id);
create index animals_microchip_idx on public.animals (microchip) where microchip is not null;
comment on table public.animals is
  'An individual animal record, split out of its lot. Never deleted and never moved to another lot: its code is quoted on every later record of it.';

create trigger animals_touch_updated_at before update on public.animals
  for each row execute function public.touch_updated_at();

create function public.assign_animal_code()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- Cached per case for the transaction: an intake inserts hundreds of animals of one case.
  code_key text := 'rescue_ledger.centre_code_' || replace(new.case_id::text, '-', '');
  centre_code text := nullif(current_setting(code_key, true), '');
begin
  if centre_code is null then
    select ce.code into centre_code
    from public.seizure_cases c join public.centres ce on ce.id = c.centre_id
    where c.id = new.case_id;
    perform set_config(code_key, centre_code, true);
  end if;
  new.code := centre_code || '-' || to_char(now() at time zone 'UTC', 'YYYY') || '-'
    || lpad(nextval('public.animal_code_serial')::text, 6, '0');
  return new;
end
$$;
comment on function public.assign_animal_code() is
  'Gives every new animal its code: centre code, year of the record, serial. Any code a client sends is replaced.';

create trigger animals_assign_code before insert on public.animals
  for each row execute function public.assign_animal_code();

create function public.split_animals_out_of_lots()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The code trigger caches the centre code in a transaction-local setting; prove it was right.
  if exists (
    select 1 from new_animals a
    join public.seizure_cases c on c.id = a.case_id join public.centres ce on ce.id = c.centre_id
    where a.code not like ce.code || '-%'
  ) then
    raise exception 'An animal code does not carry its centre''s code.' using errcode = '23514';
  end if;
  update public.lots l
  set in_care = l.in_care - n.added, split_out = l.split_out + n.added
  from (select lot_id, count(*)::integer as added from new_animals group by lot_id) n
  where l.id = n.lot_id;
  return null;
end
$$;
comment on function public.split_animals_out_of_lots() is
  'New animal records come out of their lot''s group count; the reconcile and in_care >= 0 checks refuse splitting more animals than the group holds.';

create trigger animals_split_out_of_lots after insert on public.animals
  referencing new table as new_animals
  for each statement execute function public.split_animals_out_of_lots();

create function public.refuse_animal_identity_change()
returns trigger
language plpgsql
as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'Animal records cannot be deleted: record what happened to the animal instead.'
      using errcode = '42501';
  end if;
  if new.code <> old.code or new.lot_id <> old.lot_id or new.case_id <> old.case_id then
    raise exception 'An animal''s code, lot and case cannot change.' using errcode = '42501';
  end if;
  return new;
end
$$;
comment on function public.refuse_animal_identity_change() is
  'Keeps split_out equal to the lot''s animal records and codes stable, for every role.';

create trigger animals_identity_is_fixed before update or delete on public.animals
  for each row execute function public.refuse_animal_identity_change();

create type public.quantity_unit as enum ('count', 'kg', 'g');
create type public.item_status as enum ('held', 'handed_over', 'destroyed');

create table public.evidence_items (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  description text not null check (length(trim(description)) between 2 and 500),
  species_id uuid references public.species (id),
  quantity numeric(12, 3) not null check (quantity > 0 and quantity <= 1000000),
  unit public.quantity_unit not null,
  seal_numbers text[] not null default '{}' check (cardinality(seal_numbers) <= 50),
  storage_location text check (storage_location is null or length(trim(storage_location)) between 1 and 300),
  status public.item_status not null default 'held',
  notes text check (notes is null or length(notes) <= 4000),
  intake_position smallint check (intake_position between 1 and 200),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  unique (id, case_id),
  constraint evidence_items_counts_are_whole check (unit <> 'count' or quantity = trunc(quantity))
);
create index evidence_items_case_id_idx on public.evidence_items (case_id);
comment on table public.evidence_items is
  'Seized things that are not live animals: meat, skins, scales, ivory, bones. Counted when countable, weighed (metric) otherwise.';

create view public.lot_individual_counts with (security_invoker = true) as
  select a.lot_id, a.case_id, a.status, count(*)::integer as animals
  from public.animals a
  group by a.lot_id, a.case_id, a.status;
comment on view public.lot_individual_counts is
  'Individual animals per lot and status, for the reconciliation shown on the case page; the animals'' RLS applies (security_invoker).';

alter table public.lots enable row level security;
alter table public.animals enable row level security;
alter table public.evidence_items enable row level security;

create policy "Staff can read lots of the cases open to them" on public.lots
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Intake staff can add lots" on public.lots
  for insert to authenticated
  with check ((select public.may_record_intake()) and case_id in (select public.readable_case_ids()));
create policy "Vets and admins can annotate lots" on public.lots
  for update to authenticated
  using ((select public.has_role('admin', 'vet')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin', 'vet')) and case_id in (select public.readable_case_ids()));

create policy "Staff can read animals of the cases open to them" on public.animals
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Intake staff and vets can split animals out of a lot" on public.animals
  for insert to authenticated
  with check ((select public.may_record_intake()) and case_id in (select public.readable_case_ids()));
create policy "Care staff can update animal identification" on public.animals
  for update to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin', 'vet', 'keeper')) and case_id in (select public.readable_case_ids()));

create policy "Staff can read items of the cases open to them" on public.evidence_items
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Intake staff can add items" on public.evidence_items
  for insert to authenticated
  with check ((select public.may_record_intake()) and case_id in (select public.readable_case_ids()));
create policy "Admins can correct items" on public.evidence_items
  for update to authenticated
  using ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()));

revoke all on public.lots, public.animals, public.evidence_items, public.lot_individual_counts from anon;
revoke insert, update, delete, truncate on public.lot_individual_counts from authenticated;
revoke delete, update on public.lots, public.animals, public.evidence_items from authenticated;
-- Counts move only through the split trigger and the disposition functions; status only through
-- dispositions; a lot's species and received count only through a recorded correction.
grant update (condition_on_arrival, notes) on public.lots to authenticated;
grant update (species_id, sex, age_class, microchip, ring, tag, distinctive_marks, notes) on public.animals to authenticated;
grant update (description, species_id, storage_location, notes) on public.evidence_items to authenticated;
revoke all on sequence public.animal_code_serial from public, anon, authenticated;
