-- Drugs, dose ranges, prescriptions and administrations: where a wrong number can kill an animal.
--
-- The database, not the form, computes the volume to give: a BEFORE INSERT trigger takes the
-- animal's latest weight (animal_latest_weights) and the drug's concentration, copies both onto
-- the prescription with the dose range it was judged against, and refuses what is unsafe. The app
-- previews the same arithmetic (src/lib/domain/dose.ts); this file is the authority.
--
-- Rule refusals (SQLSTATE, HINT = the form field the message belongs to):
--   RL001 the animal is not in care (died, released, ...)            (hint animal)
--   RL002 the animal has no recorded weight                           (hint weight)
--   RL003 the latest weight is older than weight_max_age()            (hint weightAgeOverrideReason)
--   RL004 dose outside the drug's range for the animal's class        (hint outOfRangeReason)
--   RL005 no dose range known for the animal's class                  (hint outOfRangeReason)
--   RL009 the volume rounds to 0.000 ml                               (hint doseMgPerKg)
--   RL010 administration time in the future                           (hint givenAt)
--   RL011 administration before the prescription starts               (hint givenAt)
--   RL012 administration after the prescription was stopped           (hint givenAt)
--   RL013 actual_ml missing for a dose given, or given for one not    (hint actualMl)
-- RL003-RL005 are lifted by a written reason, which is stored with the prescription.

create table public.drugs (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 2 and 120),
  concentration_mg_per_ml numeric(10, 4) not null check (concentration_mg_per_ml > 0 and concentration_mg_per_ml <= 10000),
  form text check (form is null or length(trim(form)) between 2 and 120),
  notes text check (notes is null or length(notes) <= 4000),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now()
);
create unique index drugs_name_key on public.drugs (lower(name));
comment on table public.drugs is
  'The centre''s drug list, kept by the admin. A concentration never changes (prescriptions copy it): another strength is another drug, e.g. "Meloxicam 1.5 mg/ml".';

create table public.drug_dose_ranges (
  drug_id uuid not null references public.drugs (id),
  taxon_class public.taxon_class not null,
  min_mg_per_kg numeric(10, 4) not null check (min_mg_per_kg > 0),
  max_mg_per_kg numeric(10, 4) not null,
  source text not null check (length(trim(source)) between 2 and 2000),
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  primary key (drug_id, taxon_class),
  constraint drug_dose_ranges_ordered check (max_mg_per_kg >= min_mg_per_kg)
);
comment on table public.drug_dose_ranges is
  'The usual mg/kg range of a drug for a class, with its source (a formulary and page): entered by the admin, never from memory.';

create type public.drug_route as enum ('oral', 'sc', 'im', 'iv', 'intracoelomic', 'intraosseous', 'topical', 'ophthalmic', 'nebulised');
comment on type public.drug_route is 'How a drug is given: sc subcutaneous, im intramuscular, iv intravenous; intracoelomic for reptiles and amphibians.';

create function public.weight_max_age()
returns interval
language sql
immutable
set search_path = ''
as $$
  select interval '14 days'
$$;
comment on function public.weight_max_age() is
  'The dose-weight policy: a prescription may use a weight at most this old, unless a reason is given. The app mirrors it in src/lib/domain/dose.ts (WEIGHT_MAX_AGE_DAYS).';

