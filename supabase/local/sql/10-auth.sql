-- The embedded stack's Auth (GoTrue-compatible subset): every read and write of auth.* that the
-- /auth/v1 handlers need, as functions the handlers call through PostgREST (POST /rpc/…, schema
-- stack_internal, service-role key). PGlite serves one SQL session, so the handlers must never open
-- a connection of their own; and one function per request makes each request one transaction.
--
-- Functions answer jsonb. A refusal is {"error": "<GoTrue error code>"} rather than an exception,
-- so that what a refusal must write (ending a session whose refresh token was reused) is committed.
-- Idempotent: it runs on every start, on PGlite and on a real PostgreSQL.

-- GoTrue's JSON times: RFC 3339 in UTC with microseconds.
create or replace function stack_internal.auth_time(t timestamptz) returns text
language sql immutable set search_path = '' as $$
  select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
comment on function stack_internal.auth_time(timestamptz) is
  'A timestamp as GoTrue writes it in JSON (UTC, microseconds, Z).';

-- GoTrue leaves "omitempty" fields out instead of sending null.
create or replace function stack_internal.auth_omit_nulls(j jsonb) returns jsonb
language sql immutable set search_path = '' as $$
  select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(j) where value <> 'null'::jsonb
$$;
comment on function stack_internal.auth_omit_nulls(jsonb) is
  'Drops the top-level keys whose value is null (GoTrue''s omitempty); nested metadata is left alone.';

-- GoTrue's metadata updates merge key by key, and a null value removes the key.
create or replace function stack_internal.auth_merge_meta(old jsonb, patch jsonb) returns jsonb
language sql immutable set search_path = '' as $$
  select stack_internal.auth_omit_nulls(coalesce(old, '{}'::jsonb) || coalesce(patch, '{}'::jsonb))
$$;
comment on function stack_internal.auth_merge_meta(jsonb, jsonb) is
  'Merges a metadata patch as GoTrue does: keys replaced one by one, null removes a key.';

-- Refresh tokens are bearer secrets: 144 random bits, base64url, no padding.
create or replace function stack_internal.auth_new_refresh_token() returns text
language sql volatile set search_path = '' as $$
  select translate(encode(extensions.gen_random_bytes(18), 'base64'), '+/', '-_')
$$;
comment on function stack_internal.auth_new_refresh_token() is
  'A new random refresh token (24 base64url characters).';

create or replace function stack_internal.auth_user_json(p_user_id uuid) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
      'id', u.id,
      'aud', coalesce(u.aud, ''),
      'role', coalesce(u.role, ''),
      'email', coalesce(u.email, ''),
      'phone', coalesce(u.phone, ''),
      'app_metadata', coalesce(u.raw_app_meta_data, '{}'::jsonb),
      'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
      'created_at', stack_internal.auth_time(u.created_at),
      'updated_at', stack_internal.auth_time(u.updated_at),
      'is_anonymous', u.is_anonymous,
      'identities', coalesce((
        select jsonb_agg(stack_internal.auth_omit_nulls(jsonb_build_object(
            'identity_id', i.id,
            'id', i.provider_id,
            'user_id', i.user_id,
            'identity_data', i.identity_data,
            'provider', i.provider,
            'last_sign_in_at', stack_internal.auth_time(i.last_sign_in_at),
            'created_at', stack_internal.auth_time(i.created_at),
            'updated_at', stack_internal.auth_time(i.updated_at),
            'email', i.email
          )) order by i.created_at, i.id)
        from auth.identities i where i.user_id = u.id
      ), '[]'::jsonb)
    ) || stack_internal.auth_omit_nulls(jsonb_build_object(
      'email_confirmed_at', stack_internal.auth_time(u.email_confirmed_at),
      'phone_confirmed_at', stack_internal.auth_time(u.phone_confirmed_at),
      'confirmed_at', stack_internal.auth_time(u.confirmed_at),
      'invited_at', stack_internal.auth_time(u.invited_at),
      'last_sign_in_at', stack_internal.auth_time(u.last_sign_in_at),
      'banned_until', stack_internal.auth_time(u.banned_until),
      'deleted_at', stack_internal.auth_time(u.deleted_at)
    ))
  from auth.users u where u.id = p_user_id
