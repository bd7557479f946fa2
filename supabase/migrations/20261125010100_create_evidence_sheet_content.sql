-- The evidence content of a sheet: one jsonb value built from the records, the same records always
-- giving the same value, and so the same SHA-256. The PDF is drawn from this value only; the verify
-- page recomputes it and compares.
--
-- Determinism: jsonb's text form is fixed by Postgres (keys sorted, no insignificant whitespace);
-- every array is ordered explicitly; times are written in UTC by utc_text(), so no TimeZone or
-- DateStyle setting changes the text. The chain head is kept beside the content, not in it: a
-- new event elsewhere in the case must not change the hash of a sheet about one animal.

create function public.utc_text(t timestamptz)
returns text
language sql
stable
as $$
  select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
comment on function public.utc_text(timestamptz) is 'A time as ISO 8601 text in UTC, whatever the session''s time zone.';

create function public.evidence_sheet_content(
  p_subject public.custody_subject, p_subject_id uuid, p_include_veterinary boolean, p_include_offender boolean
)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  -- Security definer because a sheet for a prosecutor may include veterinary detail they cannot
  -- read row by row. Never granted to callers: only issue_evidence_document() and
  -- verify_evidence_document() call it, after their own checks.
  with target as (
    select c.id as case_id,
      case p_subject when 'lot' then p_subject_id end as lot_id,
      case p_subject when 'animal' then p_subject_id end as animal_id,
      case p_subject when 'item' then p_subject_id end as item_id
    from public.seizure_cases c
    where c.id = case p_subject
      when 'case' then p_subject_id
      when 'lot' then (select l.case_id from public.lots l where l.id = p_subject_id)
      when 'animal' then (select a.case_id from public.animals a where a.id = p_subject_id)
      when 'item' then (select i.case_id from public.evidence_items i where i.id = p_subject_id)
    end
  ), scope_animals as (
    select a.* from public.animals a, target t
    where a.case_id = t.case_id
      and (p_subject = 'case' or a.id = t.animal_id or (p_subject = 'lot' and a.lot_id = t.lot_id))
  ), scope_lots as (
    select l.* from public.lots l, target t
    where l.case_id = t.case_id
      and (p_subject = 'case' or l.id = t.lot_id or l.id in (select lot_id from scope_animals where p_subject = 'animal'))
  ), scope_items as (
    select i.* from public.evidence_items i, target t
    where i.case_id = t.case_id and (p_subject = 'case' or i.id = t.item_id)
  ), labels as (
    select l.id, 'lot'::text as kind, 'Lot ' || coalesce(l.intake_position::text, left(l.id::text, 8)) as label from scope_lots l
    union all select a.id, 'animal', a.code from scope_animals a
    union all select i.id, 'item', i.description from scope_items i
  ), scope_events as (
    select e.* from public.custody_events e, target t
    where e.case_id = t.case_id
      and (p_subject = 'case' or e.subject = 'case'
        or e.lot_id in (select id from scope_lots)
        or e.animal_id in (select id from scope_animals)
        or e.item_id in (select id from scope_items))
  ), scope_species as (
    select s.* from public.species s
    where s.id in (select species_id from scope_lots union select species_id from scope_animals
                   union select species_id from scope_items where species_id is not null)
  )
  select jsonb_build_object(
    'layout', 'evidence-sheet-v1',
    'subject', jsonb_build_object('kind', p_subject, 'id', p_subject_id,
      'label', case when p_subject = 'case' then c.case_number else (select label from labels where id = p_subject_id) end),
    'centre', jsonb_build_object('name', ce.name, 'name_km', ce.name_km, 'country', ce.country),
    'case', jsonb_build_object(
      'id', c.id, 'case_number', c.case_number, 'seized_at', public.utc_text(c.seized_at),
      'place', c.location_description, 'latitude', c.latitude, 'longitude', c.longitude, 'agency', c.agency,
      'lead_officer_name', c.lead_officer_name, 'lead_officer_agency', c.lead_officer_agency,
      'lead_officer_id_number', c.lead_officer_id_number, 'legal_basis', c.legal_basis,
      'court_reference', c.court_reference, 'status', c.status),
    'species', coalesce((select jsonb_agg(jsonb_build_object(
        'id', s.id, 'scientific_name', s.scientific_name, 'english_name', s.english_name, 'khmer_name', s.khmer_name,
        'iucn_category', s.iucn_category, 'iucn_year', s.iucn_year, 'iucn_unconfirmed', s.iucn_unconfirmed,
        'cites_appendix', s.cites_appendix, 'cites_unconfirmed', s.cites_unconfirmed, 'national_status', s.national_status
      ) order by s.scientific_name, s.id) from scope_species s), '[]'),
    'lots', coalesce((select jsonb_agg(jsonb_build_object(
        'id', l.id, 'label', 'Lot ' || coalesce(l.intake_position::text, left(l.id::text, 8)), 'species_id', l.species_id,
        'count_received', l.count_received, 'in_care', l.in_care, 'split_out', l.split_out, 'released', l.released,
        'transferred', l.transferred, 'died', l.died, 'euthanized', l.euthanized, 'escaped', l.escaped,
        'condition_on_arrival', l.condition_on_arrival,
        'animals_in_care', (select count(*) from public.animals a where a.lot_id = l.id and a.status = 'in_care'),
        'animals_ended', (select count(*) from public.animals a where a.lot_id = l.id and a.status <> 'in_care')
      ) order by l.intake_position nulls last, l.id) from scope_lots l), '[]'),
    'animals', coalesce((select jsonb_agg(to_jsonb(an) order by an.code) from (
        select a.id, a.code, a.lot_id, a.species_id, a.sex, a.age_class, a.microchip, a.ring, a.tag,
          a.distinctive_marks, a.status
        from scope_animals a
      ) an), '[]'),
    'items', coalesce((select jsonb_agg(jsonb_build_object(
        'id', i.id, 'description', i.description, 'species_id', i.species_id, 'quantity', i.quantity, 'unit', i.unit,
        'seal_numbers', to_jsonb(i.seal_numbers), 'storage_location', i.storage_location, 'status', i.status
      ) order by i.intake_position nulls last, i.id) from scope_items i), '[]'),
    -- A row of named columns to_jsonb() at once: a quarter faster than jsonb_build_object() with
    -- the same keys and values, and the events are most of a large sheet's content.
    'events', coalesce((select jsonb_agg(to_jsonb(ev) order by ev.position) from (
        select e.id, e.position, e.event_type as type, e.subject,
          case when e.subject = 'case' then c.case_number else lb.label end as subject_label,
          e.head_count, public.utc_text(e.occurred_at) as occurred_at, e.place,
          e.from_name, e.from_agency, e.from_id_number, e.to_name, e.to_agency, e.to_id_number, e.purpose,
          e.seals_applied, e.seals_broken, e.photo_sha256, e.notes,
          corrected.position as corrects_position, e.correction_reason,
          r.full_name as recorded_by, public.utc_text(e.recorded_at) as recorded_at, e.row_hash
        -- Joins, not a lookup per event: a boat seizure's sheet has ~800 events and ~800 labels.
        from scope_events e
        join public.staff r on r.user_id = e.recorded_by
        left join labels lb on lb.id = coalesce(e.lot_id, e.animal_id, e.item_id)
        left join public.custody_events corrected on corrected.id = e.corrects_event_id
      ) ev), '[]'),
    'photos', coalesce((select jsonb_agg(jsonb_build_object(
        'id', p.id, 'sha256', p.sha256, 'content_type', p.content_type, 'byte_size', p.byte_size,
        'storage_path', p.storage_path, 'caption', p.caption, 'taken_at', public.utc_text(p.taken_at),
        'uploaded_at', public.utc_text(p.uploaded_at),
        'subject_label', coalesce(lb.label, c.case_number)
      ) order by p.uploaded_at, p.id)
      from public.photos p
      left join labels lb on lb.id = coalesce(p.lot_id, p.animal_id, p.item_id)
      where p.case_id = c.id
        and (p_subject = 'case'
          or (num_nonnulls(p.lot_id, p.animal_id, p.item_id) = 0)
          or p.lot_id in (select id from scope_lots) or p.animal_id in (select id from scope_animals)
          or p.item_id in (select id from scope_items))), '[]'),
    'veterinary', case when p_include_veterinary then jsonb_build_object(
      'lot_intake', coalesce((select jsonb_agg(jsonb_build_object(
          'lot_id', x.lot_id, 'examined_at', public.utc_text(x.examined_at), 'count_examined', x.count_examined,
          'count_with_findings', x.count_with_findings, 'notes', x.notes
        ) order by x.examined_at, x.id) from public.lot_exams x where x.lot_id in (select id from scope_lots)), '[]'),
      'first_exams', coalesce((select jsonb_agg(jsonb_build_object(
          'animal_id', x.animal_id, 'examined_at', public.utc_text(x.examined_at), 'weight_g', x.weight_g,
          'body_condition_score', x.body_condition_score, 'assessment', x.assessment
        ) order by x.animal_id) from (
          select distinct on (x.animal_id) x.* from public.exams x
          where x.animal_id in (select id from scope_animals) order by x.animal_id, x.examined_at, x.id
        ) x), '[]'),
      'deaths', coalesce((select jsonb_agg(jsonb_build_object(
          'kind', d.kind, 'subject_label', (select label from labels where id = coalesce(d.lot_id, d.animal_id)),
          'head_count', d.head_count, 'occurred_at', public.utc_text(d.occurred_at), 'found_dead', d.found_dead,
          'cause', d.cause, 'method', d.method, 'reason', d.reason,
          'necropsy_cause', (select n.cause_of_death from public.necropsies n where n.animal_id = d.animal_id)
        ) order by d.occurred_at, d.id)
        from public.dispositions d
        where d.kind in ('died', 'euthanized')
          and (d.lot_id in (select id from scope_lots) or d.animal_id in (select id from scope_animals))), '[]')
    ) end,
    'offender', case when p_include_offender then
      (select jsonb_build_object('offender_details', cp.offender_details) from public.case_parties cp where cp.case_id = c.id)
    end
  )
  from target t
  join public.seizure_cases c on c.id = t.case_id
  join public.centres ce on ce.id = c.centre_id
$$;
comment on function public.evidence_sheet_content(public.custody_subject, uuid, boolean, boolean) is
  'The canonical evidence content of a sheet about a case, lot, animal or item, or null when there is no such subject. Internal: not callable by clients.';

create function public.evidence_content_hash(content jsonb)
returns text
language sql
immutable
as $$
  select pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(content::text, 'UTF8')), 'hex')
$$;
comment on function public.evidence_content_hash(jsonb) is 'SHA-256 (hex) of the text of an evidence content value.';

revoke execute on function public.evidence_sheet_content(public.custody_subject, uuid, boolean, boolean) from public, anon, authenticated;
