-- Veterinary records: exams (one animal, or a whole lot at intake) and problems. Vets write them;
-- the care roles of the centre read them; prosecutors and anon read nothing here (what an evidence
-- sheet includes about health is decided there, through case_grants.include_veterinary).
--
-- Weights are stored in grams. A weight above the species' adult maximum (kept by the admin, with
-- its source, never filled from memory) needs an explicit confirmation; one above the hard
-- ceiling of the class is refused outright, since it can only be a typo (4,000 kg for a turtle).
--
-- Rule refusals use SQLSTATEs of their own (class RL) and name the form field in HINT, so the
-- app can put the message next to the right input without parsing text:
--   RL006 weight above the species maximum, needs weight_confirmed  (hint weightConfirmed)
--   RL007 weight above the class ceiling, refused                   (hint weight)
--   RL008 weight zero or negative                                   (hint weight)
--   RL010 a time in the future                                      (hint examinedAt / givenAt)
--   RL014 more animals examined than the lot received               (hint countExamined)
-- 20261123210100_create_prescriptions.sql lists the others.

alter table public.species
  add column max_adult_weight_g numeric(12, 3),
  add column max_adult_weight_source text check (max_adult_weight_source is null or length(trim(max_adult_weight_source)) between 2 and 2000);
comment on column public.species.max_adult_weight_g is
  'Largest plausible adult weight in grams; exams above it need a confirmation. Blank until the admin enters it with a source.';

-- A little above the largest living member of each class, so only typos are refused. Fish: 2,000 kg
-- covers every freshwater giant (the giant freshwater stingray, ~600 kg) and anything traded; a
-- whale shark never reaches a rescue centre.
create function public.class_weight_ceiling_g(taxon public.taxon_class)
returns numeric
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case taxon
    when 'mammal' then 8000000       -- African elephant bull, ~6,000-7,000 kg
    when 'reptile' then 2000000      -- saltwater crocodile / leatherback, ~1,000 kg
    when 'bird' then 200000          -- ostrich, ~150 kg
    when 'amphibian' then 100000     -- Chinese giant salamander, ~60 kg
    when 'fish' then 2000000
    when 'invertebrate' then 50000   -- nothing living on land comes close
  end::numeric
$$;
comment on function public.class_weight_ceiling_g(public.taxon_class) is
  'Hard ceiling in grams for any weight of an animal of the class: above it the weight is refused, whatever is confirmed.';

alter table public.species add constraint species_max_adult_weight_plausible check (
  max_adult_weight_g is null
  or (max_adult_weight_g > 0 and max_adult_weight_g <= public.class_weight_ceiling_g(taxon_class)
      and max_adult_weight_source is not null)
);

create type public.body_system as enum (
  'general', 'integument', 'shell', 'eyes', 'ears_nose_throat', 'oral_cavity', 'respiratory',
  'cardiovascular', 'digestive', 'urogenital', 'musculoskeletal', 'nervous', 'lymphatic'
);
comment on type public.body_system is 'Body systems a finding is recorded under (shell: chelonians).';

