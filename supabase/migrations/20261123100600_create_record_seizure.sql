-- Whole-seizure intake in one call: the case, its lots (as groups or as individual animals with
-- generated codes), its evidence items and their custody events, in one transaction. The form,
-- the JSON API and PostgREST callers all use it, so every path writes all or nothing and runs
-- under the caller's row-level security.

create function public.record_seizure(payload jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  new_case public.seizure_cases;
  receiver record;
  unknown text[];
  bad_lot jsonb;
  received_at timestamptz := coalesce((payload ->> 'receivedAt')::timestamptz, now());
  received_place text;
  result jsonb;
  lot_input jsonb;
  lot_n bigint;
  v_lot_id uuid;
  lot_species_id uuid;
  lot_ids uuid[] := '{}';
  item_input jsonb;
  item_n bigint;
  v_item_id uuid;
  item_ids uuid[] := '{}';
begin
  if jsonb_typeof(payload -> 'lots') is distinct from 'array' or jsonb_typeof(payload -> 'items') is distinct from 'array' then
    raise exception 'lots and items must be arrays (either may be empty, not both).' using errcode = '22023';
  end if;
  if jsonb_array_length(payload -> 'lots') + jsonb_array_length(payload -> 'items') = 0 then
    raise exception 'A seizure needs at least one lot of animals or one evidence item.' using errcode = '22023';
  end if;
  select l into bad_lot from jsonb_array_elements(payload -> 'lots') l
  where jsonb_typeof(l -> 'count') is distinct from 'number' or (l ->> 'count')::numeric not between 1 and 100000
     or (l ->> 'count')::numeric <> trunc((l ->> 'count')::numeric)
     or coalesce(l ->> 'recordAs', '') not in ('group', 'individual')
  limit 1;
  if bad_lot is not null then
    raise exception 'Each lot needs a whole count from 1 to 100000 and recordAs "group" or "individual".'
      using errcode = '22023', detail = bad_lot::text;
  end if;
  if received_at > now() + interval '5 minutes' then
    raise exception 'The time of receipt is in the future.' using errcode = '22023';
  end if;

  select array_agg(distinct name order by name) into unknown
  from (
    select l ->> 'species' as name from jsonb_array_elements(payload -> 'lots') l
    union all
    select i ->> 'species' from jsonb_array_elements(payload -> 'items') i where i ->> 'species' is not null
  ) named
  where not exists (select 1 from public.species s where lower(s.scientific_name) = lower(trim(named.name)));
  if unknown is not null then
    raise exception 'Unknown species: %', array_to_string(unknown, ', ')
      using errcode = 'PT422', detail = to_jsonb(unknown)::text, hint = 'Use the scientific name as it is in the species list.';
  end if;

  select s.full_name, coalesce(s.agency, ce.name) as agency, s.id_number, ce.name as centre_name into receiver
  from public.staff s join public.centres ce on ce.id = s.centre_id
  where s.user_id = (select auth.uid()) and s.active;
  if receiver is null then
    raise exception 'Only active staff can record a seizure.' using errcode = '42501';
  end if;
  received_place := coalesce(nullif(trim(payload ->> 'receivedPlace'), ''), receiver.centre_name);

  insert into public.seizure_cases (centre_id, case_number, seized_at, location_description, latitude, longitude,
    agency, lead_officer_name, lead_officer_agency, lead_officer_id_number, legal_basis, court_reference, notes)
  values (public.current_centre_id(), trim(payload ->> 'caseNumber'), (payload ->> 'seizedAt')::timestamptz,
    payload -> 'location' ->> 'description', (payload -> 'location' ->> 'lat')::numeric, (payload -> 'location' ->> 'lng')::numeric,
    payload ->> 'agency', payload -> 'leadOfficer' ->> 'name', payload -> 'leadOfficer' ->> 'agency',
    payload -> 'leadOfficer' ->> 'idNumber', payload ->> 'legalBasis', payload ->> 'courtReference', payload ->> 'notes')
  returning * into new_case;

  if coalesce(payload ->> 'offenderDetails', payload ->> 'informantDetails') is not null then
    insert into public.case_parties (case_id, offender_details, informant_details)
    values (new_case.id, payload ->> 'offenderDetails', payload ->> 'informantDetails');
  end if;

  -- Few lots per seizure: a loop keeps each lot's input next to its id; the animals and events
  -- of all lots are then written set-wise.
  for lot_input, lot_n in select l, n from jsonb_array_elements(payload -> 'lots') with ordinality as t (l, n) order by n loop
    insert into public.lots (case_id, species_id, count_received, in_care, condition_on_arrival, notes, intake_position)
    select new_case.id, s.id, (lot_input ->> 'count')::integer, (lot_input ->> 'count')::integer,
      lot_input ->> 'condition', lot_input ->> 'notes', lot_n
    from public.species s where lower(s.scientific_name) = lower(trim(lot_input ->> 'species'))
    returning id, species_id into v_lot_id, lot_species_id;
    lot_ids := lot_ids || v_lot_id;
    if lot_input ->> 'recordAs' = 'individual' then
      insert into public.animals (case_id, lot_id, species_id)
      select new_case.id, v_lot_id, lot_species_id from generate_series(1, (lot_input ->> 'count')::integer);
    end if;
  end loop;

  for item_input, item_n in select i, n from jsonb_array_elements(payload -> 'items') with ordinality as t (i, n) order by n loop
    insert into public.evidence_items (case_id, description, species_id, quantity, unit, seal_numbers, storage_location, notes, intake_position)
    values (new_case.id, item_input ->> 'description',
      (select s.id from public.species s where lower(s.scientific_name) = lower(trim(item_input ->> 'species'))),
      (item_input ->> 'quantity')::numeric, (item_input ->> 'unit')::public.quantity_unit,
      coalesce(array(select jsonb_array_elements_text(item_input -> 'sealNumbers')), '{}'),
      item_input ->> 'storageLocation', item_input ->> 'notes', item_n)
    returning id into v_item_id;
    item_ids := item_ids || v_item_id;
  end loop;

  -- The chain: the seizure itself, then receipt at the centre of every group lot, animal and item.
  insert into public.custody_events (case_id, event_type, occurred_at, place, to_name, to_agency, to_id_number, purpose)
  values (new_case.id, 'seized', new_case.seized_at, new_case.location_description, new_case.lead_officer_name,
    new_case.lead_officer_agency, new_case.lead_officer_id_number, 'Seizure');

  insert into public.custody_events (case_id, lot_id, animal_id, item_id, event_type, occurred_at, place,
    from_name, from_agency, from_id_number, to_name, to_agency, to_id_number, purpose, seals_applied)
  select new_case.id, r.lot_id, r.animal_id, r.item_id, 'received_at_centre', received_at, received_place,
    new_case.lead_officer_name, new_case.lead_officer_agency, new_case.lead_officer_id_number,
    receiver.full_name, receiver.agency, receiver.id_number, 'Intake at the rescue centre', r.seals
  from (
    select 1 as kind, l.ord as ord, l.id as lot_id, null::uuid as animal_id, null::uuid as item_id, null::text as code, '{}'::text[] as seals
    from unnest(lot_ids) with ordinality as l (id, ord)
    join public.lots lot on lot.id = l.id where lot.in_care > 0
    union all
    select 2, 0, null, a.id, null, a.code, '{}' from public.animals a where a.case_id = new_case.id
    union all
    select 3, i.ord, null, null, it.id, null, it.seal_numbers
    from unnest(item_ids) with ordinality as i (id, ord) join public.evidence_items it on it.id = i.id
  ) r
  order by r.kind, r.ord, r.code;

  select jsonb_build_object(
    'caseId', new_case.id,
    'caseNumber', new_case.case_number,
    'lots', coalesce(jsonb_agg(jsonb_build_object(
      'id', lot.id, 'species', s.scientific_name, 'count', lot.count_received,
      'animalCodes', coalesce((select jsonb_agg(a.code order by a.code) from public.animals a where a.lot_id = lot.id), '[]'::jsonb)
    ) order by l.ord), '[]'::jsonb),
    'items', coalesce((select jsonb_agg(jsonb_build_object('id', it.id, 'description', it.description) order by i.ord)
      from unnest(item_ids) with ordinality as i (id, ord) join public.evidence_items it on it.id = i.id), '[]'::jsonb)
  ) into result
  from unnest(lot_ids) with ordinality as l (id, ord)
  join public.lots lot on lot.id = l.id join public.species s on s.id = lot.species_id;
  return result;
end
$$;
comment on function public.record_seizure(jsonb) is
  'Records a whole seizure (case, lots, animals, items, custody events) atomically with the caller''s rights. Unknown species raise PT422 naming them; a duplicate case number raises 23505.';

revoke execute on function public.record_seizure(jsonb) from public, anon;
grant execute on function public.record_seizure(jsonb) to authenticated;
