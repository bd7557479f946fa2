-- Helpers the actor files share, created first (files run in name order) and kept: this file
-- commits. `tests` is a schema of the test database only; no migration creates it.
begin;
create extension if not exists pgtap with schema extensions;
create schema if not exists tests;
grant usage on schema tests to anon, authenticated;

-- Become a demo actor of supabase/seed.sql for the rest of the transaction, with the claims
-- PostgREST would set for their JWT. 'anon' is the anonymous caller.
create or replace function tests.authenticate_as(actor text)
returns void
language plpgsql
as $$
declare
  user_id uuid := case actor
    when 'admin' then '00000000-0000-4000-8000-0000000000a1'
    when 'vet' then '00000000-0000-4000-8000-0000000000a2'
    when 'keeper' then '00000000-0000-4000-8000-0000000000a3'
    when 'release_team' then '00000000-0000-4000-8000-0000000000a4'
    when 'prosecutor' then '00000000-0000-4000-8000-0000000000a5'
  end;
begin
  if actor = 'anon' then
    perform set_config('request.jwt.claims', '{"role":"anon"}', true);
    perform set_config('role', 'anon', true);
    return;
  end if;
  if user_id is null then
    raise exception 'unknown test actor %', actor;
  end if;
  perform set_config('request.jwt.claims', json_build_object('sub', user_id, 'role', 'authenticated')::text, true);
  perform set_config('role', 'authenticated', true);
end
$$;
comment on function tests.authenticate_as(text) is 'Tests only: act as a demo actor until the transaction ends.';
grant execute on function tests.authenticate_as(text) to anon, authenticated;

set local search_path = public, extensions;
select plan(1);
select has_function('tests', 'authenticate_as', array['text'], 'the actor helper exists');
select * from finish();
commit;
