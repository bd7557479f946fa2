-- Release assessments: the checklist answered for one animal or a number of animals from a lot,
-- with who answered what and when; the recommendation the database computes from the answers and
-- from the records (hold, quarantine, problems, last exam); approvals in order (vet, release team
-- lead, authority). Every change to the assessment raises its revision, and an approval counts
-- only for the revision it was given on: a change after an approval sends it back for approval.
-- Answers are never rewritten: a new answer is a new row, the latest per question counts.

create type public.release_answer as enum ('yes', 'not_yet', 'never', 'unknown');
comment on type public.release_answer is 'yes lets the release through; never: cannot be put right (not releasable); not_yet and unknown block for now.';
create type public.release_recommendation as enum ('release', 'not_yet', 'not_releasable');
create type public.release_step as enum ('vet', 'release_lead', 'authority');
comment on type public.release_step is 'The approvals, in the order they must be given.';
create type public.release_type as enum ('conservation', 'welfare');
create type public.release_alternative as enum ('permanent_care', 'transfer', 'euthanasia');
comment on type public.release_alternative is 'CITES Res. Conf. 17.8 options when release is not possible, in order; euthanasia is the last.';

create table public.release_assessments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid,
  lot_id uuid,
  head_count integer not null check (head_count between 1 and 100000),
  checklist_id uuid not null references public.release_checklists (id),
  proposed_site text check (proposed_site is null or length(trim(proposed_site)) between 2 and 300),
  release_type public.release_type,
  revision integer not null default 1 check (revision >= 1),
  scheduled_for date,
  alternative public.release_alternative,
  alternative_reason text check (alternative_reason is null or length(trim(alternative_reason)) between 10 and 2000),
  release_event_id uuid,
  created_by uuid not null default auth.uid() references public.staff (user_id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  constraint release_assessments_one_subject check (num_nonnulls(animal_id, lot_id) = 1 and (animal_id is null or head_count = 1)),
  constraint release_assessments_alternative_reasoned check ((alternative is null) = (alternative_reason is null))
);
-- One open assessment per animal: two would let a release pass on the easier one.
create unique index release_assessments_open_animal on public.release_assessments (animal_id)
  where animal_id is not null and release_event_id is null;
create index release_assessments_lot_id_idx on public.release_assessments (lot_id) where lot_id is not null;
create index release_assessments_open_idx on public.release_assessments (created_at desc) where release_event_id is null;
comment on table public.release_assessments is
  'A release assessment of one animal or a number of animals of a lot, against one checklist version. Closed by the release that carries it out (release_event_id).';

create table public.release_assessment_answers (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references public.release_assessments (id),
  question_key text not null,
  answer public.release_answer not null,
  note text check (note is null or length(note) <= 2000),
  revision integer not null,
  answered_by uuid not null default auth.uid() references public.staff (user_id),
  answered_at timestamptz not null default now()
);
create index release_assessment_answers_idx on public.release_assessment_answers (assessment_id, question_key, revision desc);
comment on table public.release_assessment_answers is 'Every answer ever given, with who and when; the one of the highest revision per question counts.';

create table public.release_approvals (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references public.release_assessments (id),
  step public.release_step not null,
  revision integer not null,
  approved_by uuid not null default auth.uid() references public.staff (user_id),
  approved_at timestamptz not null default now(),
  authority_name text check (authority_name is null or length(trim(authority_name)) between 2 and 200),
  authority_agency text check (authority_agency is null or length(trim(authority_agency)) between 2 and 200),
  document_number text check (document_number is null or length(trim(document_number)) between 1 and 100),
  notes text check (notes is null or length(notes) <= 2000),
  unique (assessment_id, step, revision),
  constraint release_approvals_authority_documented check (
    step <> 'authority' or num_nulls(authority_name, authority_agency, document_number) = 0)
);
comment on table public.release_approvals is
  'Approvals of an assessment, each for the revision it was given on; one of an older revision no longer counts. The authority''s is recorded by staff with the official''s name, agency and document number.';

