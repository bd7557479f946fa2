-- Dispositions: how animals and items leave the centre's custody (released, transferred out, died,
-- euthanized, escaped; items destroyed or handed over). Each one, in one transaction: the animal's
-- status or the lot's counts change (the lot's reconcile check keeps received = in care + split
-- out + every outcome), a custody event of the same type is chained into the case's ledger, and a
-- dispositions row keeps the details the ledger has no columns for (permit, cause, method …).
--
-- The ledger event now carries how many animals it stands for (head_count), covered by its hash:
-- the canonical content of events with a head count is layout 'v2'; events without one keep
-- 'v1', so every chain written before this migration still verifies.

alter table public.custody_events
  add column head_count integer check (head_count is null or head_count between 1 and 100000);
comment on column public.custody_events.head_count is
  'Animals a lot disposition stands for (an animal''s is 1). Null on every other event. Part of the hashed content.';

create or replace function public.custody_event_canonical(e public.custody_events)
returns text
language sql
stable
as $$
  -- Still no `set search_path` (see the first version): inlined into the chain trigger and the
  -- verification. One expression, so it still inlines.
  select case when e.head_count is null then row(
    'v1', e.id, e.case_id, e.position, e.subject, e.lot_id, e.animal_id, e.item_id, e.event_type,
    extract(epoch from e.occurred_at), e.place,
    e.from_name, e.from_agency, e.from_id_number, e.to_name, e.to_agency, e.to_id_number,
    e.purpose, e.seals_applied, e.seals_broken, e.photo_ids, e.photo_sha256, e.notes,
    e.corrects_event_id, e.correction_reason, e.recorded_by, extract(epoch from e.recorded_at)
  )::text else row(
    'v2', e.id, e.case_id, e.position, e.subject, e.lot_id, e.animal_id, e.item_id, e.event_type,
    extract(epoch from e.occurred_at), e.place,
    e.from_name, e.from_agency, e.from_id_number, e.to_name, e.to_agency, e.to_id_number,
    e.purpose, e.seals_applied, e.seals_broken, e.photo_ids, e.photo_sha256, e.notes,
    e.corrects_event_id, e.correction_reason, e.recorded_by, extract(epoch from e.recorded_at),
    e.head_count
  )::text end
$$;
comment on function public.custody_event_canonical(public.custody_events) is
  'The content an event''s hash covers: every column but the hashes, as the text of one row value, times as epoch seconds; layout v2 (with head_count) when the event has a head count.';

create or replace function public.disposition_head_count(e public.custody_events)
returns integer
language sql
stable
as $$
  select coalesce(e.head_count, 1)
$$;
comment on function public.disposition_head_count(public.custody_events) is
  'How many animals a disposition event stands for: its recorded head count (lot events), 1 for an animal''s.';

create type public.disposition_kind as enum ('released', 'transferred_out', 'died', 'euthanized', 'escaped', 'destroyed');
comment on type public.disposition_kind is
  'How custody ended. Animals: released, transferred_out, died, euthanized, escaped. Items: transferred_out (handed over), destroyed.';

