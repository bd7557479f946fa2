-- Everything the animal page shows, in one call. On the embedded stack every API request costs
-- ~8-10 ms (router → PostgREST → PGlite, which answers one query at a time), and the page needed
-- ten besides the session check. Security invoker: RLS decides every row it reads, as case_page().
-- Each part has the columns the app's per-part loaders select, names joined in, so the same
-- TypeScript mappers turn both into what the page shows (src/lib/server/seizures/animal-page.ts).

create function public.animal_page(p_code text)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
-- Planned once per session: planning these queries costs more than running them in PGlite.
set plan_cache_mode = force_generic_plan
as $$
declare
  a public.animals;
  -- Places, quarantine, diet and feedings are care records: RLS shows a prosecutor none of them,
  -- and the page shows them no such panels, so they are not even looked for (null, not empty).
  care boolean := (select public.has_role('admin', 'vet', 'keeper', 'release_team'));
begin
  select * into a from public.animals where code = p_code;
  if a.id is null then
    return null;
  end if;
  return jsonb_build_object(
    'animal', to_jsonb(a) || jsonb_build_object(
      'species', (
        -- What pages show of a species (src/lib/server/seizures/species-ref.ts), not its sources.
        select jsonb_build_object(
          'id', s.id, 'scientific_name', s.scientific_name, 'english_name', s.english_name, 'khmer_name', s.khmer_name,
          'taxon_class', s.taxon_class, 'iucn_category', s.iucn_category, 'iucn_year', s.iucn_year,
          'iucn_unconfirmed', s.iucn_unconfirmed, 'cites_appendix', s.cites_appendix, 'cites_unconfirmed', s.cites_unconfirmed)
        from public.species s where s.id = a.species_id),
      -- Through the lot, as the API does: animals reach their case only by (lot_id, case_id).
      'case_number', (
        select c.case_number from public.lots l join public.seizure_cases c on c.id = l.case_id
        where l.id = a.lot_id and l.case_id = a.case_id)),
    -- The case-level events, its lot's and its own, in chain order.
    'events', coalesce((
      select jsonb_agg(to_jsonb(e) || jsonb_build_object('animal_code', ea.code, 'recorder_name', st.full_name) order by e.position)
      from public.custody_events e
      left join public.animals ea on ea.id = e.animal_id
      left join public.staff st on st.user_id = e.recorded_by
      where e.case_id = a.case_id and (e.subject = 'case' or e.lot_id = a.lot_id or e.animal_id = a.id)
    ), '[]'::jsonb),
    'photos', coalesce((
      select jsonb_agg(to_jsonb(p) || jsonb_build_object('uploader_name', st.full_name) order by p.uploaded_at desc)
      from (select * from public.photos where case_id = a.case_id and animal_id = a.id order by uploaded_at desc limit 200) p
      left join public.staff st on st.user_id = p.uploaded_by
    ), '[]'::jsonb),
    -- The whole place tree (its paths name the enclosures of the move form) with head counts.
    'places', case when care then coalesce((
      select jsonb_agg(jsonb_build_object('id', e.id, 'parent_id', e.parent_id, 'kind', e.kind, 'name', e.name,
        'enclosure_type', e.enclosure_type, 'capacity', e.capacity, 'suits_classes', e.suits_classes,
        'is_quarantine', e.is_quarantine, 'active', e.active, 'head_count', o.head_count))
      from public.enclosures e left join public.enclosure_occupancy o on o.enclosure_id = e.id
    ), '[]'::jsonb) end,
    -- Its own latest quarantine, else the one its lot began before it was split out (the rule of
    -- move_to_enclosure()). The case condition only lets the case index find the few rows.
    'quarantine', case when care then (
      select to_jsonb(q) || jsonb_build_object('cleared_by_name', st.full_name)
      from public.quarantines q
      left join public.staff st on st.user_id = q.cleared_by
      where q.case_id = a.case_id and (q.animal_id = a.id or (q.lot_id = a.lot_id and q.started_at <= a.created_at))
      order by q.started_at desc, q.animal_id nulls last
      limit 1
    ) end,
    'diet_plans', case when care then coalesce((
      select jsonb_agg(to_jsonb(p) order by p.created_at desc)
      from (
        select d.id, d.items, d.feeding_times, d.every_n_days, d.starts_on, d.notes, d.created_at, d.ended_at, d.end_reason,
          st.full_name as created_by_name
        from public.diet_plans d left join public.staff st on st.user_id = d.created_by
        where d.animal_id = a.id
        order by d.created_at desc
        limit 20
      ) p
    ), '[]'::jsonb) end,
    'feedings', case when care then coalesce((
      select jsonb_agg(to_jsonb(f) order by f.fed_on desc, f.id desc)
      from (
        select l.id, l.fed_on, l.slot, l.outcome, l.behaviour, l.stool, l.enrichment, l.concerns, l.alert_vets, l.logged_at,
          d.feeding_times, st.full_name as logged_by_name
        from (select * from public.feeding_logs where animal_id = a.id order by fed_on desc, id desc limit 10) l
        left join public.diet_plans d on d.id = l.diet_plan_id
        left join public.staff st on st.user_id = l.logged_by
      ) f
    ), '[]'::jsonb) end
  );
end
$$;
comment on function public.animal_page(text) is
  'The animal page in one call, by the code on its label: the animal (species, case number), its custody timeline (case, lot and own events, with animal codes and recorder names), its newest 200 photo records, and for care staff the place tree with head counts, its quarantine, its newest 20 diet plans and latest 10 feedings (null for other roles). Null when the code is unknown or RLS hides the animal.';

revoke execute on function public.animal_page(text) from public, anon;
grant execute on function public.animal_page(text) to authenticated;