create function public.prepare_release_assessment()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.animal_id is not null then
      select a.case_id, 1 into new.case_id, new.head_count
      from public.animals a where a.id = new.animal_id and a.status = 'in_care';
    else
      select l.case_id into new.case_id from public.lots l where l.id = new.lot_id and l.in_care > 0;
      if new.head_count > (select l.in_care from public.lots l where l.id = new.lot_id) then
        raise exception 'The lot has fewer animals in care as a group than that.' using errcode = 'RL302', hint = 'count';
      end if;
    end if;
    if new.case_id is null then
      raise exception 'Only animals in care can be assessed for release.' using errcode = 'RL310', hint = 'form';
    end if;
    new.checklist_id := public.current_release_checklist();
    new.revision := 1;
    new.scheduled_for := null;
    new.alternative := null;
    new.alternative_reason := null;
    new.release_event_id := null;
    new.created_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
    return new;
  end if;
  if (new.case_id, new.animal_id, new.lot_id, new.checklist_id, new.created_by, new.created_at)
     is distinct from (old.case_id, old.animal_id, old.lot_id, old.checklist_id, old.created_by, old.created_at)
     or old.release_event_id is not null then
    raise exception 'This assessment cannot be changed that way.' using errcode = '42501';
  end if;
  if new.head_count > old.head_count and new.head_count > (select l.in_care from public.lots l where l.id = new.lot_id) then
    raise exception 'The lot has fewer animals in care as a group than that.' using errcode = 'RL302', hint = 'count';
  end if;
  -- A change to what was assessed is a new revision: earlier approvals no longer count and the
  -- release is no longer scheduled.
  if (new.head_count, new.proposed_site, new.release_type) is distinct from (old.head_count, old.proposed_site, old.release_type) then
    new.revision := old.revision + 1;
    new.scheduled_for := null;
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function public.prepare_release_assessment() is
  'Fills an assessment''s case, checklist and recorder; raises the revision (dropping the schedule) when what was assessed changes.';

create trigger release_assessments_prepare before insert or update on public.release_assessments
  for each row execute function public.prepare_release_assessment();

create function public.refuse_release_record_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'Answers and approvals are kept as given: give a new answer instead.' using errcode = '42501';
end
$$;
comment on function public.refuse_release_record_change() is 'Guard of answers and approvals; fires for every role, the owner included.';

create trigger release_assessment_answers_append_only before update or delete on public.release_assessment_answers
  for each row execute function public.refuse_release_record_change();
create trigger release_approvals_append_only before update or delete on public.release_approvals
  for each row execute function public.refuse_release_record_change();

alter table public.release_assessments enable row level security;
alter table public.release_assessment_answers enable row level security;
alter table public.release_approvals enable row level security;

create policy "Staff can read assessments of the cases open to them" on public.release_assessments
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Release team, vets and admins can open assessments" on public.release_assessments
  for insert to authenticated
  with check ((select public.has_role('admin', 'vet', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Release team, vets and admins can change what is assessed" on public.release_assessments
  for update to authenticated
  using ((select public.has_role('admin', 'vet', 'release_team')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin', 'vet', 'release_team')) and case_id in (select public.readable_case_ids()));
create policy "Staff can read the answers of assessments open to them" on public.release_assessment_answers
  for select to authenticated using (assessment_id in (select id from public.release_assessments));
create policy "Staff can read the approvals of assessments open to them" on public.release_approvals
  for select to authenticated using (assessment_id in (select id from public.release_assessments));

revoke all on public.release_assessments, public.release_assessment_answers, public.release_approvals from anon;
revoke update, delete, truncate on public.release_assessments from authenticated;
grant update (head_count, proposed_site, release_type) on public.release_assessments to authenticated;
-- Answers and approvals only through answer_release_questions() and approve_release().
revoke insert, update, delete, truncate on public.release_assessment_answers, public.release_approvals from authenticated, service_role;