$$;
comment on function stack_internal.auth_user_json(uuid) is
  'A user as GoTrue''s JSON shows it (models.User), with its identities; null when there is none.';

-- What every token response needs besides the user: the rest is signed into the JWT by the handler.
create or replace function stack_internal.auth_session_json(p_session_id uuid, p_refresh_token text) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'user', stack_internal.auth_user_json(s.user_id),
    'session_id', s.id,
    'refresh_token', p_refresh_token,
    'aal', coalesce(s.aal, 'aal1'),
    -- the amr timestamp is the time of the sign-in, not of the latest refresh (as GoTrue's amr claims)
    'signed_in_at', floor(extract(epoch from s.created_at))::bigint
  )
  from auth.sessions s where s.id = p_session_id
$$;
comment on function stack_internal.auth_session_json(uuid, text) is
  'The session facts a token response and its access token are built from.';

create or replace function stack_internal.auth_sign_in(p_email text, p_password text, p_user_agent text, p_ip text)
returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  u auth.users;
  new_session_id uuid := gen_random_uuid();
  new_token text := stack_internal.auth_new_refresh_token();
begin
  select * into u from auth.users
  where lower(email) = lower(trim(p_email)) and aud = 'authenticated' and not is_sso_user
  limit 1;
  if not found or coalesce(u.encrypted_password, '') = '' then
    -- Hash anyway, so that the answer time does not tell which addresses have accounts.
    perform extensions.crypt(coalesce(p_password, ''), extensions.gen_salt('bf', 10));
    return jsonb_build_object('error', 'invalid_credentials');
  end if;
  if extensions.crypt(coalesce(p_password, ''), u.encrypted_password) is distinct from u.encrypted_password then
    return jsonb_build_object('error', 'invalid_credentials');
  end if;
  if u.banned_until is not null and u.banned_until > now() then
    return jsonb_build_object('error', 'user_banned');
  end if;
  if u.email_confirmed_at is null then
    return jsonb_build_object('error', 'email_not_confirmed');
  end if;

  insert into auth.sessions (id, user_id, created_at, updated_at, aal, refreshed_at, user_agent, ip)
  values (new_session_id, u.id, now(), now(), 'aal1', null, p_user_agent, p_ip::inet);
  insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
  values ('00000000-0000-0000-0000-000000000000', new_token, u.id::text, false, now(), now(), null, new_session_id);
  update auth.users set last_sign_in_at = now(), updated_at = now() where id = u.id;
  update auth.identities set last_sign_in_at = now() where user_id = u.id and provider = 'email';
  return stack_internal.auth_session_json(new_session_id, new_token);
end
$$;
comment on function stack_internal.auth_sign_in(text, text, text, text) is
  'POST /token?grant_type=password: checks the bcrypt hash and opens a session with its first refresh token, or answers {"error": code}.';

create or replace function stack_internal.auth_refresh(p_token text, p_reuse_interval_seconds integer, p_user_agent text, p_ip text)
returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  t auth.refresh_tokens;
  s auth.sessions;
  u auth.users;
  active auth.refresh_tokens;
  issued text;
