-- Issued evidence sheets: the generation log. One row per PDF handed out, with the evidence content
-- it was drawn from, that content's SHA-256, the custody chain head at the time, the PDF's own
-- SHA-256 and where the file is kept. Append-only for every role.
--
-- Issuing is two calls around the rendering, so that the database, not the app, vouches for the
-- hash printed on the sheet: evidence_sheet_draft() returns the content and its hash; the app
-- draws the PDF (document ID, hash and chain head in every footer), stores it, then
-- issue_evidence_document() recomputes the content and refuses if it no longer has that hash.
--
-- Refusals (SQLSTATE, HINT names the field):
--   RL402 the request is not waiting any more       (hint requestId)
--   RL404 the case's custody chain does not verify  (hint caseId): no sheet is issued over a broken chain
--   RL405 the records changed while the sheet was drawn (hint contentHash): draw it again
--   RL406 no such subject in a case open to you     (hint subjectId)

create table public.evidence_documents (
  id uuid primary key,
  case_id uuid not null references public.seizure_cases (id),
  subject public.custody_subject not null,
  subject_id uuid not null,
  language text not null check (language in ('en', 'km')),
  request_id uuid unique references public.evidence_requests (id),
  include_veterinary boolean not null,
  include_offender boolean not null,
  content jsonb not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  chain_head text not null check (chain_head ~ '^[0-9a-f]{64}$'),
  chain_events integer not null check (chain_events >= 0),
  pdf_sha256 text not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  byte_size integer not null check (byte_size > 0),
  storage_path text not null unique check (storage_path ~ '^sheets/[0-9a-f-]{36}\.pdf$'),
  generated_by uuid not null references public.staff (user_id),
  generated_at timestamptz not null
);
create index evidence_documents_case_id_idx on public.evidence_documents (case_id, generated_at desc);
comment on table public.evidence_documents is
  'Every evidence sheet issued: its content, content hash, chain head and PDF hash. Append-only; the verify page compares it with the records.';

create trigger evidence_documents_append_only before update or delete on public.evidence_documents
  for each row execute function public.refuse_audit_change();
create trigger evidence_documents_no_truncate before truncate on public.evidence_documents
  for each statement execute function public.refuse_audit_change();
create trigger evidence_documents_audit_insert after insert on public.evidence_documents
  referencing new table as new_rows for each statement execute function public.audit_changes();

