-- What the release screens read, one call each (every API request costs ~10 ms on the embedded
-- stack): the planning board, an assessment's page and the release sites summary. Security
-- invoker: RLS decides every row they read.

create function public.release_board(p_page integer default 1, p_page_size integer default 50)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with open_assessments as (
    select a.*, public.release_recommendation_for(a) as recommendation,
      (select coalesce(jsonb_agg(b.key), '[]') from public.release_blockers(a) b) as blockers,
      public.release_approved_steps(a) as approved
    from public.release_assessments a
    where a.release_event_id is null
      and (a.animal_id is null or exists (select 1 from public.animals x where x.id = a.animal_id and x.status = 'in_care'))
  ), assessed_lots as (
    select lot_id, sum(head_count)::integer as assessed from open_assessments where lot_id is not null group by lot_id
  ), candidates as (
    -- In care and not (fully) under an open assessment.
    select a.id as animal_id, a.code, null::uuid as lot_id, 1 as head_count, a.case_id, a.species_id, a.created_at,
      a.lot_id as home_lot_id, a.id as key
    from public.animals a
    where a.status = 'in_care' and not exists (select 1 from open_assessments o where o.animal_id = a.id)
    union all
    select null, null, l.id, l.in_care - coalesce(al.assessed, 0), l.case_id, l.species_id, l.created_at, l.id, l.id
    from public.lots l left join assessed_lots al on al.lot_id = l.id
    where l.in_care - coalesce(al.assessed, 0) > 0
  ),
  -- What release_record_blockers() says of each candidate, for all of them at once: called once
  -- per candidate it cost 300 ms for a 1,230-animal centre (bench/release-speed.ts). The same
  -- rules, in the same order; a SQL test compares the two on every candidate of a page.
  quarantined as (
    select x.key, bool_or(x.open) as open from (
      select c.key, q.cleared_at is null as open from candidates c join public.quarantines q on q.animal_id = c.animal_id
      union all
      select c.key, q.cleared_at is null from candidates c
      join public.quarantines q on q.lot_id = c.home_lot_id and (c.animal_id is null or q.started_at <= c.created_at)
    ) x group by x.key
  ), examined as (
    select e.animal_id as key, max(e.examined_at) as at from public.exams e group by e.animal_id
    union all
    select e.lot_id, max(e.examined_at) from public.lot_exams e group by e.lot_id
  ), ranked as (
    select c.*, array_remove(array[
      case when c.case_id in (select h.case_id from public.evidence_holds h where h.lifted_at is null) then 'evidence_hold' end,
      case when qu.open then 'quarantine_open' when qu.key is null then 'never_quarantined' end,
      case when c.animal_id in (select p.animal_id from public.problems p where p.resolved_on is null) then 'open_problems' end,
      case when coalesce(ex.at, '-infinity')
        < now() - make_interval(days => (select ck.max_exam_age_days from public.release_checklists ck where ck.id = public.current_release_checklist()))
        then 'exam_too_old' end
    ], null) as blockers
    from candidates c
    left join quarantined qu on qu.key = c.key
    left join (select ex.key, max(ex.at) as at from examined ex group by ex.key) ex on ex.key = c.key
  ), subject as (
    select r.*, cs.case_number, s.scientific_name, s.english_name, s.khmer_name
    from ranked r join public.seizure_cases cs on cs.id = r.case_id join public.species s on s.id = r.species_id
  )
  select jsonb_build_object(
    'assessments', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', o.id, 'caseId', o.case_id, 'caseNumber', cs.case_number, 'animalId', o.animal_id,
        'code', (select x.code from public.animals x where x.id = o.animal_id), 'lotId', o.lot_id, 'headCount', o.head_count,
        'scientificName', s.scientific_name, 'englishName', s.english_name, 'khmerName', s.khmer_name,
        'recommendation', o.recommendation, 'blockers', o.blockers, 'approvedSteps', to_jsonb(o.approved),
        'scheduledFor', o.scheduled_for, 'proposedSite', o.proposed_site, 'alternative', o.alternative,
        'onHold', public.case_on_hold(o.case_id))
        order by o.scheduled_for nulls last, o.created_at)
      from open_assessments o
      join public.seizure_cases cs on cs.id = o.case_id
      join public.species s on s.id = coalesce(
        (select x.species_id from public.animals x where x.id = o.animal_id), (select l.species_id from public.lots l where l.id = o.lot_id))
    ), '[]'),
    'candidates', jsonb_build_object(
      'total', (select count(*) from subject),
      'rows', coalesce((
        select jsonb_agg(row_to_json(p)::jsonb - 'species_id' - 'created_at' order by p.ready desc, p.blocker_count, p.created_at)
        from (
          select sj.animal_id as "animalId", sj.code, sj.lot_id as "lotId", sj.head_count as "headCount", sj.case_id as "caseId",
            sj.case_number as "caseNumber", sj.scientific_name as "scientificName", sj.english_name as "englishName",
            sj.khmer_name as "khmerName", to_jsonb(sj.blockers) as blockers, cardinality(sj.blockers) = 0 as ready,
            cardinality(sj.blockers) as blocker_count, sj.created_at, sj.species_id
          from subject sj
          order by cardinality(sj.blockers) = 0 desc, cardinality(sj.blockers), sj.created_at
          limit greatest(least(p_page_size, 200), 1) offset (greatest(p_page, 1) - 1) * greatest(least(p_page_size, 200), 1)
        ) p
      ), '[]')
    ),
    'heldCases', coalesce((
      -- The animals a hold keeps from release, per held case, for the release team.
      select jsonb_agg(jsonb_build_object(
        'caseId', h.case_id, 'caseNumber', cs.case_number, 'reason', h.reason, 'courtReference', h.court_reference,
        'placedAt', h.placed_at,
        'animalsInCare', (select coalesce(sum(l.in_care), 0) from public.lots l where l.case_id = h.case_id)
          + (select count(*) from public.animals a where a.case_id = h.case_id and a.status = 'in_care'),
        'openAssessments', (select count(*) from open_assessments o where o.case_id = h.case_id))
        order by h.placed_at)
      from public.evidence_holds h join public.seizure_cases cs on cs.id = h.case_id
      where h.lifted_at is null
    ), '[]')
  )
