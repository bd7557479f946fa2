-- Lab results: what a laboratory (the centre's own or an outside one) reported about a sample of
-- one animal, or of a lot examined as a group (pooled faeces from a hundred turtles). Vets record
-- them; the care roles of the centre read them; prosecutors and anon read nothing here, as with
-- the other vet records (20261123210000_create_vet_records.sql).
--
-- A result is a number with its unit ("12.4 mmol/L") or a text ("negative", "Salmonella spp.
-- isolated"), never both and never neither. When a number comes with a reference range the
-- database sets the flag (low / normal / high) itself, so nobody types a wrong one; a text result,
-- or a number without a range, keeps the flag the vet gives.
--
-- Results are evidence of the animal's condition: never changed or deleted, for every role. An
-- error is fixed by a new row that names the row it supersedes (corrects_id) and says why.
--
-- Rule refusals (SQLSTATE, HINT = the form field the message belongs to):
--   RL010 sample collected, or result given, in the future       (hint collectedAt / resultedAt)
--   RL015 neither a numeric value nor a text result              (hint value)
--   RL016 both a numeric value and a text result                 (hint resultText)
--   RL017 a numeric value without its unit                       (hint unit)
--   RL018 reference range low above high                         (hint rangeHigh)
--   RL019 result given before the sample was collected           (hint resultedAt)
--   RL020 the corrected row is not this subject's, or is already corrected (hint correctsId)
--   RL021 a correction without its reason                        (hint correctionReason)
-- RL010 is the vet records' "time in the future" code, reused so one rule has one code.

create type public.lab_sample_type as enum ('blood', 'faeces', 'urine', 'swab', 'tissue', 'skin_scraping', 'other');
comment on type public.lab_sample_type is 'What was sent to the laboratory.';

create type public.lab_flag as enum ('normal', 'low', 'high', 'abnormal', 'critical');
comment on type public.lab_flag is
  'How a result reads against normal: low/high/normal are derived from a reference range; abnormal and critical are the vet''s, for text results and numbers without a range.';

create function public.lab_flag_for(value numeric, range_low numeric, range_high numeric)
returns public.lab_flag
language sql
immutable
parallel safe
set search_path = ''
as $$
  -- A range may have one bound only (e.g. "< 5"); with neither there is nothing to derive.
  select case
    when value is null or (range_low is null and range_high is null) then null
    when value < range_low then 'low'
    when value > range_high then 'high'
    else 'normal'
  end::public.lab_flag
$$;
comment on function public.lab_flag_for(numeric, numeric, numeric) is
  'The flag of a numeric result against its reference range: low below it, high above it, normal within (bounds included); null without a value or a range.';

create table public.lab_results (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  -- One subject: an individual animal, or a lot recorded as a group (as lot_exams).
  animal_id uuid,
  lot_id uuid,
  test_name text not null check (length(trim(test_name)) between 1 and 200),
  sample_type public.lab_sample_type not null,
  collected_at timestamptz not null check (collected_at >= '1970-01-01'),
  resulted_at timestamptz not null,
  laboratory text check (laboratory is null or length(trim(laboratory)) between 1 and 200),
  -- Nine digits before the point, six after: platelets per microlitre down to hormone levels.
  value_numeric numeric(15, 6),
  unit text check (unit is null or length(trim(unit)) between 1 and 40),
  value_text text check (value_text is null or length(trim(value_text)) between 1 and 2000),
  range_low numeric(15, 6),
  range_high numeric(15, 6),
  flag public.lab_flag,
  notes text check (notes is null or length(notes) <= 4000),
  corrects_id uuid references public.lab_results (id),
  correction_reason text check (correction_reason is null or length(trim(correction_reason)) between 5 and 1000),
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  -- The trigger refuses these with their own SQLSTATEs first; the checks keep them true for any writer.
  constraint lab_results_one_subject check ((animal_id is null) <> (lot_id is null)),
  constraint lab_results_one_value_kind check ((value_numeric is null) <> (value_text is null)),
  constraint lab_results_number_has_unit check ((value_numeric is null) = (unit is null)),
  constraint lab_results_range_of_a_number check (value_numeric is not null or (range_low is null and range_high is null)),
  constraint lab_results_range_ordered check (range_low is null or range_high is null or range_low <= range_high),
  constraint lab_results_resulted_after_collected check (resulted_at >= collected_at),
  constraint lab_results_correction_has_reason check ((corrects_id is null) = (correction_reason is null))
);
create index lab_results_animal_id_idx on public.lab_results (animal_id, collected_at desc) where animal_id is not null;
create index lab_results_lot_id_idx on public.lab_results (lot_id, collected_at desc) where lot_id is not null;
create index lab_results_case_id_idx on public.lab_results (case_id);
-- A row is superseded at most once: a second correction corrects the correction.
create unique index lab_results_corrects_id_key on public.lab_results (corrects_id) where corrects_id is not null;
comment on table public.lab_results is
  'A laboratory result of a sample of one animal or one lot. Append-only: a correction is a new row naming the row it supersedes (corrects_id) and why.';
comment on column public.lab_results.flag is
  'Derived by the database from value_numeric and the range when both are given; otherwise as the vet gave it (null: not flagged).';

create function public.prepare_lab_result()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  corrected record;
begin
  new.recorded_by := auth.uid();
  new.recorded_at := now();
  if new.recorded_by is null then
    raise exception 'Lab results must be recorded by a signed-in vet.' using errcode = '42501';
  end if;
  -- Read with the caller's rights: an animal or lot they cannot see is simply not found.
  new.case_id := null;
  if new.animal_id is not null then
    select a.case_id into new.case_id from public.animals a where a.id = new.animal_id;
  elsif new.lot_id is not null then
    select l.case_id into new.case_id from public.lots l where l.id = new.lot_id;
  end if;
  if new.case_id is null then
    raise exception 'This animal or lot was not found.' using errcode = '23503', hint = 'animal';
  end if;
  new.unit := nullif(trim(new.unit), '');
  new.value_text := nullif(trim(new.value_text), '');
  new.correction_reason := nullif(trim(new.correction_reason), '');

  if new.collected_at > now() + interval '5 minutes' then
    raise exception 'The sample collection time is in the future.' using errcode = 'RL010', hint = 'collectedAt';
  end if;
  if new.resulted_at > now() + interval '5 minutes' then
    raise exception 'The result time is in the future.' using errcode = 'RL010', hint = 'resultedAt';
  end if;
  if new.resulted_at < new.collected_at then
    raise exception 'The result cannot come before the sample was collected.' using errcode = 'RL019', hint = 'resultedAt';
  end if;
  if new.value_numeric is null and new.value_text is null then
    raise exception 'Give the result: a number with its unit, or a text such as "negative".' using errcode = 'RL015', hint = 'value';
  end if;
  if new.value_numeric is not null and new.value_text is not null then
    raise exception 'Give either a number or a text result, not both.' using errcode = 'RL016', hint = 'resultText';
  end if;
  if new.value_numeric is not null and new.unit is null then
    raise exception 'A numeric result needs its unit.' using errcode = 'RL017', hint = 'unit';
  end if;
  if new.range_low > new.range_high then
    raise exception 'The reference range runs from % to %: its low end is above its high end.', new.range_low, new.range_high
      using errcode = 'RL018', hint = 'rangeHigh';
  end if;
  -- The database's flag, so a typed "normal" can never sit next to a value outside its range.
  if new.value_numeric is not null and (new.range_low is not null or new.range_high is not null) then
    new.flag := public.lab_flag_for(new.value_numeric, new.range_low, new.range_high);
  end if;

  if new.corrects_id is not null then
    select r.animal_id, r.lot_id into corrected from public.lab_results r where r.id = new.corrects_id;
    if not found or corrected.animal_id is distinct from new.animal_id or corrected.lot_id is distinct from new.lot_id then
      raise exception 'The result to correct was not found for this animal or lot.' using errcode = 'RL020', hint = 'correctsId';
    end if;
    if exists (select 1 from public.lab_results r where r.corrects_id = new.corrects_id) then
      raise exception 'This result was already corrected: correct the latest entry instead.' using errcode = 'RL020', hint = 'correctsId';
    end if;
    if new.correction_reason is null then
      raise exception 'Say why the result is corrected.' using errcode = 'RL021', hint = 'correctionReason';
    end if;
  elsif new.correction_reason is not null then
    raise exception 'A correction reason needs the result it corrects.' using errcode = 'RL020', hint = 'correctsId';
  end if;
  return new;
end
$$;
comment on function public.prepare_lab_result() is
  'Sets the recorder, time and case of a new lab result, derives its flag from the range, and refuses impossible times, a missing or double value, a reversed range and a correction that does not fit.';

create trigger lab_results_prepare before insert on public.lab_results
  for each row execute function public.prepare_lab_result();

create function public.refuse_lab_result_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'Lab results cannot be changed or deleted: record a correction that names the result and the reason.'
    using errcode = '42501';
end
$$;
comment on function public.refuse_lab_result_change() is 'Lab results are append-only, for every role: corrections are new rows.';

create trigger lab_results_are_append_only before update or delete on public.lab_results
  for each row execute function public.refuse_lab_result_change();
create trigger lab_results_no_truncate before truncate on public.lab_results
  for each statement execute function public.refuse_lab_result_change();

alter table public.lab_results enable row level security;

create policy "Care staff can read lab results of the cases open to them" on public.lab_results
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Vets can record lab results" on public.lab_results
  for insert to authenticated
  with check ((select public.has_role('vet')) and case_id in (select public.readable_case_ids()));

revoke all on public.lab_results from anon;
revoke update, delete, truncate on public.lab_results from authenticated, service_role;
revoke execute on function public.lab_flag_for(numeric, numeric, numeric) from public, anon;
grant execute on function public.lab_flag_for(numeric, numeric, numeric) to authenticated, service_role;
