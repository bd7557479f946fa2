-- Necropsy reports: the post-mortem of an individual animal that died or was euthanized, or of
-- one of the deaths counted in a lot's group (lot_id set, animal_id null). Vets write them; the
-- care roles of the centre read them; prosecutors and anon read nothing here, as with the other
-- vet records. Lab results of samples taken at a necropsy point to it (lab_results.necropsy_id).
--
-- Nothing in the app sets an animal's status to died yet: dispositions come with issue 5. Until
-- then only the database owner can record a death, and the tests do so as the superuser.
--
-- Rule refusals (SQLSTATE, HINT = the form field the message belongs to):
--   RL010 performed in the future                                     (hint performedAt)
--   RL022 the animal did not die: it is in care, released, ...        (hint animal)
--   RL023 every death of the lot's group already has a necropsy       (hint lot)
--   RL024 the animal already has a necropsy report                    (hint animal)
--   RL025 a lab result linked to a necropsy of another animal or lot  (hint necropsyId)
--   RL026 the person named as performing it is not an active vet here (hint performedBy)

create type public.death_manner as enum ('disease', 'trauma', 'euthanasia', 'husbandry', 'unknown', 'other');
comment on type public.death_manner is
  'How the animal came to die, as the necropsy concludes: husbandry covers deaths caused by its keeping (diet, temperature, enclosure).';

create function public.necropsy_samples_valid(samples text[])
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select cardinality(samples) <= 30
    and not exists (select 1 from unnest(samples) s where s is null or length(trim(s)) not between 1 and 200)
$$;
comment on function public.necropsy_samples_valid(text[]) is
  'True for at most 30 samples, each a non-blank text of at most 200 characters (e.g. "liver in formalin").';

