-- The audit log (issue 6): every insert, update and delete on every table that holds records is
-- written here by a trigger, with the old and new values, who (the signed-in user, and the
-- database role for what no user did) and when. Nobody changes or deletes it, the owner included;
-- admins read it.
--
-- Statement-level triggers with transition tables: one INSERT … SELECT per statement, so an intake
-- of 785 animals costs three statements here, not 2,355 (each PL/pgSQL statement is dear in PGlite).

create table public.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  -- The row's key as text: its id, or its key columns joined by '/'.
  row_key text not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  old_values jsonb,
  new_values jsonb,
  actor uuid,
  db_role text not null,
  at timestamptz not null default now(),
  transaction_id bigint not null default txid_current()
);
create index audit_log_row_idx on public.audit_log (table_name, row_key, id desc);
create index audit_log_actor_idx on public.audit_log (actor, id desc) where actor is not null;
comment on table public.audit_log is
  'Append-only record of every change to the tables that hold records: table, row key, action, old and new values, who, when. Written only by audit_changes().';

create function public.audit_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- The key columns, from the trigger's arguments ('id' when none are given).
  keys text[] := case when tg_nargs = 0 then array['id'] else tg_argv end;
  -- The caller's role (current_user is this function's owner here): the role set by PostgREST or
  -- a session's SET ROLE, else the role it signed in as.
  caller text := coalesce(nullif(nullif(current_setting('role', true), 'none'), ''), session_user);
begin
  if tg_op = 'INSERT' then
    insert into public.audit_log (table_name, row_key, action, new_values, actor, db_role)
    select tg_table_name, (select string_agg(r.j ->> k, '/') from unnest(keys) k), 'insert', r.j, auth.uid(), caller
    from (select to_jsonb(n) as j from new_rows n) r;
  elsif tg_op = 'UPDATE' then
    insert into public.audit_log (table_name, row_key, action, old_values, new_values, actor, db_role)
    select tg_table_name, coalesce(n.k, o.k), 'update', o.j, n.j, auth.uid(), caller
    from (select to_jsonb(x) as j, (select string_agg(to_jsonb(x) ->> k, '/') from unnest(keys) k) as k from old_rows x) o
    full join (select to_jsonb(x) as j, (select string_agg(to_jsonb(x) ->> k, '/') from unnest(keys) k) as k from new_rows x) n on n.k = o.k
    where o.j is distinct from n.j;
  else
    insert into public.audit_log (table_name, row_key, action, old_values, actor, db_role)
    select tg_table_name, (select string_agg(r.j ->> k, '/') from unnest(keys) k), 'delete', r.j, auth.uid(), caller
    from (select to_jsonb(o) as j from old_rows o) r;
  end if;
  return null;
end
$$;
comment on function public.audit_changes() is
  'Writes one audit_log row per row a statement inserted, changed (with old and new values; unchanged rows skipped) or deleted. Arguments: the key columns (default id).';

create function public.refuse_audit_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'The audit log is append-only.' using errcode = '42501';
end
$$;
comment on function public.refuse_audit_change() is 'Guard of the audit log; fires for every role, the owner included.';

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function public.refuse_audit_change();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function public.refuse_audit_change();

-- Every table that holds records, with its key columns when it has no id.
do $$
declare
  t record;
  args text;
begin
  for t in select * from (values
    ('centres', null), ('staff', 'user_id'), ('species', null), ('seizure_cases', null),
    ('case_grants', 'case_id, prosecutor_id'), ('case_parties', 'case_id'), ('lots', null), ('animals', null),
    ('evidence_items', null), ('photos', null), ('custody_events', null), ('enclosures', null),
    ('quarantine_policies', 'centre_id, taxon_class'), ('quarantines', null), ('enclosure_moves', null),
    ('exams', null), ('lot_exams', null), ('problems', null), ('drugs', null), ('drug_dose_ranges', 'drug_id, taxon_class'),
    ('prescriptions', null), ('administrations', null), ('lab_results', null), ('necropsies', null),
    ('diet_plans', null), ('feeding_logs', null), ('feeding_alert_reviews', 'feeding_log_id'), ('evidence_holds', null),
    ('dispositions', null), ('release_checklists', null), ('release_checklist_questions', 'checklist_id, key'),
    ('release_assessments', null), ('release_assessment_answers', null), ('release_approvals', null),
    ('release_events', null), ('release_monitoring', null)
  ) as tables (name, key_columns) loop
    args := coalesce((select string_agg(quote_literal(trim(c)), ', ') from unnest(string_to_array(t.key_columns, ',')) c), '');
    execute format('create trigger %I after insert on public.%I referencing new table as new_rows for each statement execute function public.audit_changes(%s)',
      t.name || '_audit_insert', t.name, args);
    execute format('create trigger %I after update on public.%I referencing old table as old_rows new table as new_rows for each statement execute function public.audit_changes(%s)',
      t.name || '_audit_update', t.name, args);
    execute format('create trigger %I after delete on public.%I referencing old table as old_rows for each statement execute function public.audit_changes(%s)',
      t.name || '_audit_delete', t.name, args);
  end loop;
end
$$;

alter table public.audit_log enable row level security;
create policy "Admins can read the audit log" on public.audit_log
  for select to authenticated using ((select public.has_role('admin')));
revoke all on public.audit_log from anon;
revoke insert, update, delete, truncate on public.audit_log from authenticated, service_role;