create table public.prescriptions (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid not null,
  drug_id uuid not null references public.drugs (id),
  dose_mg_per_kg numeric(10, 4) not null check (dose_mg_per_kg > 0 and dose_mg_per_kg <= 10000),
  route public.drug_route not null,
  -- Times per day on the days it is given; every_days = 3 for a drug given every 72 hours.
  frequency_per_day smallint not null check (frequency_per_day between 1 and 24),
  every_days smallint not null default 1 check (every_days between 1 and 30),
  duration_days smallint not null check (duration_days between 1 and 365),
  starts_on date not null check (starts_on >= '1970-01-01'),
  weight_age_override_reason text check (weight_age_override_reason is null or length(trim(weight_age_override_reason)) between 5 and 1000),
  out_of_range_reason text check (out_of_range_reason is null or length(trim(out_of_range_reason)) between 5 and 1000),
  notes text check (notes is null or length(notes) <= 4000),
  -- Filled by prepare_prescription(); whatever a client sends is replaced.
  weight_g numeric(12, 3) not null,
  weight_measured_at timestamptz not null,
  weight_exam_id uuid not null references public.exams (id),
  concentration_mg_per_ml numeric(10, 4) not null,
  range_min_mg_per_kg numeric(10, 4),
  range_max_mg_per_kg numeric(10, 4),
  volume_ml numeric(12, 3) not null check (volume_ml > 0),
  prescribed_by uuid not null references public.staff (user_id),
  prescribed_at timestamptz not null default now(),
  stopped_at timestamptz,
  stop_reason text check (stop_reason is null or length(trim(stop_reason)) between 2 and 1000),
  stopped_by uuid references public.staff (user_id),
  unique (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  constraint prescriptions_stop_has_reason check ((stopped_at is null) = (stop_reason is null))
);
create index prescriptions_animal_id_idx on public.prescriptions (animal_id, starts_on desc);
create index prescriptions_active_idx on public.prescriptions (case_id) where stopped_at is null;
comment on table public.prescriptions is
  'A drug prescribed to one animal. The volume per dose, the weight and concentration it came from, and the range it was judged against are the database''s. Never deleted: stopped, with a reason.';

create function public.prescription_volume_ml(dose_mg_per_kg numeric, weight_g numeric, concentration_mg_per_ml numeric)
returns numeric
language sql
immutable
parallel safe
set search_path = ''
as $$
  -- 0.001 ml is finer than any syringe reads; rounding half away from zero, as dose.ts does.
  select round(dose_mg_per_kg * weight_g / 1000 / concentration_mg_per_ml, 3)
$$;
comment on function public.prescription_volume_ml(numeric, numeric, numeric) is
  'ml per dose = mg/kg x kg / (mg/ml), rounded to 0.001 ml. The one formula; src/lib/domain/dose.ts mirrors it.';

create function public.prepare_prescription()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  animal_status public.animal_status;
  taxon public.taxon_class;
  latest record;
  dose_range record;
begin
  new.prescribed_by := auth.uid();
  new.prescribed_at := now();
  new.stopped_at := null;
  new.stop_reason := null;
  new.stopped_by := null;
  if new.prescribed_by is null then
    raise exception 'Prescriptions must be written by a signed-in vet.' using errcode = '42501';
  end if;
  new.weight_age_override_reason := nullif(trim(new.weight_age_override_reason), '');
  new.out_of_range_reason := nullif(trim(new.out_of_range_reason), '');

  select a.case_id, a.status, s.taxon_class into new.case_id, animal_status, taxon
  from public.animals a join public.species s on s.id = a.species_id
  where a.id = new.animal_id;
  if not found then
    raise exception 'This animal was not found.' using errcode = '23503', hint = 'animal';
  end if;
  if animal_status <> 'in_care' then
    raise exception 'This animal is no longer in care (%): it cannot be prescribed anything.', animal_status
      using errcode = 'RL001', hint = 'animal';
  end if;

  select w.exam_id, w.weight_g, w.examined_at into latest
  from public.animal_latest_weights w where w.animal_id = new.animal_id;
  if not found then
    raise exception 'This animal has no recorded weight: weigh it in an exam first.' using errcode = 'RL002', hint = 'weight';
  end if;
  if latest.examined_at < now() - public.weight_max_age() and new.weight_age_override_reason is null then
    raise exception 'The latest weight is from %, older than % days: weigh the animal again or give a reason.',
      to_char(latest.examined_at at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD'), extract(day from public.weight_max_age())
      using errcode = 'RL003', hint = 'weightAgeOverrideReason', detail = latest.examined_at::text;
  end if;
  new.weight_exam_id := latest.exam_id;
  new.weight_g := latest.weight_g;
  new.weight_measured_at := latest.examined_at;

  select d.concentration_mg_per_ml into new.concentration_mg_per_ml from public.drugs d where d.id = new.drug_id;
  if not found then
    raise exception 'This drug is not in the drug list.' using errcode = '23503', hint = 'drugId';
  end if;
  select r.min_mg_per_kg, r.max_mg_per_kg into dose_range
  from public.drug_dose_ranges r where r.drug_id = new.drug_id and r.taxon_class = taxon;
  new.range_min_mg_per_kg := dose_range.min_mg_per_kg;
  new.range_max_mg_per_kg := dose_range.max_mg_per_kg;
  if dose_range.min_mg_per_kg is null and new.out_of_range_reason is null then
    raise exception 'No dose range is known for this drug in a %: give the reason for this dose.', taxon
      using errcode = 'RL005', hint = 'outOfRangeReason';
  end if;
  if new.dose_mg_per_kg not between dose_range.min_mg_per_kg and dose_range.max_mg_per_kg and new.out_of_range_reason is null then
    raise exception '% mg/kg is outside the usual range of % to % mg/kg for a %: give the reason for this dose.',
      new.dose_mg_per_kg, dose_range.min_mg_per_kg, dose_range.max_mg_per_kg, taxon
      using errcode = 'RL004', hint = 'outOfRangeReason',
        detail = json_build_object('min', dose_range.min_mg_per_kg, 'max', dose_range.max_mg_per_kg)::text;
  end if;

  new.volume_ml := public.prescription_volume_ml(new.dose_mg_per_kg, new.weight_g, new.concentration_mg_per_ml);
  if new.volume_ml <= 0 then
    raise exception 'The volume per dose rounds to 0 ml: use a dilution of this drug.' using errcode = 'RL009', hint = 'doseMgPerKg';
  end if;
  return new;
end
$$;
comment on function public.prepare_prescription() is
  'Fills weight, concentration, range, volume and prescriber of a new prescription, and refuses: animal not in care, no weight, a stale weight or a dose outside (or without) a range unless a reason is given.';

create trigger prescriptions_prepare before insert on public.prescriptions
  for each row execute function public.prepare_prescription();

create function public.guard_prescription_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'Prescriptions cannot be deleted: stop them with a reason.' using errcode = '42501';
  end if;
  if old.stopped_at is not null then
    raise exception 'This prescription is already stopped.' using errcode = '42501';
  end if;
  if (to_jsonb(new) - array['stopped_at', 'stop_reason', 'stopped_by']) <> (to_jsonb(old) - array['stopped_at', 'stop_reason', 'stopped_by']) then
    raise exception 'A prescription can only be stopped; write a new one to change it.' using errcode = '42501';
  end if;
  if new.stopped_at is not null then
    new.stopped_by := auth.uid();
    if new.stopped_at > now() + interval '5 minutes' then
      raise exception 'The stop time is in the future.' using errcode = 'RL010', hint = 'stoppedAt';
    end if;
  end if;
  return new;
end
$$;
comment on function public.guard_prescription_change() is
  'Prescriptions are clinical records: for every role, the only change is stopping one once, by the signed-in user.';

create trigger prescriptions_only_stop before update or delete on public.prescriptions
  for each row execute function public.guard_prescription_change();

create type public.administration_outcome as enum ('given', 'refused', 'missed');
comment on type public.administration_outcome is 'given; refused by the animal (spat out, bit); missed (not attempted).';

create table public.administrations (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  prescription_id uuid not null,
  animal_id uuid not null,
  given_at timestamptz not null check (given_at <= now() + interval '5 minutes'),
  outcome public.administration_outcome not null,
  calculated_ml numeric(12, 3) not null,
  actual_ml numeric(12, 3) check (actual_ml > 0 and actual_ml <= 10000),
  notes text check (notes is null or length(notes) <= 2000),
  given_by uuid not null references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  foreign key (prescription_id, case_id) references public.prescriptions (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  constraint administrations_actual_when_given check ((outcome = 'given') = (actual_ml is not null))
);
create index administrations_prescription_id_idx on public.administrations (prescription_id, given_at desc);
create index administrations_animal_id_idx on public.administrations (animal_id, given_at desc);
comment on table public.administrations is
  'Each dose given, refused or missed, with the volume calculated and the volume actually given. Append-only for every role.';

create function public.prepare_administration()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  rx record;
begin
  new.given_by := auth.uid();
  new.recorded_at := now();
  if new.given_by is null then
    raise exception 'Administrations must be logged by a signed-in staff member.' using errcode = '42501';
  end if;
  select p.case_id, p.animal_id, p.volume_ml, p.starts_on, p.stopped_at, a.status into rx
  from public.prescriptions p join public.animals a on a.id = p.animal_id
  where p.id = new.prescription_id;
  if not found then
    raise exception 'This prescription was not found.' using errcode = '23503', hint = 'prescriptionId';
  end if;
  new.case_id := rx.case_id;
  new.animal_id := rx.animal_id;
  new.calculated_ml := rx.volume_ml;
  if rx.status <> 'in_care' then
    raise exception 'This animal is no longer in care (%).', rx.status using errcode = 'RL001', hint = 'animal';
  end if;
  if new.given_at > now() + interval '5 minutes' then
    raise exception 'The time given is in the future.' using errcode = 'RL010', hint = 'givenAt';
  end if;
  -- Dates are the centre's: Cambodia, as in src/lib/domain/centre-time.ts.
  if new.given_at < (rx.starts_on::timestamp at time zone 'Asia/Phnom_Penh') then
    raise exception 'The prescription starts on %; this time is before it.', rx.starts_on using errcode = 'RL011', hint = 'givenAt';
  end if;
  if rx.stopped_at is not null and new.given_at > rx.stopped_at then
    raise exception 'The prescription was stopped before this time.' using errcode = 'RL012', hint = 'givenAt';
  end if;
  if (new.outcome = 'given') <> (new.actual_ml is not null) then
    raise exception 'Give the volume actually given when, and only when, the dose was given.' using errcode = 'RL013', hint = 'actualMl';
  end if;
  return new;
end
$$;
comment on function public.prepare_administration() is
  'Copies case, animal and calculated volume from the prescription, sets who gave it, and refuses impossible times and volumes.';

create trigger administrations_prepare before insert on public.administrations
  for each row execute function public.prepare_administration();

create function public.refuse_administration_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'Administrations cannot be changed or deleted: log a new one with a note.' using errcode = '42501';
end
$$;
comment on function public.refuse_administration_change() is 'The medication log is append-only, for every role.';

create trigger administrations_are_append_only before update or delete on public.administrations
  for each row execute function public.refuse_administration_change();
create trigger administrations_no_truncate before truncate on public.administrations
  for each statement execute function public.refuse_administration_change();

alter table public.drugs enable row level security;
alter table public.drug_dose_ranges enable row level security;
alter table public.prescriptions enable row level security;
alter table public.administrations enable row level security;

create policy "Care staff can read the drug list" on public.drugs
  for select to authenticated using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')));
create policy "Admins can add drugs" on public.drugs
  for insert to authenticated with check ((select public.has_role('admin')));
create policy "Admins can edit drug notes" on public.drugs
  for update to authenticated using ((select public.has_role('admin'))) with check ((select public.has_role('admin')));

create policy "Care staff can read dose ranges" on public.drug_dose_ranges
  for select to authenticated using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')));
create policy "Admins can add dose ranges" on public.drug_dose_ranges
  for insert to authenticated with check ((select public.has_role('admin')));
create policy "Admins can correct dose ranges" on public.drug_dose_ranges
  for update to authenticated using ((select public.has_role('admin'))) with check ((select public.has_role('admin')));
create policy "Admins can remove dose ranges" on public.drug_dose_ranges
  for delete to authenticated using ((select public.has_role('admin')));

create policy "Care staff can read prescriptions of the cases open to them" on public.prescriptions
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can prescribe" on public.prescriptions
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));
create policy "Vets can stop prescriptions" on public.prescriptions
  for update to authenticated
  using ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

create policy "Care staff can read administrations of the cases open to them" on public.administrations
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets and keepers can log administrations" on public.administrations
  for insert to authenticated
  with check ((select public.has_role('vet', 'keeper')) and case_id in (select public.readable_case_ids()));

revoke all on public.drugs, public.drug_dose_ranges, public.prescriptions, public.administrations from anon;
revoke update, delete, truncate on public.drugs, public.prescriptions, public.administrations from authenticated;
revoke truncate on public.drug_dose_ranges from authenticated;
revoke update, delete, truncate on public.administrations from service_role;
grant update (form, notes) on public.drugs to authenticated;
grant update (stopped_at, stop_reason) on public.prescriptions to authenticated;
revoke execute on function public.weight_max_age(), public.prescription_volume_ml(numeric, numeric, numeric),
  public.class_weight_ceiling_g(public.taxon_class), public.exam_findings_valid(jsonb) from public, anon;
grant execute on function public.weight_max_age(), public.prescription_volume_ml(numeric, numeric, numeric),
  public.class_weight_ceiling_g(public.taxon_class), public.exam_findings_valid(jsonb) to authenticated, service_role;
