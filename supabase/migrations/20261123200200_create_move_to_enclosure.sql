-- Moving an animal or a group lot: one call updates where it is, writes the custody event
-- (moved) and the move record, and opens a quarantine when it enters quarantine housing, all in
-- one transaction. Moves that break a rule (a full enclosure, leaving quarantine uncleared,
-- housing that does not suit the class, never quarantined) need an explicit, recorded reason.

create table public.enclosure_moves (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null,
  animal_id uuid,
  lot_id uuid,
  head_count integer not null check (head_count >= 1),
  from_enclosure_id uuid references public.enclosures (id),
  to_enclosure_id uuid not null references public.enclosures (id),
  moved_at timestamptz not null,
  moved_by uuid not null references public.staff (user_id),
  overrides text[] not null default '{}',
  override_reason text check (override_reason is null or length(trim(override_reason)) between 5 and 1000),
  custody_event_id uuid not null unique references public.custody_events (id),
  recorded_at timestamptz not null default now(),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  check (num_nonnulls(animal_id, lot_id) = 1),
  check ((cardinality(overrides) = 0) = (override_reason is null))
);
create index enclosure_moves_to_idx on public.enclosure_moves (to_enclosure_id, moved_at desc);
create index enclosure_moves_from_idx on public.enclosure_moves (from_enclosure_id, moved_at desc);
create index enclosure_moves_animal_idx on public.enclosure_moves (animal_id) where animal_id is not null;
comment on table public.enclosure_moves is
  'Every move between enclosures, with the rules it overrode and why; the custody event it wrote makes it part of the chain. Written only by move_to_enclosure().';

