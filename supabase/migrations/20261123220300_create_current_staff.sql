-- The signed-in caller's own staff record in one request. PostgREST verifies the access token's
-- signature and expiry before this runs, and auth.uid() comes from those verified claims, so the
-- app needs no second request to the auth server on every page (as Supabase's getClaims()).

create function public.current_staff()
returns table (
  user_id uuid, centre_id uuid, full_name text, role public.staff_role, active boolean,
  agency text, id_number text, centre_name text
)
language sql
stable
set search_path = ''
as $$
  select s.user_id, s.centre_id, s.full_name, s.role, s.active, s.agency, s.id_number, c.name
  from public.staff s left join public.centres c on c.id = s.centre_id
  where s.user_id = (select auth.uid())
$$;
comment on function public.current_staff() is
  'The caller''s staff row with their centre''s name, active or not; no row for anyone else. Security invoker: the staff table''s own-row policy decides.';

revoke execute on function public.current_staff() from public, anon;
grant execute on function public.current_staff() to authenticated, service_role;
