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
as $$
  -- No `set search_path` here or below: it would stop Postgres inlining these into the chain
  -- trigger and the verification, which is most of their cost; nothing in them resolves by path.
  -- A row value's text form is fully defined by Postgres (quoting, arrays, NULL as nothing);
  -- times go in as epoch seconds with microseconds so no DateStyle or TimeZone setting can change
  -- the text. The leading 'v1' names this layout should it ever have to change.
  select row(
    'v1', e.id, e.case_id, e.position, e.subject, e.lot_id, e.animal_id, e.item_id, e.event_type,
    extract(epoch from e.occurred_at), e.place,
    e.from_name, e.from_agency, e.from_id_number, e.to_name, e.to_agency, e.to_id_number,
    e.purpose, e.seals_applied, e.seals_broken, e.photo_ids, e.photo_sha256, e.notes,
    e.corrects_event_id, e.correction_reason, e.recorded_by, extract(epoch from e.recorded_at)
  )::text
$$;
comment on function public.custody_event_canonical(public.custody_events) is
  'The content an event''s hash covers: every column but the hashes, as the text of one row value, times as epoch seconds.';

create function public.custody_event_hash(prev_hash text, canonical text)
returns text
language sql
immutable
as $$
  select pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(prev_hash || canonical, 'UTF8')), 'hex')
$$;
comment on function public.custody_event_hash(text, text) is 'SHA-256 (hex) of the previous hash followed by the canonical content.';

create function public.chain_custody_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  missing integer;
  head_key text := 'rescue_ledger.chain_head_' || replace(new.case_id::text, '-', '');
  head text := current_setting(head_key, true);
begin
  -- Few statements on purpose: a seizure writes hundreds of events in one statement, and each
  -- PL/pgSQL statement costs far more in PGlite (WebAssembly) than the hashing itself.
  if new.event_type in ('released', 'transferred_out', 'died', 'euthanized', 'destroyed') then
    raise exception 'A % event ends custody and must be recorded as a disposition, which also updates the counts.', new.event_type
      using errcode = '22023';
  end if;
  select auth.uid(), now(),
    case when new.animal_id is not null then 'animal' when new.lot_id is not null then 'lot'
         when new.item_id is not null then 'item' else 'case' end::public.custody_subject
  into new.recorded_by, new.recorded_at, new.subject;
  if new.recorded_by is null then
    raise exception 'Custody events must be recorded by a signed-in staff member.' using errcode = '42501';
  end if;

  -- Photos must belong to the same case; their hashes are copied so the chain covers them.
  if cardinality(new.photo_ids) > 0 then
    select count(*) - count(p.id) into missing
    from unnest(new.photo_ids) as cited (id) left join public.photos p on p.id = cited.id and p.case_id = new.case_id;
    if missing > 0 then
      raise exception 'A cited photo does not belong to this case.' using errcode = '23503';
    end if;
    new.photo_sha256 := array(
      select p.sha256 from unnest(new.photo_ids) with ordinality as cited (id, n)
      join public.photos p on p.id = cited.id order by cited.n
    );
  else
    new.photo_sha256 := '{}';
  end if;

  -- The case's chain head: read once per transaction under a lock on the case (which serialises
  -- writers of the case until commit), then kept in a transaction-local setting, which rolls
  -- back with a failed statement or savepoint just like the rows.
  if coalesce(head, '') = '' then
    perform 1 from public.seizure_cases where id = new.case_id for no key update;
    select coalesce(max(e.position), 0) || ':' || coalesce((array_agg(e.row_hash order by e.position desc))[1], repeat('0', 64))
    into head
    from (select position, row_hash from public.custody_events where case_id = new.case_id order by position desc limit 1) e;
  end if;
  select split_part(head, ':', 1)::integer + 1, split_part(head, ':', 2) into new.position, new.prev_hash;
  new.row_hash := public.custody_event_hash(new.prev_hash, public.custody_event_canonical(new));
  perform set_config(head_key, new.position || ':' || new.row_hash, true);
  return new;
end
$$;
comment on function public.chain_custody_event() is
  'Fills position, recorder, recording time and the hashes of every new event; whatever the client sent for them is replaced.';

create trigger custody_events_chain before insert on public.custody_events
  for each row execute function public.chain_custody_event();

create function public.check_custody_links()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The chain head cache is a transaction-local setting, which anyone with a direct SQL session
  -- could set; one set-based check per statement proves every new row links to the stored chain.
  if exists (
    select 1 from new_events n
    left join public.custody_events p on p.case_id = n.case_id and p.position = n.position - 1
    where n.prev_hash is distinct from case when n.position = 1 then repeat('0', 64) else p.row_hash end
  ) then
    raise exception 'A new custody event does not link to the event before it in its case.' using errcode = '23514';
  end if;
  return null;
end
$$;
comment on function public.check_custody_links() is
  'After each insert statement: every new event''s prev_hash is the stored hash of the event one position before it.';

create trigger custody_events_check_links after insert on public.custody_events
  referencing new table as new_events
  for each statement execute function public.check_custody_links();

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
language sql
stable
set search_path = ''
as $$
  -- One set-based pass (window functions) rather than a loop: 6,000 events verify in milliseconds.
  with chain as (
    select e.id, e.position, e.row_hash,
      row_number() over w as expected_position,
      lag(e.row_hash, 1, repeat('0', 64)) over w as expected_prev,
      case
        when e.position <> row_number() over w then format('event at position %s is missing', row_number() over w)
        when e.prev_hash <> lag(e.row_hash, 1, repeat('0', 64)) over w then 'previous-hash link does not match the event before it'
        when e.row_hash <> public.custody_event_hash(e.prev_hash, public.custody_event_canonical(e)) then 'content no longer matches its hash: the row was changed'
      end as problem
    from public.custody_events e
    where e.case_id = p_case_id
    window w as (order by e.position)
  ), first_broken as (
    select * from chain where problem is not null order by position limit 1
  )
  select
    not exists (select 1 from first_broken),
    (select count(*)::integer from chain),
    coalesce((select expected_prev from first_broken),
             (select row_hash from chain order by position desc limit 1), repeat('0', 64)),
    (select id from first_broken),
    (select position from first_broken),
    (select problem from first_broken)
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
