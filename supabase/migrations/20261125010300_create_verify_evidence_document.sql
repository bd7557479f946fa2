-- Verification of an issued sheet, open to anyone holding its document ID (the QR code on every
-- page): no sign-in, and no personal data in the answer, only what the document is, when it was
-- issued, whether the records it was drawn from are unchanged, and if not, what changed (event
-- positions and field names, never values).
--
-- Three outcomes:
--   unchanged   the content recomputed now has the issued hash, and the case's chain verifies;
--   superseded  the chain verifies and every event on the sheet is as issued, but the records have
--               moved on (new events, counts, corrected case details): the sheet was true when issued;
--   altered     the chain no longer verifies, or an event on the sheet differs or is gone.

create function public.verify_evidence_document(p_document_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  doc public.evidence_documents;
  now_content jsonb;
  now_hash text;
  chain record;
  changed jsonb;
  missing jsonb;
  added integer;
  sections jsonb;
  status text;
begin
  select * into doc from public.evidence_documents d where d.id = p_document_id;
  if doc.id is null then
    return jsonb_build_object('found', false, 'document_id', p_document_id);
  end if;

  now_content := public.evidence_sheet_content(doc.subject, doc.subject_id, doc.include_veterinary, doc.include_offender);
  now_hash := public.evidence_content_hash(now_content);
  select * into chain from public.verify_custody_chain(doc.case_id);

  -- The same hash means the same content: nothing to compare (the common case, and half the cost).
  if now_hash = doc.content_hash then
    changed := '[]'; missing := '[]'; added := 0; sections := '[]';
  else
    with issued as (
      select e.value as ev, (e.value ->> 'id') as id from jsonb_array_elements(doc.content -> 'events') e
    ), current as (
      select e.value as ev, (e.value ->> 'id') as id from jsonb_array_elements(coalesce(now_content -> 'events', '[]')) e
    )
    select
      coalesce((select jsonb_agg(jsonb_build_object(
          'position', (i.ev ->> 'position')::integer, 'type', i.ev ->> 'type', 'occurred_at', i.ev ->> 'occurred_at',
          'changed_fields', (select jsonb_agg(k order by k) from jsonb_object_keys(i.ev) k
                             where i.ev -> k is distinct from c.ev -> k))
        order by (i.ev ->> 'position')::integer)
        from issued i join current c on c.id = i.id where i.ev <> c.ev), '[]'),
      coalesce((select jsonb_agg((i.ev ->> 'position')::integer order by (i.ev ->> 'position')::integer)
        from issued i where not exists (select 1 from current c where c.id = i.id)), '[]'),
      (select count(*)::integer from current c where not exists (select 1 from issued i where i.id = c.id))
    into changed, missing, added;

    select coalesce(jsonb_agg(k order by k), '[]') into sections
    from jsonb_object_keys(doc.content) k
    where k <> 'events' and doc.content -> k is distinct from now_content -> k;
  end if;

  status := case
    when now_hash = doc.content_hash and chain.valid then 'unchanged'
    when chain.valid and jsonb_array_length(changed) = 0 and jsonb_array_length(missing) = 0 then 'superseded'
    else 'altered'
  end;

  return jsonb_build_object(
    'found', true,
    'document_id', doc.id,
    'status', status,
    'subject', doc.subject,
    'subject_label', doc.content -> 'subject' ->> 'label',
    'case_number', doc.content -> 'case' ->> 'case_number',
    'language', doc.language,
    'generated_at', public.utc_text(doc.generated_at),
    'generated_for_request', doc.request_id is not null,
    'content_hash', doc.content_hash,
    'content_hash_now', now_hash,
    'pdf_sha256', doc.pdf_sha256,
    'chain_head', doc.chain_head,
    'chain_events', doc.chain_events,
    'chain', jsonb_build_object('valid', chain.valid, 'events', chain.events, 'head', chain.head,
      'first_broken_position', chain.first_broken_position, 'problem', chain.problem),
    'changed_events', changed,
    'missing_events', missing,
    'events_added', added,
    'changed_sections', sections
  );
end
$$;
comment on function public.verify_evidence_document(uuid) is
  'Anyone: whether an issued evidence sheet still matches the records, and which events or sections changed. No personal data.';

revoke execute on function public.verify_evidence_document(uuid) from public;
grant execute on function public.verify_evidence_document(uuid) to anon, authenticated, service_role;