begin
  -- The row lock serialises concurrent refreshes of one token (a real Postgres has many sessions).
  select * into t from auth.refresh_tokens where token = p_token for update;
  if not found or t.session_id is null then
    return jsonb_build_object('error', 'refresh_token_not_found');
  end if;
  select * into s from auth.sessions where id = t.session_id for update;
  select * into u from auth.users where id = s.user_id;
  if not found then
    return jsonb_build_object('error', 'refresh_token_not_found');
  end if;
  if u.banned_until is not null and u.banned_until > now() then
    return jsonb_build_object('error', 'user_banned');
  end if;
  if s.not_after is not null and s.not_after < now() then
    return jsonb_build_object('error', 'session_expired');
  end if;

  if t.revoked then
    select * into active from auth.refresh_tokens
    where session_id = s.id and not revoked order by id desc limit 1;
    if active.parent = t.token then
      -- The client lost the answer to its last refresh: give it the same child again.
      issued := active.token;
    elsif now() > t.updated_at + make_interval(secs => p_reuse_interval_seconds) then
      -- A rotated token used again after the grace period: assume it was stolen and end the whole
      -- session (its refresh tokens go with it). GoTrue only revokes the token family, which leaves
      -- the newest token usable again for one more reuse interval.
      delete from auth.sessions where id = s.id;
      return jsonb_build_object('error', 'refresh_token_already_used');
    end if;
  end if;

  if issued is null then
    issued := stack_internal.auth_new_refresh_token();
    update auth.refresh_tokens set revoked = true, updated_at = now() where id = t.id;
    insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
    values ('00000000-0000-0000-0000-000000000000', issued, u.id::text, false, now(), now(), t.token, s.id);
  end if;
  update auth.sessions
  set refreshed_at = now() at time zone 'UTC', updated_at = now(), user_agent = p_user_agent, ip = p_ip::inet
  where id = s.id;
  return stack_internal.auth_session_json(s.id, issued);
end
$$;
comment on function stack_internal.auth_refresh(text, integer, text, text) is
  'POST /token?grant_type=refresh_token: rotates the refresh token (new child, parent = old) as GoTrue does; a rotated token reused after the reuse interval ends the session.';

-- What GoTrue's requireAuthentication loads for a verified JWT: the user and, when named, the session.
create or replace function stack_internal.auth_check_session(p_user_id uuid, p_session_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select case
    when not exists (select 1 from auth.users where id = p_user_id) then 'user_not_found'
    when p_session_id is not null
      and not exists (select 1 from auth.sessions where id = p_session_id and user_id = p_user_id) then 'session_not_found'
  end
$$;
comment on function stack_internal.auth_check_session(uuid, uuid) is
  'Null when the user of a verified JWT exists and its session is still open, else the GoTrue error code.';

create or replace function stack_internal.auth_get_user(p_user_id uuid, p_session_id uuid) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  refusal text := stack_internal.auth_check_session(p_user_id, p_session_id);
begin
  if refusal is not null then
    return jsonb_build_object('error', refusal);
  end if;
  return jsonb_build_object('user', stack_internal.auth_user_json(p_user_id));
end
$$;
comment on function stack_internal.auth_get_user(uuid, uuid) is
  'GET /user: the user of a verified access token, refused once its session has been signed out.';

create or replace function stack_internal.auth_logout(p_user_id uuid, p_session_id uuid, p_scope text) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  refusal text := stack_internal.auth_check_session(p_user_id, p_session_id);
begin
  if refusal is not null then
    return jsonb_build_object('error', refusal);
  end if;
  -- Refresh tokens go with their session (on delete cascade).
  if p_scope = 'local' and p_session_id is not null then
    delete from auth.sessions where id = p_session_id;
  elsif p_scope = 'others' and p_session_id is not null then
    delete from auth.sessions where user_id = p_user_id and id <> p_session_id;
  else
    delete from auth.sessions where user_id = p_user_id;
  end if;
  return '{}'::jsonb;
end
$$;
comment on function stack_internal.auth_logout(uuid, uuid, text) is
  'POST /logout?scope=global|local|others: deletes the sessions (and their refresh tokens).';

create or replace function stack_internal.auth_admin_create_user(
  p_id uuid, p_email text, p_password text, p_email_confirm boolean,
  p_user_metadata jsonb, p_app_metadata jsonb, p_banned_until timestamptz
) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  new_id uuid := coalesce(p_id, gen_random_uuid());
begin
  if exists (select 1 from auth.users where lower(email) = lower(p_email) and not is_sso_user) then
    return jsonb_build_object('error', 'email_exists');
  end if;
  if exists (select 1 from auth.users where id = new_id) then
    return jsonb_build_object('error', 'user_already_exists');
  end if;
  insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                          raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until)
  values ('00000000-0000-0000-0000-000000000000', new_id, 'authenticated', 'authenticated', p_email,
          extensions.crypt(p_password, extensions.gen_salt('bf', 10)),
          case when p_email_confirm then now() end,
          stack_internal.auth_merge_meta('{"provider": "email", "providers": ["email"]}', p_app_metadata),
          coalesce(p_user_metadata, '{}'::jsonb), now(), now(), p_banned_until);
  insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
  values (new_id::text, new_id,
          jsonb_build_object('sub', new_id::text, 'email', p_email, 'email_verified', false, 'phone_verified', false),
          'email', now(), now());
  return jsonb_build_object('user', stack_internal.auth_user_json(new_id));
