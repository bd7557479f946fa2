-- Prosecutors' evidence requests and the evidence sheets issued for them (or by an admin directly).
--
-- A prosecutor asks for a sheet of a case granted to them (the whole case, a lot, an animal or an
-- item), says what for, for which court case and by when; an admin declines with a reason or
-- approves by issuing the sheet (issue_evidence_document, next migration), which fulfils the
-- request in the same transaction. Issued documents are append-only: what a court was given never
-- changes; the verify page compares it with the records as they are now.
--
-- Refusals (SQLSTATE, HINT names the form field):
--   RL401 the subject is not part of the case      (hint subjectId)
--   RL402 the request was already decided          (hint requestId)
--   RL403 a decline needs a reason                 (hint reason)

create type public.evidence_request_status as enum ('requested', 'issued', 'declined', 'withdrawn');
comment on type public.evidence_request_status is
  'requested: waiting for an admin. issued: approved, its sheet generated. declined: refused with a reason. withdrawn: cancelled by the prosecutor.';

create table public.evidence_requests (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  prosecutor_id uuid not null default auth.uid() references public.staff (user_id),
  subject public.custody_subject not null default 'case',
  lot_id uuid,
  animal_id uuid,
  item_id uuid,
  language text not null default 'en' check (language in ('en', 'km')),
  purpose text not null check (length(trim(purpose)) between 5 and 1000),
  court_case_number text check (court_case_number is null or length(trim(court_case_number)) between 1 and 100),
  needed_by date,
  status public.evidence_request_status not null default 'requested',
  decided_by uuid references public.staff (user_id),
  decided_at timestamptz,
  decline_reason text check (decline_reason is null or length(trim(decline_reason)) between 5 and 1000),
  requested_at timestamptz not null default now(),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (item_id, case_id) references public.evidence_items (id, case_id),
  constraint evidence_requests_subject_matches check (
    case subject
      when 'case' then num_nonnulls(lot_id, animal_id, item_id) = 0
      when 'lot' then lot_id is not null and num_nonnulls(animal_id, item_id) = 0
      when 'animal' then animal_id is not null and num_nonnulls(lot_id, item_id) = 0
      when 'item' then item_id is not null and num_nonnulls(lot_id, animal_id) = 0
    end
  ),
  constraint evidence_requests_decision_complete check (
    (status in ('requested', 'withdrawn')) = (decided_at is null)
    and (status = 'declined') = (decline_reason is not null)
  )
);
create index evidence_requests_case_id_idx on public.evidence_requests (case_id, requested_at desc);
create index evidence_requests_prosecutor_id_idx on public.evidence_requests (prosecutor_id, requested_at desc);
create index evidence_requests_open_idx on public.evidence_requests (requested_at) where status = 'requested';
comment on table public.evidence_requests is
  'A prosecutor''s request for an evidence sheet of a granted case, and the admin''s decision on it.';

create function public.prepare_evidence_request()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.prosecutor_id := auth.uid();
    new.status := 'requested';
    new.decided_by := null;
    new.decided_at := null;
    new.decline_reason := null;
    new.requested_at := now();
    if new.needed_by is not null and new.needed_by < current_date then
      raise exception 'The date the sheet is needed by has passed.' using errcode = '22023', hint = 'neededBy';
    end if;
    return new;
  end if;
  -- Updates: only the state moves, forward, once; what was asked for stays as asked.
  if (new.case_id, new.prosecutor_id, new.subject, new.lot_id, new.animal_id, new.item_id, new.language,
      new.purpose, new.court_case_number, new.needed_by, new.requested_at)
     is distinct from
     (old.case_id, old.prosecutor_id, old.subject, old.lot_id, old.animal_id, old.item_id, old.language,
      old.purpose, old.court_case_number, old.needed_by, old.requested_at) then
    raise exception 'A request cannot be edited: withdraw it and ask again.' using errcode = '42501';
  end if;
  if old.status <> 'requested' then
    raise exception 'This request was already %.', old.status using errcode = 'RL402', hint = 'requestId';
  end if;
  return new;
end
$$;
comment on function public.prepare_evidence_request() is
  'Stamps a new request (who, when, requested) and lets an update only move a waiting request on, never change what was asked.';

create trigger evidence_requests_prepare before insert or update on public.evidence_requests
  for each row execute function public.prepare_evidence_request();

create function public.decline_evidence_request(p_request_id uuid, p_reason text)
returns public.evidence_requests
language plpgsql
security definer
set search_path = ''
as $$
declare
  declined public.evidence_requests;
begin
  if not public.has_role('admin') then
    raise exception 'Only an admin can decline an evidence request.' using errcode = '42501';
  end if;
  if length(trim(coalesce(p_reason, ''))) < 5 then
    raise exception 'Say why the request is declined (at least 5 characters).' using errcode = 'RL403', hint = 'reason';
  end if;
  update public.evidence_requests r
  set status = 'declined', decided_by = auth.uid(), decided_at = now(), decline_reason = trim(p_reason)
  where r.id = p_request_id and r.case_id in (select public.readable_case_ids())
  returning * into declined;
  if declined.id is null then
    raise exception 'No such evidence request in your centre.' using errcode = 'P0002', hint = 'requestId';
  end if;
  return declined;
end
$$;
comment on function public.decline_evidence_request(uuid, text) is
  'An admin refuses a waiting request with a reason the prosecutor sees.';

alter table public.evidence_requests enable row level security;

create policy "Admins and the requesting prosecutor can read evidence requests" on public.evidence_requests
  for select to authenticated
  using (
    ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
    or prosecutor_id = (select auth.uid())
  );
create policy "Prosecutors can request sheets of the cases granted to them" on public.evidence_requests
  for insert to authenticated
  with check (
    (select public.has_role('prosecutor'))
    and case_id in (select g.case_id from public.case_grants g where g.prosecutor_id = (select auth.uid()))
  );
create policy "Prosecutors can withdraw their waiting requests" on public.evidence_requests
  for update to authenticated
  using (prosecutor_id = (select auth.uid()) and status = 'requested')
  with check (prosecutor_id = (select auth.uid()) and status = 'withdrawn');

revoke all on public.evidence_requests from anon;
revoke delete, truncate on public.evidence_requests from authenticated, service_role;
revoke execute on function public.decline_evidence_request(uuid, text) from public, anon;
grant execute on function public.decline_evidence_request(uuid, text) to authenticated, service_role;

create trigger evidence_requests_audit_insert after insert on public.evidence_requests
  referencing new table as new_rows for each statement execute function public.audit_changes();
create trigger evidence_requests_audit_update after update on public.evidence_requests
  referencing old table as old_rows new table as new_rows for each statement execute function public.audit_changes();
