-- The custody ledger: one append-only table of custody events for cases, lots, animals and items.
--
-- Each case has its own hash chain: an event stores its position in the case (1, 2, 3 …), the
-- previous event's hash and the SHA-256 of (previous hash || its canonical content). UPDATE,
-- DELETE and TRUNCATE are refused by triggers for every role, service_role and the owner
-- included; corrections are new events that reference the event they correct. Someone with
-- superuser rights can still disable the triggers and edit a row: verify_custody_chain() then
-- recomputes the chain and names the first row that no longer matches.

create type public.custody_event_type as enum (
  'seized', 'transported', 'received_at_centre', 'intake_examined', 'moved', 'sampled',
  'handed_over', 'released', 'transferred_out', 'died', 'euthanized', 'destroyed'
);
comment on type public.custody_event_type is 'What happened to the custody of a case, lot, animal or item.';

create type public.custody_subject as enum ('case', 'lot', 'animal', 'item');

create table public.custody_events (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  position integer not null,
  subject public.custody_subject not null,
  lot_id uuid,
  animal_id uuid,
  item_id uuid,
  event_type public.custody_event_type not null,
  occurred_at timestamptz not null check (occurred_at <= now() + interval '5 minutes' and occurred_at >= '1970-01-01'),
  place text not null check (length(trim(place)) between 2 and 500),
  from_name text check (from_name is null or length(trim(from_name)) between 2 and 200),
  from_agency text check (from_agency is null or length(trim(from_agency)) between 2 and 200),
  from_id_number text check (from_id_number is null or length(trim(from_id_number)) between 1 and 100),
  to_name text not null check (length(trim(to_name)) between 2 and 200),
  to_agency text not null check (length(trim(to_agency)) between 2 and 200),
  to_id_number text check (to_id_number is null or length(trim(to_id_number)) between 1 and 100),
  purpose text check (purpose is null or length(trim(purpose)) between 2 and 1000),
  seals_applied text[] not null default '{}' check (cardinality(seals_applied) <= 50),
  seals_broken text[] not null default '{}' check (cardinality(seals_broken) <= 50),
  photo_ids uuid[] not null default '{}' check (cardinality(photo_ids) <= 50),
  photo_sha256 text[] not null default '{}',
  notes text check (notes is null or length(notes) <= 4000),
  corrects_event_id uuid,
  correction_reason text check (correction_reason is null or length(trim(correction_reason)) between 5 and 1000),
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  prev_hash text not null,
  row_hash text not null,
  unique (case_id, position),
  unique (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (item_id, case_id) references public.evidence_items (id, case_id),
  foreign key (corrects_event_id, case_id) references public.custody_events (id, case_id),
  constraint custody_events_subject_matches check (
    case subject
      when 'case' then num_nonnulls(lot_id, animal_id, item_id) = 0
      when 'lot' then lot_id is not null and num_nonnulls(animal_id, item_id) = 0
      when 'animal' then animal_id is not null and num_nonnulls(lot_id, item_id) = 0
      when 'item' then item_id is not null and num_nonnulls(lot_id, animal_id) = 0
    end
  ),
  constraint custody_events_handover_names_both_parties check (
    event_type not in ('transported', 'received_at_centre', 'handed_over', 'transferred_out')
    or (from_name is not null and from_agency is not null)
  ),
  constraint custody_events_correction_has_reason check ((corrects_event_id is null) = (correction_reason is null))
);
create index custody_events_animal_id_idx on public.custody_events (animal_id) where animal_id is not null;
create index custody_events_lot_id_idx on public.custody_events (lot_id) where lot_id is not null;
create index custody_events_item_id_idx on public.custody_events (item_id) where item_id is not null;
comment on table public.custody_events is
  'Append-only custody ledger, hash-chained per case. The receiving party (to_*) is always named; handovers also name the releasing party (from_*).';

create function public.custody_event_canonical(e public.custody_events)
returns text
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', e.id, 'case_id', e.case_id, 'position', e.position, 'subject', e.subject,
    'lot_id', e.lot_id, 'animal_id', e.animal_id, 'item_id', e.item_id, 'event_type', e.event_type,
    'occurred_at', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'place', e.place,
    'from', jsonb_build_array(e.from_name, e.from_agency, e.from_id_number),
    'to', jsonb_build_array(e.to_name, e.to_agency, e.to_id_number),
    'purpose', e.purpose, 'seals_applied', to_jsonb(e.seals_applied), 'seals_broken', to_jsonb(e.seals_broken),
    'photo_ids', to_jsonb(e.photo_ids), 'photo_sha256', to_jsonb(e.photo_sha256), 'notes', e.notes,
    'corrects_event_id', e.corrects_event_id, 'correction_reason', e.correction_reason,
    'recorded_by', e.recorded_by,
    'recorded_at', to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text
$$;
comment on function public.custody_event_canonical(public.custody_events) is
  'The content an event''s hash covers: every column but the hashes, times in UTC with microseconds, as jsonb text (whose key order Postgres fixes).';

create function public.custody_event_hash(prev_hash text, canonical text)
returns text
language sql
immutable
set search_path = ''
as $$
  select encode(sha256(convert_to(prev_hash || canonical, 'UTF8')), 'hex')
$$;
comment on function public.custody_event_hash(text, text) is 'SHA-256 (hex) of the previous hash followed by the canonical content.';

create function public.chain_custody_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  last_event record;
  missing integer;
begin
  if new.event_type in ('released', 'transferred_out', 'died', 'euthanized', 'destroyed') then
    raise exception 'A % event ends custody and must be recorded as a disposition, which also updates the counts.', new.event_type
      using errcode = '22023';
  end if;
  new.id := coalesce(new.id, gen_random_uuid());
  new.recorded_by := auth.uid();
  new.recorded_at := now();
  if new.recorded_by is null then
    raise exception 'Custody events must be recorded by a signed-in staff member.' using errcode = '42501';
  end if;
  new.subject := case
    when new.animal_id is not null then 'animal' when new.lot_id is not null then 'lot'
    when new.item_id is not null then 'item' else 'case' end;

  -- Photos must belong to the same case; their hashes are copied so the chain covers them.
  select count(*) - count(p.id) into missing
  from unnest(new.photo_ids) as cited (id) left join public.photos p on p.id = cited.id and p.case_id = new.case_id;
  if missing > 0 then
    raise exception 'A cited photo does not belong to this case.' using errcode = '23503';
  end if;
  new.photo_sha256 := array(
    select p.sha256 from unnest(new.photo_ids) with ordinality as cited (id, n)
    join public.photos p on p.id = cited.id order by cited.n
  );

  -- Serialise writers of the same case; the lock is released at commit.
  perform 1 from public.seizure_cases where id = new.case_id for no key update;
  select e.position, e.row_hash into last_event
  from public.custody_events e where e.case_id = new.case_id order by e.position desc limit 1;
  new.position := coalesce(last_event.position, 0) + 1;
  new.prev_hash := coalesce(last_event.row_hash, repeat('0', 64));
  new.row_hash := public.custody_event_hash(new.prev_hash, public.custody_event_canonical(new));
  return new;
end
$$;
comment on function public.chain_custody_event() is
  'Fills position, recorder, recording time and the hashes of every new event; whatever the client sent for them is replaced.';

create trigger custody_events_chain before insert on public.custody_events
  for each row execute function public.chain_custody_event();

create function public.refuse_custody_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'The custody ledger is append-only: record a correcting event instead of changing or deleting one.'
    using errcode = '42501';
end
$$;
comment on function public.refuse_custody_change() is 'Guard of the append-only ledger; fires for every role, the owner included.';

create trigger custody_events_append_only before update or delete on public.custody_events
  for each row execute function public.refuse_custody_change();
create trigger custody_events_no_truncate before truncate on public.custody_events
  for each statement execute function public.refuse_custody_change();

create function public.verify_custody_chain(p_case_id uuid)
returns table (valid boolean, events integer, head text, first_broken_event_id uuid, first_broken_position integer, problem text)
language plpgsql
stable
set search_path = ''
as $$
declare
  e public.custody_events;
  expected_prev text := repeat('0', 64);
  expected_position integer := 1;
  n integer := 0;
begin
  for e in select * from public.custody_events where case_id = p_case_id order by position loop
    n := n + 1;
    if e.position <> expected_position then
      return query select false, n, expected_prev, e.id, e.position,
        format('event at position %s is missing', expected_position);
      return;
    end if;
    if e.prev_hash <> expected_prev then
      return query select false, n, expected_prev, e.id, e.position,
        'previous-hash link does not match the event before it'::text;
      return;
    end if;
    if e.row_hash <> public.custody_event_hash(e.prev_hash, public.custody_event_canonical(e)) then
      return query select false, n, expected_prev, e.id, e.position,
        'content no longer matches its hash: the row was changed'::text;
      return;
    end if;
    expected_prev := e.row_hash;
    expected_position := expected_position + 1;
  end loop;
  return query select true, n, expected_prev, null::uuid, null::integer, null::text;
end
$$;
comment on function public.verify_custody_chain(uuid) is
  'Recomputes a case''s chain and reports the first broken row (changed content, broken link, missing position). Runs with the caller''s rights: a case you cannot read verifies as empty.';

alter table public.custody_events enable row level security;

create policy "Staff can read custody of the cases open to them" on public.custody_events
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Care staff can record custody events" on public.custody_events
  for insert to authenticated
  with check (
    (select public.has_role('admin', 'vet', 'keeper', 'release_team'))
    and case_id in (select public.readable_case_ids())
  );

revoke all on public.custody_events from anon;
revoke update, delete, truncate on public.custody_events from authenticated, service_role;
revoke execute on function public.verify_custody_chain(uuid) from public, anon;
grant execute on function public.verify_custody_chain(uuid) to authenticated, service_role;
