-- Recording a disposition: dispose_of() does what every kind shares (lock the subject, refuse what
-- the records forbid, change the counts, chain the custody event, keep the details), and
-- record_disposition() is the door for everything but releases, which come through
-- record_release() with an approved assessment.
--
-- Refusals carry SQLSTATE RL3xx and, in the hint, the form field they concern ('form' for the
-- whole form), so the app and any API client can say what is wrong without parsing text.

create function public.dispose_of(d public.dispositions, p_photo_ids uuid[] default '{}')
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  me public.staff;
  centre_name text;
  subj record;
  authoriser text;
  event_id uuid := gen_random_uuid();
  new_id uuid;
  counted integer;
begin
  select * into me from public.staff where user_id = auth.uid() and active;
  select c.name into centre_name from public.centres c where c.id = me.centre_id;

  -- A resent form (poor connection) returns what the first one recorded instead of failing.
  if d.client_key is not null then
    select id into new_id from public.dispositions x
    where x.client_key = d.client_key and x.recorded_by = me.user_id
      and (x.animal_id, x.lot_id, x.item_id) is not distinct from (d.animal_id, d.lot_id, d.item_id);
    if new_id is not null then
      return new_id;
    end if;
  end if;

  if d.animal_id is not null then
    select a.case_id, a.status::text as state, a.code as label, 1 as available into subj
    from public.animals a where a.id = d.animal_id and a.case_id in (select public.readable_case_ids()) for update;
  elsif d.lot_id is not null then
    select l.case_id, 'in_care' as state, null::text as label, l.in_care as available into subj
    from public.lots l where l.id = d.lot_id and l.case_id in (select public.readable_case_ids()) for update;
  else
    select i.case_id, i.status::text as state, i.description as label, 1 as available into subj
    from public.evidence_items i where i.id = d.item_id and i.case_id in (select public.readable_case_ids()) for update;
  end if;
  if subj.case_id is null then
    raise exception 'No such animal, lot or item in the cases open to you.' using errcode = 'PT404';
  end if;
  d.case_id := subj.case_id;
  counted := coalesce(d.head_count, 1);

  if subj.state not in ('in_care', 'held') then
    raise exception 'This one already left the centre''s custody (%): custody ends only once.', subj.state
      using errcode = 'RL301', hint = 'form';
  end if;
  if d.lot_id is not null and counted > subj.available then
    raise exception 'The lot has % animals in care as a group: % cannot leave.', subj.available, counted
      using errcode = 'RL302', hint = 'count';
  end if;
  if d.kind in ('released', 'transferred_out', 'destroyed') and public.case_on_hold(d.case_id) then
    raise exception 'This case is on evidence hold: its animals and items cannot be released, transferred or destroyed until the hold is lifted.'
      using errcode = 'RL303', hint = 'form';
  end if;
  if d.kind = 'euthanized' and public.case_on_hold(d.case_id) and d.hold_consent_reference is null then
    raise exception 'This case is on evidence hold: give the reference of the prosecutor''s or court''s consent to euthanasia.'
      using errcode = 'RL304', hint = 'holdConsentReference';
  end if;
  if d.occurred_at > now() + interval '5 minutes' then
    raise exception 'The time is in the future.' using errcode = 'RL010', hint = 'occurredAt';
  end if;
  if d.occurred_at < (select min(e.occurred_at) from public.custody_events e where e.case_id = d.case_id) then
    raise exception 'The time is before the seizure.' using errcode = 'RL305', hint = 'occurredAt';
  end if;
  if d.kind in ('euthanized', 'destroyed') then
    select s.full_name into authoriser from public.staff s
    where s.user_id = d.authorised_by and s.active and s.centre_id = me.centre_id
      and s.role in ('vet', 'admin') and (d.kind = 'destroyed' or s.role = 'vet');
    if authoriser is null then
      raise exception 'Name the % who authorised it.', case d.kind when 'euthanized' then 'vet' else 'vet or admin' end
        using errcode = 'RL307', hint = 'authorisedBy';
    end if;
  end if;

  if d.animal_id is not null then
    update public.animals set status = (case d.kind when 'transferred_out' then 'transferred' else d.kind::text end)::public.animal_status
    where id = d.animal_id;
  elsif d.lot_id is not null then
    update public.lots set
      in_care = in_care - counted,
      released = released + case when d.kind = 'released' then counted else 0 end,
      transferred = transferred + case when d.kind = 'transferred_out' then counted else 0 end,
      died = died + case when d.kind = 'died' then counted else 0 end,
      euthanized = euthanized + case when d.kind = 'euthanized' then counted else 0 end,
      escaped = escaped + case when d.kind = 'escaped' then counted else 0 end
    where id = d.lot_id;
  else
    update public.evidence_items set status = case d.kind when 'destroyed' then 'destroyed' else 'handed_over' end::public.item_status
    where id = d.item_id;
  end if;

  perform set_config('rescue_ledger.disposing', event_id::text, true);
  insert into public.custody_events (id, case_id, animal_id, lot_id, item_id, event_type, occurred_at, place,
    from_name, from_agency, from_id_number, to_name, to_agency, to_id_number, purpose, notes, photo_ids, head_count)
  values (event_id, d.case_id, d.animal_id, d.lot_id, d.item_id, d.kind::text::public.custody_event_type, d.occurred_at, d.place,
    case when d.kind = 'transferred_out' then me.full_name end,
    case when d.kind = 'transferred_out' then coalesce(me.agency, centre_name) end,
    case when d.kind = 'transferred_out' then me.id_number end,
    case when d.kind = 'transferred_out' then d.received_by_name else me.full_name end,
    case when d.kind = 'transferred_out' then d.receiving_organisation else coalesce(me.agency, centre_name) end,
    case when d.kind = 'transferred_out' then d.received_by_id_number else me.id_number end,
    case d.kind
      when 'released' then format('Released: %s, %s', counted, d.method)
      when 'transferred_out' then format('Transferred to %s under permit %s', d.receiving_organisation, d.permit_number)
      when 'died' then format('%s: %s', case when d.found_dead then 'Found dead' else 'Died' end, d.cause)
      when 'euthanized' then format('Euthanized (%s), authorised by %s: %s', d.method, authoriser, d.reason)
      when 'escaped' then 'Escaped'
      when 'destroyed' then format('Destroyed (%s), authorised by %s: %s', d.method, authoriser, d.reason)
    end || case when d.hold_consent_reference is not null then format(' (evidence hold consent %s)', d.hold_consent_reference) else '' end,
    d.notes, coalesce(p_photo_ids, '{}'), case when d.item_id is null then counted end);

  insert into public.dispositions (case_id, kind, lot_id, animal_id, item_id, head_count, occurred_at, place, release_event_id,
    receiving_organisation, permit_number, received_by_name, received_by_id_number, found_dead, cause, reason,
    authorised_by, method, hold_consent_reference, notes, custody_event_id, client_key)
  values (d.case_id, d.kind, d.lot_id, d.animal_id, d.item_id, case when d.item_id is null then counted end, d.occurred_at, d.place,
    d.release_event_id, d.receiving_organisation, d.permit_number, d.received_by_name, d.received_by_id_number, d.found_dead,
    d.cause, d.reason, d.authorised_by, d.method, d.hold_consent_reference, d.notes, event_id, d.client_key)
  returning id into new_id;
  return new_id;