$$;
comment on function public.release_board(integer, integer) is
  'The release planning board: open assessments with recommendation, blockers, approvals and schedule; candidates in care not yet assessed, readiest first (paged); held cases and how many animals each keeps from release.';

create function public.release_assessment_page(p_assessment_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'assessment', to_jsonb(a) || jsonb_build_object(
      'code', (select x.code from public.animals x where x.id = a.animal_id),
      'caseNumber', cs.case_number, 'onHold', public.case_on_hold(a.case_id),
      'inCare', coalesce((select l.in_care from public.lots l where l.id = a.lot_id), 1),
      'scientificName', s.scientific_name, 'englishName', s.english_name, 'khmerName', s.khmer_name,
      'maxExamAgeDays', ck.max_exam_age_days, 'checklistVersion', ck.version),
    'recommendation', public.release_recommendation_for(a),
    'blockers', (select coalesce(jsonb_agg(jsonb_build_object('key', b.key, 'source', b.source, 'outcome', b.outcome)), '[]')
                 from public.release_blockers(a) b),
    'questions', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'key', q.key, 'section', q.section, 'questionEn', q.question_en, 'questionKm', q.question_km,
        'routeEn', q.route_en, 'routeKm', q.route_km, 'answer', cur.answer, 'note', cur.note,
        'answeredBy', cur.full_name, 'answeredAt', cur.answered_at) order by q.position), '[]')
      from public.release_checklist_questions q
      left join lateral (
        select x.answer, x.note, x.answered_at, st.full_name from public.release_assessment_answers x
        left join public.staff st on st.user_id = x.answered_by
        where x.assessment_id = a.id and x.question_key = q.key order by x.revision desc limit 1
      ) cur on true
      where q.checklist_id = a.checklist_id),
    'approvals', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'step', p.step, 'revision', p.revision, 'valid', p.revision = a.revision, 'approvedBy', st.full_name,
        'approvedAt', p.approved_at, 'authorityName', p.authority_name, 'authorityAgency', p.authority_agency,
        'documentNumber', p.document_number, 'notes', p.notes) order by p.approved_at desc), '[]')
      from public.release_approvals p left join public.staff st on st.user_id = p.approved_by
      where p.assessment_id = a.id),
    'approvedSteps', to_jsonb(public.release_approved_steps(a))
  )
  from public.release_assessments a
  join public.seizure_cases cs on cs.id = a.case_id
  join public.release_checklists ck on ck.id = a.checklist_id
  join public.species s on s.id = coalesce(
    (select x.species_id from public.animals x where x.id = a.animal_id), (select l.species_id from public.lots l where l.id = a.lot_id))
  where a.id = p_assessment_id
$$;
comment on function public.release_assessment_page(uuid) is
  'One assessment with its subject, checklist questions and current answers (who, when), blockers, recommendation and approvals (valid or not); null when not readable.';

create function public.release_sites_summary()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  -- Sites are named on each release; the same name at (about) the same place is one site.
  with released as (
    select e.site_name, e.protected_area, round(e.latitude, 3) as latitude, round(e.longitude, 3) as longitude,
      e.id as event_id, e.occurred_at, d.head_count, s.scientific_name, s.english_name, s.khmer_name
    from public.release_events e
    join public.dispositions d on d.release_event_id = e.id
    join public.species s on s.id = coalesce(
      (select x.species_id from public.animals x where x.id = d.animal_id), (select l.species_id from public.lots l where l.id = d.lot_id))
  ), per_species as (
    select site_name, protected_area, latitude, longitude, scientific_name, english_name, khmer_name, sum(head_count)::integer as animals
    from released group by 1, 2, 3, 4, 5, 6, 7
  )
  select coalesce(jsonb_agg(site order by site->>'lastAt' desc), '[]') from (
    select jsonb_build_object(
      'siteName', r.site_name, 'protectedArea', r.protected_area, 'latitude', r.latitude, 'longitude', r.longitude,
      'releases', count(distinct r.event_id), 'animals', sum(r.head_count), 'firstAt', min(r.occurred_at), 'lastAt', max(r.occurred_at),
      'species', (select jsonb_agg(jsonb_build_object('scientificName', p.scientific_name, 'englishName', p.english_name,
          'khmerName', p.khmer_name, 'animals', p.animals) order by p.animals desc, p.scientific_name)
        from per_species p where (p.site_name, p.protected_area, p.latitude, p.longitude) is not distinct from (r.site_name, r.protected_area, r.latitude, r.longitude))
    ) as site
    from released r
    group by r.site_name, r.protected_area, r.latitude, r.longitude
  ) sites
$$;
comment on function public.release_sites_summary() is 'Release sites with their coordinates, number of releases and animals released per species, latest first.';

revoke execute on function public.release_board(integer, integer), public.release_assessment_page(uuid), public.release_sites_summary() from public, anon;
grant execute on function public.release_board(integer, integer), public.release_assessment_page(uuid), public.release_sites_summary() to authenticated;