-- Findings are one jsonb object keyed by body system, not a child table: an exam with its findings
-- is then one row, written by one INSERT through PostgREST, so a form can never half-write it; the
-- keys are still checked against the enum, and `findings ? 'respiratory'` stays queryable.
create function public.exam_findings_valid(findings jsonb)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select jsonb_typeof(findings) = 'object'
    and not exists (
      select 1 from jsonb_each(findings) f
      where f.key <> all (enum_range(null::public.body_system)::text[])
         or jsonb_typeof(f.value) <> 'string'
         or length(trim(f.value #>> '{}')) not between 1 and 2000
    )
$$;
comment on function public.exam_findings_valid(jsonb) is
  'True when every key of the object is a body_system and every value a non-blank text of at most 2,000 characters.';

create table public.exams (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid not null,
  examined_at timestamptz not null check (examined_at <= now() + interval '5 minutes' and examined_at >= '1970-01-01'),
  examined_by uuid not null references public.staff (user_id),
  weight_g numeric(12, 3) check (weight_g > 0),
  weight_confirmed boolean not null default false,
  -- 1 emaciated, 2 thin, 3 ideal, 4 overweight, 5 obese (the usual 5-point scale).
  body_condition_score smallint check (body_condition_score between 1 and 5),
  -- Wide enough for a reptile in a cold room and a febrile bird, narrow enough to catch typos.
  temperature_c numeric(4, 1) check (temperature_c between 2 and 46),
  findings jsonb not null default '{}' check (public.exam_findings_valid(findings)),
  assessment text check (assessment is null or length(assessment) <= 4000),
  plan text check (plan is null or length(plan) <= 4000),
  recorded_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id)
);
create index exams_animal_id_idx on public.exams (animal_id, examined_at desc);
create index exams_latest_weight_idx on public.exams (animal_id, examined_at desc) where weight_g is not null;
create index exams_case_id_idx on public.exams (case_id);
comment on table public.exams is
  'A clinical exam of one animal. Weight in grams; body condition on the 1-5 scale. Never changed or deleted: a correction is a new exam.';

create view public.animal_latest_weights with (security_invoker = true) as
  select distinct on (e.animal_id) e.animal_id, e.id as exam_id, e.weight_g, e.examined_at
  from public.exams e
  where e.weight_g is not null
  order by e.animal_id, e.examined_at desc, e.recorded_at desc;
comment on view public.animal_latest_weights is
  'Each animal''s latest weighed exam: what doses are calculated from. The exams'' RLS applies (security_invoker).';

create function public.prepare_exam()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  taxon public.taxon_class;
  species_max numeric;
begin
  new.examined_by := auth.uid();
  if new.examined_by is null then
    raise exception 'Exams must be recorded by a signed-in vet.' using errcode = '42501';
  end if;
  -- Read with the caller's rights: an animal they cannot see is simply not found.
  select a.case_id, s.taxon_class, s.max_adult_weight_g into new.case_id, taxon, species_max
  from public.animals a join public.species s on s.id = a.species_id
  where a.id = new.animal_id;
  if not found then
    raise exception 'This animal was not found.' using errcode = '23503', hint = 'animal';
  end if;
  if new.examined_at > now() + interval '5 minutes' then
    raise exception 'The exam time is in the future.' using errcode = 'RL010', hint = 'examinedAt';
  end if;
  if new.weight_g is not null then
    if new.weight_g <= 0 then
      raise exception 'A weight must be greater than zero.' using errcode = 'RL008', hint = 'weight';
    end if;
    if new.weight_g > public.class_weight_ceiling_g(taxon) then
      raise exception 'A weight of % kg is impossible for a %.', round(new.weight_g / 1000, 1), taxon
        using errcode = 'RL007', hint = 'weight';
    end if;
    if species_max is not null and new.weight_g > species_max and not new.weight_confirmed then
      raise exception 'A weight of % kg is above the species'' adult maximum of % kg: check it and confirm.',
        round(new.weight_g / 1000, 3), round(species_max / 1000, 3)
        using errcode = 'RL006', hint = 'weightConfirmed', detail = species_max::text;
    end if;
  end if;
  return new;
end
$$;
comment on function public.prepare_exam() is
  'Sets the examiner and case, and judges the weight: refused when zero or above the class ceiling, confirmed when above the species maximum.';

create trigger exams_prepare before insert on public.exams
  for each row execute function public.prepare_exam();

create table public.lot_exams (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  lot_id uuid not null,
  examined_at timestamptz not null check (examined_at <= now() + interval '5 minutes' and examined_at >= '1970-01-01'),
  examined_by uuid not null references public.staff (user_id),
  count_examined integer not null check (count_examined between 1 and 100000),
  count_with_findings integer not null check (count_with_findings >= 0),
  notes text check (notes is null or length(notes) <= 4000),
  recorded_at timestamptz not null default now(),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  constraint lot_exams_findings_within_examined check (count_with_findings <= count_examined)
);
create index lot_exams_lot_id_idx on public.lot_exams (lot_id, examined_at desc);
comment on table public.lot_exams is
  'An intake exam of a whole lot at once (a hundred turtles in an afternoon): how many were examined, how many had findings.';

create function public.prepare_lot_exam()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  received integer;
begin
  new.examined_by := auth.uid();
  if new.examined_by is null then
    raise exception 'Exams must be recorded by a signed-in vet.' using errcode = '42501';
  end if;
  select l.case_id, l.count_received into new.case_id, received from public.lots l where l.id = new.lot_id;
  if not found then
    raise exception 'This lot was not found.' using errcode = '23503', hint = 'lot';
  end if;
  if new.examined_at > now() + interval '5 minutes' then
    raise exception 'The exam time is in the future.' using errcode = 'RL010', hint = 'examinedAt';
  end if;
  if new.count_examined > received then
    raise exception 'The lot received % animals; % cannot have been examined.', received, new.count_examined
      using errcode = 'RL014', hint = 'countExamined';
  end if;
  return new;
end
$$;
comment on function public.prepare_lot_exam() is 'Sets the examiner and case; refuses examining more animals than the lot received.';

create trigger lot_exams_prepare before insert on public.lot_exams
  for each row execute function public.prepare_lot_exam();

create table public.problems (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid not null,
  title text not null check (length(trim(title)) between 2 and 200),
  started_on date not null check (started_on >= '1970-01-01'),
  resolved_on date,
  notes text check (notes is null or length(notes) <= 4000),
  recorded_by uuid not null references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  constraint problems_resolved_after_start check (resolved_on is null or resolved_on >= started_on)
);
create index problems_animal_id_idx on public.problems (animal_id, started_on desc);
comment on table public.problems is 'A problem or diagnosis of one animal, open until resolved_on is set.';

create function public.prepare_problem()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.recorded_by := auth.uid();
  if new.recorded_by is null then
    raise exception 'Problems must be recorded by a signed-in vet.' using errcode = '42501';
  end if;
  select a.case_id into new.case_id from public.animals a where a.id = new.animal_id;
  if not found then
    raise exception 'This animal was not found.' using errcode = '23503', hint = 'animal';
  end if;
  return new;
end
$$;
comment on function public.prepare_problem() is 'Sets the recorder and the case of a new problem from the signed-in vet and the animal.';

create trigger problems_prepare before insert on public.problems
  for each row execute function public.prepare_problem();
create trigger problems_touch_updated_at before update on public.problems
  for each row execute function public.touch_updated_at();

alter table public.exams enable row level security;
alter table public.lot_exams enable row level security;
alter table public.problems enable row level security;

create policy "Care staff can read exams of the cases open to them" on public.exams
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can record exams" on public.exams
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

create policy "Care staff can read lot exams of the cases open to them" on public.lot_exams
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can record lot exams" on public.lot_exams
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

create policy "Care staff can read problems of the cases open to them" on public.problems
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can record problems" on public.problems
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));
create policy "Vets can resolve and annotate problems" on public.problems
  for update to authenticated
  using ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

revoke all on public.exams, public.lot_exams, public.problems, public.animal_latest_weights from anon;
revoke update, delete, truncate on public.exams, public.lot_exams from authenticated;
revoke insert, update, delete, truncate on public.animal_latest_weights from authenticated;
revoke update, delete, truncate on public.problems from authenticated;
grant update (title, resolved_on, notes) on public.problems to authenticated;