create table public.dispositions (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  kind public.disposition_kind not null,
  lot_id uuid,
  animal_id uuid,
  item_id uuid,
  head_count integer check (head_count between 1 and 100000),
  occurred_at timestamptz not null,
  place text not null check (length(trim(place)) between 2 and 500),
  release_event_id uuid,
  receiving_organisation text check (receiving_organisation is null or length(trim(receiving_organisation)) between 2 and 200),
  permit_number text check (permit_number is null or length(trim(permit_number)) between 1 and 100),
  received_by_name text check (received_by_name is null or length(trim(received_by_name)) between 2 and 200),
  received_by_id_number text check (received_by_id_number is null or length(trim(received_by_id_number)) between 1 and 100),
  found_dead boolean,
  cause text check (cause is null or length(trim(cause)) between 3 and 2000),
  reason text check (reason is null or length(trim(reason)) between 10 and 2000),
  authorised_by uuid references public.staff (user_id),
  method text check (method is null or length(trim(method)) between 3 and 500),
  hold_consent_reference text check (hold_consent_reference is null or length(trim(hold_consent_reference)) between 1 and 200),
  notes text check (notes is null or length(notes) <= 4000),
  custody_event_id uuid not null unique,
  client_key uuid unique,
  recorded_by uuid not null default auth.uid() references public.staff (user_id),
  recorded_at timestamptz not null default now(),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (item_id, case_id) references public.evidence_items (id, case_id),
  foreign key (custody_event_id, case_id) references public.custody_events (id, case_id),
  constraint dispositions_one_subject check (num_nonnulls(lot_id, animal_id, item_id) = 1),
  constraint dispositions_kind_fits_subject check (
    case when item_id is not null then kind in ('transferred_out', 'destroyed') and head_count is null
         else kind <> 'destroyed' and head_count is not null and (animal_id is null or head_count = 1) end),
  constraint dispositions_transfer_names_receiver check (
    kind <> 'transferred_out' or num_nulls(receiving_organisation, permit_number, received_by_name) = 0),
  constraint dispositions_death_has_cause check (kind <> 'died' or (found_dead is not null and cause is not null)),
  constraint dispositions_euthanasia_authorised check (
    kind not in ('euthanized', 'destroyed') or num_nulls(reason, authorised_by, method) = 0),
  constraint dispositions_release_has_event check ((kind = 'released') = (release_event_id is not null))
);
-- One ending per animal: a second disposition of the same animal is refused here too.
create unique index dispositions_one_per_animal on public.dispositions (animal_id) where animal_id is not null;
create unique index dispositions_one_per_item on public.dispositions (item_id) where item_id is not null;
create index dispositions_lot_id_idx on public.dispositions (lot_id) where lot_id is not null;
create index dispositions_case_id_idx on public.dispositions (case_id, occurred_at desc);
create index dispositions_release_event_id_idx on public.dispositions (release_event_id) where release_event_id is not null;
comment on table public.dispositions is
  'The end of custody of an animal, part of a lot, or an item, with the details of its kind; written only by record_disposition() and record_release(), never changed.';

create function public.check_disposition_recorded()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Deferred to commit: the disposition row is written after its event (it references it).
  if not exists (select 1 from public.dispositions d where d.custody_event_id = new.id) then
    raise exception 'A % event ends custody and must be recorded as a disposition, which also updates the counts.', new.event_type
      using errcode = '22023';
  end if;
  return null;
end
$$;
comment on function public.check_disposition_recorded() is
  'At commit: every custody event of a disposition type has its dispositions row, so the counts and the ledger cannot disagree.';

create constraint trigger custody_events_disposition_recorded after insert on public.custody_events
  deferrable initially deferred
  for each row when (new.event_type in ('released', 'transferred_out', 'died', 'euthanized', 'escaped', 'destroyed'))
  execute function public.check_disposition_recorded();

create function public.refuse_disposition_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'A disposition is part of the custody record and is never changed or deleted.' using errcode = '42501';
end
$$;
comment on function public.refuse_disposition_change() is 'Guard of the dispositions table; fires for every role, the owner included.';

create trigger dispositions_append_only before update or delete on public.dispositions
  for each row execute function public.refuse_disposition_change();

alter table public.dispositions enable row level security;
create policy "Staff can read dispositions of the cases open to them" on public.dispositions
  for select to authenticated using (case_id in (select public.readable_case_ids()));
revoke all on public.dispositions from anon;
revoke insert, update, delete, truncate on public.dispositions from authenticated, service_role;

-- The chain trigger lets a disposition type in when dispose_of() is writing that very event.
create or replace function public.chain_custody_event()
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
  -- dispose_of() names the one event it is writing in a transaction-local setting, which no API
  -- client can set; check_disposition_recorded() proves at commit that its disposition row exists.
  if new.event_type in ('released', 'transferred_out', 'died', 'euthanized', 'escaped', 'destroyed')
     and current_setting('rescue_ledger.disposing', true) is distinct from new.id::text then
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
  'Fills position, recorder, recording time and the hashes of every new event; whatever the client sent for them is replaced. Disposition types only from dispose_of(), checked again at commit by check_disposition_recorded().';