create function public.evidence_sheet_draft(
  p_subject public.custody_subject, p_subject_id uuid, p_request_id uuid,
  p_include_veterinary boolean, p_include_offender boolean
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  req public.evidence_requests;
  grant_row public.case_grants;
  content jsonb;
  chain record;
  case_id uuid;
begin
  if not public.has_role('admin') then
    raise exception 'Only an admin can issue evidence sheets.' using errcode = '42501';
  end if;
  if p_request_id is not null then
    select * into req from public.evidence_requests r
    where r.id = p_request_id and r.case_id in (select public.readable_case_ids());
    if req.id is null then
      raise exception 'No such evidence request in your centre.' using errcode = 'P0002', hint = 'requestId';
    end if;
    if req.status <> 'requested' then
      raise exception 'This request was already %.', req.status using errcode = 'RL402', hint = 'requestId';
    end if;
    -- A request's sheet shows what the prosecutor's grant allows, whatever the form said.
    select * into grant_row from public.case_grants g where g.case_id = req.case_id and g.prosecutor_id = req.prosecutor_id;
    if grant_row.case_id is null then
      raise exception 'The prosecutor no longer holds a grant for this case.' using errcode = '42501', hint = 'requestId';
    end if;
    p_subject := req.subject;
    p_subject_id := coalesce(req.lot_id, req.animal_id, req.item_id, req.case_id);
    p_include_veterinary := grant_row.include_veterinary;
    p_include_offender := grant_row.include_offender;
  end if;

  content := public.evidence_sheet_content(p_subject, p_subject_id, coalesce(p_include_veterinary, false), coalesce(p_include_offender, false));
  case_id := (content -> 'case' ->> 'id')::uuid;
  if content is null or case_id not in (select public.readable_case_ids()) then
    raise exception 'No such % in a case open to you.', p_subject using errcode = 'RL406', hint = 'subjectId';
  end if;
  select * into chain from public.verify_custody_chain(case_id);
  if not chain.valid then
    raise exception 'The custody chain of this case does not verify at position % (%): no sheet can be issued until it is resolved.',
      chain.first_broken_position, chain.problem using errcode = 'RL404', hint = 'caseId';
  end if;
  return jsonb_build_object(
    'case_id', case_id, 'subject', p_subject, 'subject_id', p_subject_id, 'request_id', p_request_id,
    'language', req.language,
    'include_veterinary', coalesce(p_include_veterinary, false), 'include_offender', coalesce(p_include_offender, false),
    'content', content, 'content_hash', public.evidence_content_hash(content),
    'chain_head', chain.head, 'chain_events', chain.events
  );
end
$$;
comment on function public.evidence_sheet_draft(public.custody_subject, uuid, uuid, boolean, boolean) is
  'Admins: the content of a sheet to be issued (for a request: its subject and its grant''s inclusions), its hash and the verified chain head. Writes nothing.';

create function public.issue_evidence_document(
  p_document_id uuid, p_subject public.custody_subject, p_subject_id uuid, p_request_id uuid, p_language text,
  p_include_veterinary boolean, p_include_offender boolean, p_content_hash text, p_generated_at timestamptz,
  p_pdf_sha256 text, p_byte_size integer
)
returns public.evidence_documents
language plpgsql
security definer
set search_path = ''
as $$
declare
  draft jsonb := public.evidence_sheet_draft(p_subject, p_subject_id, p_request_id, p_include_veterinary, p_include_offender);
  issued public.evidence_documents;
begin
  if draft ->> 'content_hash' is distinct from p_content_hash then
    raise exception 'The records changed while the sheet was being drawn: draw it again.' using errcode = 'RL405', hint = 'contentHash';
  end if;
  if p_generated_at is null or p_generated_at not between now() - interval '10 minutes' and now() + interval '1 minute' then
    raise exception 'The generation time printed on the sheet must be the present.' using errcode = '22023', hint = 'generatedAt';
  end if;
  insert into public.evidence_documents (
    id, case_id, subject, subject_id, language, request_id, include_veterinary, include_offender,
    content, content_hash, chain_head, chain_events, pdf_sha256, byte_size, storage_path, generated_by, generated_at
  ) values (
    p_document_id, (draft ->> 'case_id')::uuid, (draft ->> 'subject')::public.custody_subject, (draft ->> 'subject_id')::uuid,
    coalesce(draft ->> 'language', p_language), p_request_id,
    (draft ->> 'include_veterinary')::boolean, (draft ->> 'include_offender')::boolean,
    draft -> 'content', draft ->> 'content_hash', draft ->> 'chain_head', (draft ->> 'chain_events')::integer,
    p_pdf_sha256, p_byte_size, 'sheets/' || p_document_id || '.pdf', auth.uid(), p_generated_at
  ) returning * into issued;
  if p_request_id is not null then
    update public.evidence_requests set status = 'issued', decided_by = auth.uid(), decided_at = now()
    where id = p_request_id;
  end if;
  return issued;
end
$$;
comment on function public.issue_evidence_document(uuid, public.custody_subject, uuid, uuid, text, boolean, boolean, text, timestamptz, text, integer) is
  'Admins: records an issued sheet once its content hash is confirmed against the records as they are now; fulfils its request in the same transaction.';

alter table public.evidence_documents enable row level security;
create policy "Admins and the requesting prosecutor can read issued sheets" on public.evidence_documents
  for select to authenticated
  using (
    ((select public.has_role('admin')) and case_id in (select public.readable_case_ids()))
    or request_id in (select r.id from public.evidence_requests r where r.prosecutor_id = (select auth.uid()))
  );
revoke all on public.evidence_documents from anon;
revoke insert, update, delete, truncate on public.evidence_documents from authenticated, service_role;
revoke execute on function public.evidence_sheet_draft(public.custody_subject, uuid, uuid, boolean, boolean) from public, anon;
revoke execute on function public.issue_evidence_document(uuid, public.custody_subject, uuid, uuid, text, boolean, boolean, text, timestamptz, text, integer) from public, anon;
grant execute on function public.evidence_sheet_draft(public.custody_subject, uuid, uuid, boolean, boolean) to authenticated, service_role;
grant execute on function public.issue_evidence_document(uuid, public.custody_subject, uuid, uuid, text, boolean, boolean, text, timestamptz, text, integer) to authenticated, service_role;

-- The PDFs as issued. Admins store them (the app, signed in as the issuing admin, before
-- issue_evidence_document); whoever may read the document row may read its file. An object whose
-- issue was refused has no document row and may be removed; an issued one never.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('evidence-sheets', 'evidence-sheets', false, 104857600, array['application/pdf']);

create policy "Admins can store evidence sheets being issued" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'evidence-sheets' and (select public.has_role('admin')));
-- Storing returns the stored row, which must pass a read policy before the document row exists.
create policy "Admins can read the sheets they stored" on storage.objects
  for select to authenticated
  using (bucket_id = 'evidence-sheets' and (select public.has_role('admin')) and owner_id = (select auth.uid()::text));
create policy "Readers of an issued sheet can download it" on storage.objects
  for select to authenticated
  using (bucket_id = 'evidence-sheets' and name in (select d.storage_path from public.evidence_documents d));
create policy "Admins can remove a sheet whose issue was refused" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'evidence-sheets' and (select public.has_role('admin'))
    and not exists (select 1 from public.evidence_documents d where d.storage_path = name)
  );