create function public.enclosure_path(p_enclosure_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  with recursive up as (
    select id, parent_id, name, 0 as depth from public.enclosures where id = p_enclosure_id
    union all
    select e.id, e.parent_id, e.name, up.depth + 1 from public.enclosures e join up on e.id = up.parent_id
  )
  select string_agg(name, ' › ' order by depth desc) from up
$$;
comment on function public.enclosure_path(uuid) is 'The place as people say it: "Quarantine › Reptile house › Tank 12".';

create function public.move_to_enclosure(
  p_animal_id uuid, p_lot_id uuid, p_to_enclosure_id uuid,
  p_override_reason text default null, p_moved_at timestamptz default null
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  moved_at timestamptz := coalesce(p_moved_at, now());
  mover record;
  subj record;
  target public.enclosures;
  source public.enclosures;
  occupied integer;
  broken text[] := '{}';
  open_quarantine uuid;
  ever_quarantined boolean;
  started_quarantine uuid;
  event_id uuid;
  move_id uuid;
  reason text := nullif(trim(p_override_reason), '');
begin
  select s.full_name, s.id_number, coalesce(s.agency, ce.name) as agency, s.centre_id into mover
  from public.staff s join public.centres ce on ce.id = s.centre_id
  where s.user_id = (select auth.uid()) and s.active and s.role in ('admin', 'vet', 'keeper');
  if mover is null then
    raise exception 'Only keepers, vets and admins can move animals.' using errcode = '42501';
  end if;
  if num_nonnulls(p_animal_id, p_lot_id) <> 1 then
    raise exception 'Move either one animal or one lot.' using errcode = '22023';
  end if;
  if moved_at > now() + interval '5 minutes' then
    raise exception 'The time of the move is in the future.' using errcode = '22023';
  end if;

  -- The subject, locked so that two moves of it cannot interleave.
  if p_animal_id is not null then
    select a.id, a.case_id, a.enclosure_id, a.lot_id, 1 as head_count, a.status = 'in_care' as in_care, s.taxon_class, a.created_at as since
    into subj
    from public.animals a join public.species s on s.id = a.species_id
    where a.id = p_animal_id and a.case_id in (select public.readable_case_ids()) for update of a;
  else
    select l.id, l.case_id, l.enclosure_id, l.id as lot_id, l.in_care as head_count, l.in_care > 0 as in_care, s.taxon_class,
      'infinity'::timestamptz as since
    into subj
    from public.lots l join public.species s on s.id = l.species_id
    where l.id = p_lot_id and l.case_id in (select public.readable_case_ids()) for update of l;
  end if;
  if subj.id is null then
    raise exception 'No such animal or lot.' using errcode = 'PT404';
  end if;
  if not subj.in_care then
    raise exception 'Only animals in care can be moved (this one is not, or the lot has none left in its group record).'
      using errcode = '22023';
  end if;

  -- The target, locked so that concurrent moves into it see each other's head counts.
  select * into target from public.enclosures
  where id = p_to_enclosure_id and centre_id = mover.centre_id and kind = 'enclosure' and active for update;
  if target.id is null then
    raise exception 'Choose an active enclosure of your centre.' using errcode = '22023';
  end if;
  if target.id = subj.enclosure_id then
    raise exception 'It is already in that enclosure.' using errcode = '22023';
  end if;
  select * into source from public.enclosures where id = subj.enclosure_id;

  select o.head_count into occupied from public.enclosure_occupancy o where o.enclosure_id = target.id;
  if occupied + subj.head_count > target.capacity then
    broken := array_append(broken, 'over_capacity');
  end if;
  if cardinality(target.suits_classes) > 0 and subj.taxon_class <> all (target.suits_classes) then
    broken := array_append(broken, 'class_not_suited');
  end if;
  -- An animal split out of a lot inherits the quarantines its lot had begun by then.
  select q.id into open_quarantine from public.quarantines q
  where q.cleared_at is null and (q.animal_id = p_animal_id or (q.lot_id = subj.lot_id and q.started_at <= subj.since))
  order by q.animal_id nulls last limit 1;
  select exists (
    select 1 from public.quarantines q
    where q.animal_id = p_animal_id or (q.lot_id = subj.lot_id and q.started_at <= subj.since)
  ) into ever_quarantined;
  if not target.is_quarantine and open_quarantine is not null then
    broken := array_append(broken, 'quarantine_not_cleared');
  end if;
  if not target.is_quarantine and not ever_quarantined then
    broken := array_append(broken, 'never_quarantined');
  end if;
  if cardinality(broken) > 0 and coalesce(length(reason), 0) < 5 then
    raise exception 'This move needs a reason: %', array_to_string(broken, ', ')
      using errcode = 'PT409', hint = 'override_required',
        detail = jsonb_build_object('rules', to_jsonb(broken), 'headCount', occupied, 'capacity', target.capacity, 'moving', subj.head_count)::text;
  end if;

  if p_animal_id is not null then
    update public.animals set enclosure_id = target.id where id = subj.id;
  else
    update public.lots set enclosure_id = target.id where id = subj.id;
  end if;

  insert into public.custody_events (case_id, animal_id, lot_id, event_type, occurred_at, place,
    to_name, to_agency, to_id_number, purpose, notes)
  values (subj.case_id, p_animal_id, p_lot_id, 'moved', moved_at, public.enclosure_path(target.id),
    mover.full_name, mover.agency, mover.id_number,
    'Moved ' || subj.head_count || ' from ' || coalesce(public.enclosure_path(source.id), 'no enclosure') || ' to ' || public.enclosure_path(target.id),
    case when cardinality(broken) > 0 then 'Overrode ' || array_to_string(broken, ', ') || ': ' || reason end)
  returning id into event_id;

  if target.is_quarantine and open_quarantine is null then
    insert into public.quarantines (case_id, animal_id, lot_id, started_at, required_days, tests_required)
    select subj.case_id, p_animal_id, p_lot_id, moved_at, r.required_days, r.tests_required
    from public.quarantine_rule(mover.centre_id, subj.taxon_class) r
    returning id into started_quarantine;
  end if;

  insert into public.enclosure_moves (case_id, animal_id, lot_id, head_count, from_enclosure_id, to_enclosure_id,
    moved_at, moved_by, overrides, override_reason, custody_event_id)
  values (subj.case_id, p_animal_id, p_lot_id, subj.head_count, source.id, target.id, moved_at, (select auth.uid()),
    broken, case when cardinality(broken) > 0 then reason end, event_id)
  returning id into move_id;

  return jsonb_build_object('moveId', move_id, 'custodyEventId', event_id, 'overrides', to_jsonb(broken),
    'quarantineStarted', started_quarantine is not null);
end
$$;
comment on function public.move_to_enclosure(uuid, uuid, uuid, text, timestamptz) is
  'Moves one animal or a lot''s group record into an enclosure with its custody event and move record. Broken rules raise PT409 (hint override_required, detail {rules, headCount, capacity, moving}) unless a reason of 5+ characters is given, which is recorded.';

-- Animals split out of a lot start where their lot is (and inherit its quarantine, see above).
create or replace function public.split_animals_out_of_lots()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The code trigger caches the centre code in a transaction-local setting; prove it was right.
  if exists (
    select 1 from new_animals a
    join public.seizure_cases c on c.id = a.case_id join public.centres ce on ce.id = c.centre_id
    where a.code not like ce.code || '-%'
  ) then
    raise exception 'An animal code does not carry its centre''s code.' using errcode = '23514';
  end if;
  update public.lots l
  set in_care = l.in_care - n.added, split_out = l.split_out + n.added
  from (select lot_id, count(*)::integer as added from new_animals group by lot_id) n
  where l.id = n.lot_id;
  update public.animals a set enclosure_id = l.enclosure_id
  from new_animals n join public.lots l on l.id = n.lot_id
  where a.id = n.id and l.enclosure_id is not null and a.enclosure_id is null;
  return null;
end
$$;

alter table public.enclosure_moves enable row level security;
create policy "Care staff can read moves of the cases open to them" on public.enclosure_moves
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and case_id in (select public.readable_case_ids()));

revoke all on public.enclosure_moves from anon;
revoke insert, update, delete, truncate on public.enclosure_moves from authenticated;
revoke execute on function public.move_to_enclosure(uuid, uuid, uuid, text, timestamptz) from public, anon;
grant execute on function public.move_to_enclosure(uuid, uuid, uuid, text, timestamptz) to authenticated;
revoke execute on function public.enclosure_path(uuid) from public, anon;
grant execute on function public.enclosure_path(uuid) to authenticated;
