-- The release rules: what blocks an assessment (answers not yes, and what the records say),
-- the recommendation computed from that, and the only ways to answer, approve, schedule or choose
-- the alternative to release. Refusals: SQLSTATE RL3xx with the form field in the hint.

create function public.release_record_blockers(p_case_id uuid, p_animal_id uuid, p_lot_id uuid, p_head_count integer, p_max_exam_age_days integer)
returns text[]
language sql
stable
as $$
  -- What the records say, whatever the answers: a hold in force, fewer animals in care than
  -- assessed, quarantine open or never done, open problems, no exam recent enough. An animal
  -- split out of a lot shares the lot's quarantines begun before it was split out.
  with subject as (
    select p_animal_id as animal_id, coalesce(p_lot_id, a.lot_id) as lot_id, a.created_at as split_at
    from (select 1) as always left join public.animals a on a.id = p_animal_id
  ), quarantine as (
    select q.cleared_at from public.quarantines q, subject s
    where q.animal_id = s.animal_id or (q.lot_id = s.lot_id and (s.split_at is null or q.started_at <= s.split_at))
  )
  select array_remove(array[
    case when public.case_on_hold(p_case_id) then 'evidence_hold' end,
    case when p_animal_id is not null and not exists (select 1 from public.animals a where a.id = p_animal_id and a.status = 'in_care') then 'not_in_care'
         when p_lot_id is not null and coalesce((select l.in_care from public.lots l where l.id = p_lot_id), 0) < p_head_count then 'not_in_care' end,
    case when exists (select 1 from quarantine where cleared_at is null) then 'quarantine_open'
         when not exists (select 1 from quarantine) then 'never_quarantined' end,
    case when exists (select 1 from public.problems p where p.animal_id = p_animal_id and p.resolved_on is null) then 'open_problems' end,
    case when coalesce(
        (select max(e.examined_at) from public.exams e where e.animal_id = p_animal_id),
        (select max(e.examined_at) from public.lot_exams e where e.lot_id = p_lot_id and p_animal_id is null),
        '-infinity') < now() - make_interval(days => p_max_exam_age_days) then 'exam_too_old' end
  ], null)
$$;
comment on function public.release_record_blockers(uuid, uuid, uuid, integer, integer) is
  'Keys of what the records say against releasing these animals now: evidence_hold, not_in_care, quarantine_open, never_quarantined, open_problems, exam_too_old.';

create function public.release_blockers(a public.release_assessments)
returns table (key text, source text, outcome public.release_recommendation)
language sql
stable
as $$
  select q.key, 'answer', (case when ans.answer = 'never' then 'not_releasable' else 'not_yet' end)::public.release_recommendation
  from public.release_checklist_questions q
  left join lateral (
    select x.answer from public.release_assessment_answers x
    where x.assessment_id = a.id and x.question_key = q.key order by x.revision desc limit 1
  ) ans on true
  where q.checklist_id = a.checklist_id and ans.answer is distinct from 'yes'
  union all
  select b, 'record', 'not_yet'::public.release_recommendation
  from unnest(public.release_record_blockers(a.case_id, a.animal_id, a.lot_id, a.head_count,
    (select c.max_exam_age_days from public.release_checklists c where c.id = a.checklist_id))) b
$$;
comment on function public.release_blockers(public.release_assessments) is
  'Everything that blocks this assessment: each question not answered yes (never: not releasable) and each record blocker (not yet).';

create function public.release_recommendation_for(a public.release_assessments)
returns public.release_recommendation
language sql
stable
as $$
  select (case when bool_or(b.outcome = 'not_releasable') then 'not_releasable'
               when count(*) > 0 then 'not_yet' else 'release' end)::public.release_recommendation
  from public.release_blockers(a) b
$$;
comment on function public.release_recommendation_for(public.release_assessments) is 'release only when nothing blocks; not_releasable when an answer says never; else not_yet.';

create function public.release_approved_steps(a public.release_assessments)
returns public.release_step[]
language sql
stable
as $$
  select coalesce(array_agg(p.step order by p.step), '{}') from public.release_approvals p
  where p.assessment_id = a.id and p.revision = a.revision
$$;
comment on function public.release_approved_steps(public.release_assessments) is 'The approvals that count: those given on the assessment''s current revision.';

