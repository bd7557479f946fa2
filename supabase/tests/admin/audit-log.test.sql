-- Every change to a record is in the audit log, with who and the old and new values; admins read
-- it, other staff do not, and nobody, the owner included, changes or deletes it.
begin;
set local search_path = public, extensions;
select plan(9);

select tests.authenticate_as('keeper');
select ok(tests.remember('au', public.record_seizure(tests.seizure_payload('SQLTEST-AUDIT-1'))), 'the keeper records a seizure');
update public.animals set notes = 'Scar on the left flank' where id = tests.animal_id('au', 0, 0);
select is((select count(*)::int from public.audit_log), 0, 'a keeper reads no audit log');

select tests.authenticate_as('admin');
select results_eq(
  format($$select action, actor, db_role from public.audit_log where table_name = 'seizure_cases' and row_key = %L$$, tests.case_id('au')),
  $$values ('insert', '00000000-0000-4000-8000-0000000000a3'::uuid, 'authenticated'::text)$$,
  'the admin reads who recorded the case'
);
select is(
  (select count(*)::int from public.audit_log a join public.animals x on x.id::text = a.row_key
   where a.table_name = 'animals' and a.action = 'insert' and x.case_id = tests.case_id('au')),
  3, 'one insert row per animal of the intake'
);
select results_eq(
  format($$select old_values ->> 'notes', new_values ->> 'notes', actor from public.audit_log
    where table_name = 'animals' and action = 'update' and row_key = %L$$, tests.animal_id('au', 0, 0)::text),
  $$values (null::text, 'Scar on the left flank'::text, '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'the change of the notes, before and after, and by whom'
);
select is(
  (select count(*)::int from public.audit_log where table_name = 'custody_events' and new_values ->> 'case_id' = tests.case_id('au')::text),
  (select count(*)::int from public.custody_events where case_id = tests.case_id('au')),
  'every custody event of the case is in the log'
);
select throws_ok($$update public.audit_log set actor = null$$, '42501', null, 'the admin cannot change the log');
select throws_ok($$delete from public.audit_log$$, '42501', null, 'nor delete from it');
reset role;
select throws_ok($$delete from public.audit_log where table_name = 'animals'$$, '42501', 'The audit log is append-only.', 'nor can the owner');

select * from finish();
rollback;