exception when unique_violation then
  -- Two creations of one address at once: the index decides, as GoTrue's would.
  return jsonb_build_object('error', 'email_exists');
end
$$;
comment on function stack_internal.auth_admin_create_user(uuid, text, text, boolean, jsonb, jsonb, timestamptz) is
  'POST /admin/users: a user with its e-mail identity (password already checked by the handler).';

create or replace function stack_internal.auth_admin_list_users(p_page integer, p_per_page integer) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object(
    'total', (select count(*) from auth.users where aud = 'authenticated'),
    'users', coalesce((
      select jsonb_agg(stack_internal.auth_user_json(p.id) order by p.created_at desc, p.id)
      from (
        select id, created_at from auth.users where aud = 'authenticated'
        order by created_at desc, id
        limit p_per_page offset (p_page - 1)::bigint * p_per_page
      ) p
    ), '[]'::jsonb)
  )
$$;
comment on function stack_internal.auth_admin_list_users(integer, integer) is
  'GET /admin/users: one page of users, newest first, and the total for the pagination headers.';

create or replace function stack_internal.auth_admin_get_user(p_user_id uuid) returns jsonb
language sql stable security definer set search_path = '' as $$
  select coalesce(
    (select jsonb_build_object('user', stack_internal.auth_user_json(id)) from auth.users where id = p_user_id),
    '{"error": "user_not_found"}'::jsonb)
$$;
comment on function stack_internal.auth_admin_get_user(uuid) is 'GET /admin/users/{id}.';

create or replace function stack_internal.auth_admin_update_user(
  p_user_id uuid, p_email text, p_password text, p_email_confirm boolean,
  p_user_metadata jsonb, p_app_metadata jsonb, p_ban boolean, p_banned_until timestamptz
) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
begin
  perform 1 from auth.users where id = p_user_id for update;
  if not found then
    return jsonb_build_object('error', 'user_not_found');
  end if;
  if p_email is not null then
    if exists (select 1 from auth.users where lower(email) = lower(p_email) and id <> p_user_id and not is_sso_user) then
      return jsonb_build_object('error', 'email_exists');
    end if;
    update auth.users set email = p_email where id = p_user_id;
    update auth.identities
    set identity_data = identity_data || jsonb_build_object('email', p_email, 'email_verified', coalesce(p_email_confirm, false)),
        updated_at = now()
    where user_id = p_user_id and provider = 'email';
    if not found then
      insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
      values (p_user_id::text, p_user_id,
              jsonb_build_object('sub', p_user_id::text, 'email', p_email, 'email_verified', coalesce(p_email_confirm, false), 'phone_verified', false),
              'email', now(), now());
    end if;
  end if;
  if p_password is not null then
    update auth.users set encrypted_password = extensions.crypt(p_password, extensions.gen_salt('bf', 10)) where id = p_user_id;
    -- As GoTrue: a new password ends every session, so whoever knew the old one is signed out.
    delete from auth.sessions where user_id = p_user_id;
  end if;
  if p_email_confirm then
    update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = p_user_id;
  end if;
  if p_user_metadata is not null then
    update auth.users set raw_user_meta_data = stack_internal.auth_merge_meta(raw_user_meta_data, p_user_metadata) where id = p_user_id;
  end if;
  if p_app_metadata is not null then
    update auth.users set raw_app_meta_data = stack_internal.auth_merge_meta(raw_app_meta_data, p_app_metadata) where id = p_user_id;
  end if;
  if p_ban then
    update auth.users set banned_until = p_banned_until where id = p_user_id;
  end if;
  update auth.users set updated_at = now() where id = p_user_id;
  return jsonb_build_object('user', stack_internal.auth_user_json(p_user_id));