end
$$;
comment on function public.dispose_of(public.dispositions, uuid[]) is
  'Internal: ends custody of the animal, lot part or item in d (refusing a second ending, more than the lot holds, a held case), updates status or counts, chains the custody event and writes the dispositions row. Not callable by clients.';

revoke execute on function public.dispose_of(public.dispositions, uuid[]) from public, anon, authenticated;

create function public.record_disposition(
  p_kind public.disposition_kind,
  p_occurred_at timestamptz,
  p_place text,
  p_animal_id uuid default null,
  p_lot_id uuid default null,
  p_item_id uuid default null,
  p_count integer default null,
  p_receiving_organisation text default null,
  p_permit_number text default null,
  p_received_by_name text default null,
  p_received_by_id_number text default null,
  p_found_dead boolean default null,
  p_cause text default null,
  p_reason text default null,
  p_authorised_by uuid default null,
  p_method text default null,
  p_hold_consent_reference text default null,
  p_notes text default null,
  p_photo_ids uuid[] default '{}',
  p_client_key uuid default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  d public.dispositions;
begin
  if p_kind = 'released' then
    raise exception 'A release is recorded from an approved release assessment, with its site and team.'
      using errcode = 'RL306', hint = 'form';
  end if;
  if not (select public.has_role(variadic case p_kind
      when 'died' then array['admin', 'vet', 'keeper']
      when 'escaped' then array['admin', 'vet', 'keeper']
      when 'euthanized' then array['admin', 'vet']
      when 'transferred_out' then array['admin', 'vet', 'release_team']
      else array['admin'] end::public.staff_role[])) then
    raise exception 'Your role cannot record this disposition.' using errcode = '42501';
  end if;
  if num_nonnulls(p_animal_id, p_lot_id, p_item_id) <> 1 then
    raise exception 'Name one animal, one lot or one item.' using errcode = '22023';
  end if;
  if p_lot_id is not null and p_count is null then
    raise exception 'Say how many animals of the lot.' using errcode = 'RL302', hint = 'count';
  end if;
  if p_lot_id is null and p_count is not null and p_count <> 1 then
    raise exception 'An animal or an item is one.' using errcode = '22023', hint = 'count';
  end if;

  d.kind := p_kind;
  d.animal_id := p_animal_id;
  d.lot_id := p_lot_id;
  d.item_id := p_item_id;
  d.head_count := case when p_item_id is null then coalesce(p_count, 1) end;
  d.occurred_at := p_occurred_at;
  d.place := p_place;
  d.receiving_organisation := p_receiving_organisation;
  d.permit_number := p_permit_number;
  d.received_by_name := p_received_by_name;
  d.received_by_id_number := p_received_by_id_number;
  d.found_dead := p_found_dead;
  d.cause := p_cause;
  d.reason := p_reason;
  d.authorised_by := p_authorised_by;
  d.method := p_method;
  d.hold_consent_reference := p_hold_consent_reference;
  d.notes := p_notes;
  d.client_key := p_client_key;
  return public.dispose_of(d, p_photo_ids);
end
$$;
comment on function public.record_disposition(public.disposition_kind, timestamptz, text, uuid, uuid, uuid, integer, text, text, text, text, boolean, text, text, uuid, text, text, text, uuid[], uuid) is
  'Records a transfer out, death, euthanasia or escape of an animal or part of a lot, or an item handed over or destroyed, in one transaction. Died/escaped: keepers, vets, admins; euthanized: vets, admins (authorised by a vet); transferred out: vets, release team, admins; destroyed: admins. Safe to resend with the same client key.';

revoke execute on function public.record_disposition from public, anon;
grant execute on function public.record_disposition to authenticated;