create table public.necropsies (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  -- One subject: an individual animal (one report each), or a lot whose group counts deaths.
  animal_id uuid unique,
  lot_id uuid,
  performed_at timestamptz not null check (performed_at >= '1970-01-01'),
  performed_by uuid not null default auth.uid() references public.staff (user_id),
  -- The exams' 5-point scale: 1 emaciated, 3 ideal, 5 obese.
  body_condition_score smallint check (body_condition_score between 1 and 5),
  external_findings text check (external_findings is null or length(external_findings) <= 4000),
  -- Keyed by body system, checked like an exam's findings (see exam_findings_valid).
  internal_findings jsonb not null default '{}' check (public.exam_findings_valid(internal_findings)),
  cause_of_death text check (cause_of_death is null or length(trim(cause_of_death)) between 2 and 1000),
  manner public.death_manner not null,
  samples_taken text[] not null default '{}' check (public.necropsy_samples_valid(samples_taken)),
  conclusions text check (conclusions is null or length(conclusions) <= 4000),
  notes text check (notes is null or length(notes) <= 4000),
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  unique (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  constraint necropsies_one_subject check ((animal_id is null) <> (lot_id is null))
);
create index necropsies_lot_id_idx on public.necropsies (lot_id) where lot_id is not null;
create index necropsies_case_id_idx on public.necropsies (case_id);
comment on table public.necropsies is
  'The post-mortem report of one dead animal, or of one death in a lot''s group. One per animal; never changed or deleted.';

create function public.prepare_necropsy()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  animal_status public.animal_status;
  deaths integer;
  reported integer;
begin
  new.recorded_by := auth.uid();
  new.recorded_at := now();
  if new.recorded_by is null then
    raise exception 'Necropsies must be recorded by a signed-in vet.' using errcode = '42501';
  end if;
  -- Another vet may have performed it, nobody else. Who may record at all is the policies' to say.
  new.performed_by := coalesce(new.performed_by, new.recorded_by);
  if new.performed_by <> new.recorded_by and not exists (
    select 1 from public.staff s
    where s.user_id = new.performed_by and s.role = 'vet' and s.active and s.centre_id = public.current_centre_id()
  ) then
    raise exception 'A necropsy is performed by an active vet of the centre.' using errcode = 'RL026', hint = 'performedBy';
  end if;
  if new.performed_at > now() + interval '5 minutes' then
    raise exception 'The necropsy time is in the future.' using errcode = 'RL010', hint = 'performedAt';
  end if;

  -- Read with the caller's rights: an animal or lot they cannot see is simply not found.
  new.case_id := null;
  if new.animal_id is not null then
    select a.case_id, a.status into new.case_id, animal_status from public.animals a where a.id = new.animal_id;
    if not found then
      raise exception 'This animal was not found.' using errcode = '23503', hint = 'animal';
    end if;
    if animal_status not in ('died', 'euthanized') then
      raise exception '%', case animal_status
          when 'in_care' then 'This animal is in care: a necropsy is only for an animal that died or was euthanized.'
          else format('This animal was %s, not dead: a necropsy is only for an animal that died or was euthanized.', animal_status)
        end
        using errcode = 'RL022', hint = 'animal', detail = animal_status::text;
    end if;
    if exists (select 1 from public.necropsies n where n.animal_id = new.animal_id) then
      raise exception 'This animal already has a necropsy report.' using errcode = 'RL024', hint = 'animal';
    end if;
  elsif new.lot_id is not null then
    -- Two vets saving the last report of a lot at once must not both pass the count below.
    perform pg_advisory_xact_lock(hashtextextended('necropsies:' || new.lot_id::text, 0));
    select l.case_id, l.died + l.euthanized into new.case_id, deaths from public.lots l where l.id = new.lot_id;
    if not found then
      raise exception 'This lot was not found.' using errcode = '23503', hint = 'lot';
    end if;
    select count(*) into reported from public.necropsies n where n.lot_id = new.lot_id;
    if deaths <= reported then
      raise exception 'The lot''s group counts % deaths and % necropsies are already recorded: record the death first.', deaths, reported
        using errcode = 'RL023', hint = 'lot';
    end if;
  end if;
  return new;
end
$$;
comment on function public.prepare_necropsy() is
  'Sets the recorder, performer and case of a new necropsy, and refuses one for an animal that did not die, a second one for an animal, and more for a lot than its group counts deaths.';

create trigger necropsies_prepare before insert on public.necropsies
  for each row execute function public.prepare_necropsy();

alter table public.lab_results
  add column necropsy_id uuid,
  add constraint lab_results_necropsy_id_case_id_fkey foreign key (necropsy_id, case_id) references public.necropsies (id, case_id);
create index lab_results_necropsy_id_idx on public.lab_results (necropsy_id) where necropsy_id is not null;
comment on column public.lab_results.necropsy_id is 'The necropsy at which the sample was taken, when it was; of the same animal or lot.';

create function public.check_lab_result_necropsy()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  linked record;
begin
  if new.necropsy_id is null then
    return new;
  end if;
  select n.animal_id, n.lot_id into linked from public.necropsies n where n.id = new.necropsy_id;
  if not found or linked.animal_id is distinct from new.animal_id or linked.lot_id is distinct from new.lot_id then
    raise exception 'This necropsy is not of this animal or lot.' using errcode = 'RL025', hint = 'necropsyId';
  end if;
  return new;
end
$$;
comment on function public.check_lab_result_necropsy() is
  'A lab result linked to a necropsy must be of the necropsy''s animal or lot.';

-- Named to sort after lab_results_prepare (triggers fire in name order), which sets the case.
create trigger lab_results_prepare_necropsy_link before insert on public.lab_results
  for each row execute function public.check_lab_result_necropsy();

alter table public.necropsies enable row level security;

create policy "Care staff can read necropsies of the cases open to them" on public.necropsies
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can record necropsies" on public.necropsies
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

revoke all on public.necropsies from anon;
revoke update, delete, truncate on public.necropsies from authenticated, service_role;
revoke execute on function public.necropsy_samples_valid(text[]) from public, anon;
grant execute on function public.necropsy_samples_valid(text[]) to authenticated, service_role;