exception when unique_violation then
  return jsonb_build_object('error', 'email_exists');
end
$$;
comment on function stack_internal.auth_admin_update_user(uuid, text, text, boolean, jsonb, jsonb, boolean, timestamptz) is
  'PUT /admin/users/{id}: e-mail, password (signs the user out everywhere), confirmation, metadata (merged), ban.';

create or replace function stack_internal.auth_admin_delete_user(p_user_id uuid, p_soft boolean) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
begin
  if not exists (select 1 from auth.users where id = p_user_id) then
    return jsonb_build_object('error', 'user_not_found');
  end if;
  if p_soft then
    -- GoTrue's soft delete: the row stays (records may name it) but can never sign in again.
    delete from auth.sessions where user_id = p_user_id;
    delete from auth.identities where user_id = p_user_id;
    update auth.users
    set deleted_at = coalesce(deleted_at, now()), email = null, phone = null, encrypted_password = '',
        updated_at = now()
    where id = p_user_id;
  else
    delete from auth.users where id = p_user_id;
  end if;
  return '{}'::jsonb;
exception when foreign_key_violation then
  -- Rows elsewhere still need this user (custody records name staff): refuse, change nothing.
  return jsonb_build_object('error', 'user_referenced');
end
$$;
comment on function stack_internal.auth_admin_delete_user(uuid, boolean) is
  'DELETE /admin/users/{id}: hard delete (cascades to sessions and identities) or GoTrue''s soft delete.';

-- Only the service role (the handlers' key) may call the entry points; the helpers run only inside
-- them, as their owner.
revoke all on function
  stack_internal.auth_time(timestamptz),
  stack_internal.auth_omit_nulls(jsonb),
  stack_internal.auth_merge_meta(jsonb, jsonb),
  stack_internal.auth_new_refresh_token(),
  stack_internal.auth_user_json(uuid),
  stack_internal.auth_session_json(uuid, text),
  stack_internal.auth_check_session(uuid, uuid),
  stack_internal.auth_sign_in(text, text, text, text),
  stack_internal.auth_refresh(text, integer, text, text),
  stack_internal.auth_get_user(uuid, uuid),
  stack_internal.auth_logout(uuid, uuid, text),
  stack_internal.auth_admin_create_user(uuid, text, text, boolean, jsonb, jsonb, timestamptz),
  stack_internal.auth_admin_list_users(integer, integer),
  stack_internal.auth_admin_get_user(uuid),
  stack_internal.auth_admin_update_user(uuid, text, text, boolean, jsonb, jsonb, boolean, timestamptz),
  stack_internal.auth_admin_delete_user(uuid, boolean)
from public;
grant execute on function
  stack_internal.auth_sign_in(text, text, text, text),
  stack_internal.auth_refresh(text, integer, text, text),
  stack_internal.auth_get_user(uuid, uuid),
  stack_internal.auth_logout(uuid, uuid, text),
  stack_internal.auth_admin_create_user(uuid, text, text, boolean, jsonb, jsonb, timestamptz),
  stack_internal.auth_admin_list_users(integer, integer),
  stack_internal.auth_admin_get_user(uuid),
  stack_internal.auth_admin_update_user(uuid, text, text, boolean, jsonb, jsonb, boolean, timestamptz),
  stack_internal.auth_admin_delete_user(uuid, boolean)
to service_role;
