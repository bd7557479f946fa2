-- Everything the case page shows but the chain verification, in one call. On the embedded stack
-- every API request costs ~7 ms (PostgREST's transaction on PGlite), and the page needed eleven;
-- one function under the caller's rights (RLS applies to every table it reads) needs one.

create function public.case_page(p_case_id uuid, p_first_position integer, p_page_size integer)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with species_ref as (
    -- What pages show of a species (src/lib/server/seizures/species-ref.ts), not its sources.
    select s.id, jsonb_build_object(
      'id', s.id, 'scientific_name', s.scientific_name, 'english_name', s.english_name, 'khmer_name', s.khmer_name,
      'taxon_class', s.taxon_class, 'iucn_category', s.iucn_category, 'iucn_year', s.iucn_year,
      'iucn_unconfirmed', s.iucn_unconfirmed, 'cites_appendix', s.cites_appendix, 'cites_unconfirmed', s.cites_unconfirmed
    ) as ref
    from public.species s
  )
  select jsonb_build_object(
    'case', to_jsonb(c),
    'lots', coalesce((
      select jsonb_agg(to_jsonb(l) || jsonb_build_object(
        'species', s.ref,
        'individuals', coalesce((
          select jsonb_object_agg(n.status, n.animals) from public.lot_individual_counts n where n.lot_id = l.id
        ), '{}'::jsonb)
      ) order by l.created_at, l.intake_position)
      from public.lots l join species_ref s on s.id = l.species_id
      where l.case_id = c.id
    ), '[]'::jsonb),
    'items', coalesce((
      select jsonb_agg(to_jsonb(i) || jsonb_build_object('species', s.ref) order by i.created_at, i.intake_position)
      from public.evidence_items i left join species_ref s on s.id = i.species_id
      where i.case_id = c.id
    ), '[]'::jsonb),
    'events', coalesce((
      select jsonb_agg(to_jsonb(e) || jsonb_build_object('animal_code', a.code, 'recorder_name', st.full_name) order by e.position)
      from public.custody_events e
      left join public.animals a on a.id = e.animal_id
      left join public.staff st on st.user_id = e.recorded_by
      where e.case_id = c.id and e.position >= p_first_position and e.position < p_first_position + least(p_page_size, 200)
    ), '[]'::jsonb),
    'last_position', coalesce((
      select e.position from public.custody_events e where e.case_id = c.id order by e.position desc limit 1
    ), 0),
    'photos', coalesce((
      select jsonb_agg(to_jsonb(p) || jsonb_build_object('uploader_name', st.full_name) order by p.uploaded_at desc)
      from (select * from public.photos where case_id = c.id order by uploaded_at desc limit 100) p
      left join public.staff st on st.user_id = p.uploaded_by
    ), '[]'::jsonb)
  )
  from public.seizure_cases c
  where c.id = p_case_id
$$;
comment on function public.case_page(uuid, integer, integer) is
  'The case page in one call: the case, its lots (species, counts, individuals by status), items, one page of custody events (positions from p_first_position) with animal codes and recorder names, the last position, and the newest 100 photo records. Null when the case is unknown or unreadable.';

revoke execute on function public.case_page(uuid, integer, integer) from public, anon;
grant execute on function public.case_page(uuid, integer, integer) to authenticated;
