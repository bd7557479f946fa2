-- What autovacuum's auto-analyze does on a real Postgres, which PGlite does not have: refresh the
-- planner statistics of tables that changed a lot since they were last analysed. Without it a
-- database that started empty keeps planning every query, foreign-key check and PL/pgSQL
-- statement as if its tables were empty (measured: a 5,000-animal intake took 3.8 s instead of
-- 1.4 s). Same thresholds as autovacuum's defaults: 50 rows plus 10 % of the table.
create or replace function stack_internal.auto_analyze()
returns setof text
language plpgsql
security definer
set search_path = ''
as $$
declare
  t record;
begin
  for t in
    select s.schemaname, s.relname
    from pg_catalog.pg_stat_user_tables s
    where s.schemaname in ('public', 'auth', 'storage')
      and s.n_mod_since_analyze > 50 + 0.1 * s.n_live_tup
  loop
    execute format('analyze %I.%I', t.schemaname, t.relname);
    return next t.schemaname || '.' || t.relname;
  end loop;
end
$$;
comment on function stack_internal.auto_analyze() is
  'Embedded stack only: analyses the tables changed by more than 50 rows + 10 % since their last analysis; the stack calls it every 15 s.';
revoke all on function stack_internal.auto_analyze() from public, anon, authenticated;
grant execute on function stack_internal.auto_analyze() to service_role;
