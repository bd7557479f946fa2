-- The staff page shows each person's sign-in e-mail, which lives in auth.users (not exposed to
-- the API). One call for a page of staff, answered only for admins, instead of one admin-API
-- request per person with the service key.

create function public.staff_emails(user_ids uuid[])
returns table (user_id uuid, email text)
language sql
stable
security definer
set search_path = ''
as $$
  select u.id, u.email::text
  from auth.users u
  join public.staff s on s.user_id = u.id
  where u.id = any (user_ids)
    and (select public.has_role('admin'))
$$;
comment on function public.staff_emails(uuid[]) is
  'Sign-in e-mails of the given staff members; empty unless the caller is an active admin.';

revoke execute on function public.staff_emails(uuid[]) from public, anon;
grant execute on function public.staff_emails(uuid[]) to authenticated;