create function public.locked_release_assessment(p_assessment_id uuid, p_revision integer)
returns public.release_assessments
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.release_assessments;
begin
  select * into a from public.release_assessments
  where id = p_assessment_id and case_id in (select public.readable_case_ids()) for update;
  if a.id is null then
    raise exception 'No such release assessment in the cases open to you.' using errcode = 'PT404';
  end if;
  if a.release_event_id is not null then
    raise exception 'These animals were already released.' using errcode = 'RL320', hint = 'form';
  end if;
  if p_revision is not null and p_revision <> a.revision then
    raise exception 'Someone changed this assessment since you opened it: read it again before you go on.'
      using errcode = 'RL311', hint = 'form';
  end if;
  return a;
end
$$;
comment on function public.locked_release_assessment(uuid, integer) is
  'Internal: the open assessment, locked, refused when released or when its revision is not the one the caller saw.';
revoke execute on function public.locked_release_assessment(uuid, integer) from public, anon, authenticated;

create function public.answer_release_questions(p_assessment_id uuid, p_revision integer, p_answers jsonb)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.release_assessments;
  changed integer;
begin
  if not (select public.has_role('admin', 'vet', 'release_team')) then
    raise exception 'Only the release team, vets and admins answer release assessments.' using errcode = '42501';
  end if;
  a := public.locked_release_assessment(p_assessment_id, p_revision);
  if jsonb_typeof(p_answers) is distinct from 'array' or jsonb_array_length(p_answers) > 100 then
    raise exception 'Answers are a list of {key, answer, note}.' using errcode = '22023';
  end if;
  if exists (
    select 1 from jsonb_to_recordset(p_answers) as x (key text, answer text, note text)
    where x.answer is null or x.answer not in ('yes', 'not_yet', 'never', 'unknown') or length(x.note) > 2000
      or x.key is null or x.key not in (select q.key from public.release_checklist_questions q where q.checklist_id = a.checklist_id)
  ) or (select count(*) <> count(distinct x.key) from jsonb_to_recordset(p_answers) as x (key text)) then
    raise exception 'Each answer names one question of this checklist once, with yes, not_yet, never or unknown.'
      using errcode = 'RL324', hint = 'form';
  end if;

  insert into public.release_assessment_answers (assessment_id, question_key, answer, note, revision)
  select a.id, x.key, x.answer::public.release_answer, nullif(trim(x.note), ''), a.revision + 1
  from jsonb_to_recordset(p_answers) as x (key text, answer text, note text)
  left join lateral (
    select c.answer, c.note from public.release_assessment_answers c
    where c.assessment_id = a.id and c.question_key = x.key order by c.revision desc limit 1
  ) cur on true
  where (cur.answer, cur.note) is distinct from (x.answer::public.release_answer, nullif(trim(x.note), ''));
  get diagnostics changed = row_count;
  if changed = 0 then
    return a.revision;
  end if;
  update public.release_assessments set revision = a.revision + 1, scheduled_for = null where id = a.id;
  return a.revision + 1;
end
$$;
comment on function public.answer_release_questions(uuid, integer, jsonb) is
  'Records the answers that changed, as one new revision (earlier approvals stop counting, the schedule is dropped). p_revision is the revision the form showed: a stale one is refused (RL311).';

create function public.approve_release(p_assessment_id uuid, p_step public.release_step, p_revision integer,
  p_authority_name text default null, p_authority_agency text default null, p_document_number text default null, p_notes text default null)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.release_assessments;
  approved public.release_step[];
  new_id uuid;
begin
  if not (select public.has_role(variadic case p_step when 'vet' then array['vet'] when 'release_lead' then array['release_team']
      else array['release_team', 'admin'] end::public.staff_role[])) then
    raise exception '%', case p_step when 'vet' then 'Only a vet gives the vet''s approval.'
      when 'release_lead' then 'Only the release team lead gives the release team''s approval.'
      else 'Only the release team or an admin records the authority''s approval.' end using errcode = '42501';
  end if;
  a := public.locked_release_assessment(p_assessment_id, p_revision);
  if public.release_recommendation_for(a) <> 'release' then
    raise exception 'Something still blocks this release: it cannot be approved.' using errcode = 'RL313', hint = 'form';
  end if;
  approved := public.release_approved_steps(a);
  if p_step = any (approved) then
    raise exception 'This approval was already given.' using errcode = 'RL315', hint = 'form';
  end if;
  if (p_step = 'release_lead' and not 'vet' = any (approved))
     or (p_step = 'authority' and not 'release_lead' = any (approved)) then
    raise exception 'Approvals come in order: the vet, then the release team lead, then the authority.' using errcode = 'RL314', hint = 'form';
  end if;
  if p_step = 'authority' and (coalesce(trim(p_authority_name), '') = '' or coalesce(trim(p_authority_agency), '') = '' or coalesce(trim(p_document_number), '') = '') then
    raise exception 'Give the official''s name, the agency and the number of the authorising document.' using errcode = 'RL316',
      hint = case when coalesce(trim(p_authority_name), '') = '' then 'authorityName' when coalesce(trim(p_authority_agency), '') = '' then 'authorityAgency' else 'documentNumber' end;
  end if;
  insert into public.release_approvals (assessment_id, step, revision, authority_name, authority_agency, document_number, notes)
  values (a.id, p_step, a.revision,
    case when p_step = 'authority' then p_authority_name end, case when p_step = 'authority' then p_authority_agency end,
    case when p_step = 'authority' then p_document_number end, nullif(trim(p_notes), ''))
  returning id into new_id;
  return new_id;
end
$$;
comment on function public.approve_release(uuid, public.release_step, integer, text, text, text, text) is
  'Gives one approval on the current revision, in order (vet, release team lead, authority), only while nothing blocks the release.';

create function public.schedule_release(p_assessment_id uuid, p_revision integer, p_scheduled_for date)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.release_assessments;
begin
  if not (select public.has_role('admin', 'release_team')) then
    raise exception 'Only the release team and admins schedule releases.' using errcode = '42501';
  end if;
  a := public.locked_release_assessment(p_assessment_id, p_revision);
  if p_scheduled_for is not null then
    if public.release_recommendation_for(a) <> 'release' then
      raise exception 'Something still blocks this release: it cannot be scheduled.' using errcode = 'RL313', hint = 'form';
    end if;
    if cardinality(public.release_approved_steps(a)) < 3 then
      raise exception 'A release is scheduled once the vet, the release team lead and the authority have approved it.'
        using errcode = 'RL317', hint = 'form';
    end if;
    if p_scheduled_for < public.centre_today() then
      raise exception 'The date is in the past.' using errcode = 'RL318', hint = 'scheduledFor';
    end if;
  end if;
  update public.release_assessments set scheduled_for = p_scheduled_for where id = a.id;
end
$$;
comment on function public.schedule_release(uuid, integer, date) is
  'Sets (or with null clears) the planned date; only for an approved assessment that nothing blocks.';

create function public.choose_release_alternative(p_assessment_id uuid, p_alternative public.release_alternative, p_reason text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.release_assessments;
begin
  if not (select public.has_role(variadic case when p_alternative = 'euthanasia' then array['vet']
      else array['admin', 'vet', 'release_team'] end::public.staff_role[])) then
    raise exception 'Only a vet proposes euthanasia; the release team, vets and admins the other alternatives.' using errcode = '42501';
  end if;
  a := public.locked_release_assessment(p_assessment_id, null);
  if public.release_recommendation_for(a) <> 'not_releasable' then
    raise exception 'An alternative to release is chosen only when an answer says the animals can never be released.'
      using errcode = 'RL319', hint = 'form';
  end if;
  if length(trim(coalesce(p_reason, ''))) < (case when p_alternative = 'euthanasia' then 40 else 10 end) then
    raise exception 'Say why%', case when p_alternative = 'euthanasia' then ', including why permanent care and transfer are not possible.' else '.' end
      using errcode = 'RL325', hint = 'alternativeReason';
  end if;
  update public.release_assessments set alternative = p_alternative, alternative_reason = trim(p_reason) where id = a.id;
end
$$;
comment on function public.choose_release_alternative(uuid, public.release_alternative, text) is
  'Records the welfare alternative (permanent care, transfer, euthanasia as the last option) of an assessment that says not releasable.';

revoke execute on function public.answer_release_questions(uuid, integer, jsonb), public.approve_release(uuid, public.release_step, integer, text, text, text, text),
  public.schedule_release(uuid, integer, date), public.choose_release_alternative(uuid, public.release_alternative, text) from public, anon;
grant execute on function public.answer_release_questions(uuid, integer, jsonb), public.approve_release(uuid, public.release_step, integer, text, text, text, text),
  public.schedule_release(uuid, integer, date), public.choose_release_alternative(uuid, public.release_alternative, text) to authenticated;
revoke execute on function public.release_record_blockers(uuid, uuid, uuid, integer, integer), public.release_blockers(public.release_assessments),
  public.release_recommendation_for(public.release_assessments), public.release_approved_steps(public.release_assessments) from public, anon;
grant execute on function public.release_record_blockers(uuid, uuid, uuid, integer, integer), public.release_blockers(public.release_assessments),
  public.release_recommendation_for(public.release_assessments), public.release_approved_steps(public.release_assessments) to authenticated, service_role;
