-- Storage platform functions for the embedded stack (never part of supabase/migrations). Hosted
-- Supabase has the same names; the storage handlers (supabase/local/storage) reach them only through
-- PostgREST, with the caller's JWT. Idempotent: runs on every start, on PGlite and on PostgreSQL 15+.

-- Supabase keeps storage.objects.updated_at current with this trigger; the handlers rely on it too.
create or replace function storage.update_updated_at_column() returns trigger
language plpgsql as $$
begin
  new.updated_at = now();
  return new;
end
$$;
comment on function storage.update_updated_at_column() is 'Keeps updated_at true on every update of a storage row.';

create or replace trigger update_objects_updated_at before update on storage.objects
  for each row execute function storage.update_updated_at_column();

-- The listing behind POST /object/list/{bucket}: one folder level under `prefix`, folders first (as
-- rows with null id and metadata), then the objects at that level, as Supabase's storage.search.
-- Security invoker, so RLS on storage.objects hides what the caller may not select. Unlike the
-- hosted one, LIKE wildcards in prefix and search are escaped: 'a_b/' lists a_b/, not axb/.
create or replace function storage.search(
  prefix text,
  bucketname text,
  limits int default 100,
  levels int default 1,
  offsets int default 0,
  search text default '',
  sortcolumn text default 'name',
  sortorder text default 'asc'
)
returns table (
  name text,
  id uuid,
  updated_at timestamptz,
  created_at timestamptz,
  last_accessed_at timestamptz,
  metadata jsonb
)
language plpgsql stable
set search_path = ''
as $$
declare
  v_order text := case lower(coalesce(sortorder, 'asc')) when 'desc' then 'desc' else 'asc' end;
  v_column text := case lower(coalesce(sortcolumn, 'name'))
    when 'updated_at' then 'updated_at'
    when 'created_at' then 'created_at'
    when 'last_accessed_at' then 'last_accessed_at'
    else 'name' end;
  v_pattern text := replace(replace(replace(coalesce(prefix, '') || coalesce(search, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%';
begin
  return query execute format(
    'with matching as (
       select o.path_tokens, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata
       from storage.objects o
       where o.bucket_id = $1 and o.name ilike $2
     ), folders as (
       select m.path_tokens[$3] as folder from matching m
       where array_length(m.path_tokens, 1) > $3
       group by 1
     ), listing as (
       (select f.folder as name, null::uuid as id, null::timestamptz as updated_at,
               null::timestamptz as created_at, null::timestamptz as last_accessed_at, null::jsonb as metadata,
               0 as kind
        from folders f)
       union all
       (select m.path_tokens[$3], m.id, m.updated_at, m.created_at, m.last_accessed_at, m.metadata, 1
        from matching m
        where array_length(m.path_tokens, 1) = $3)
     )
     select l.name, l.id, l.updated_at, l.created_at, l.last_accessed_at, l.metadata from listing l
     order by l.kind, case when l.kind = 0 then l.name end %1$s, l.%2$I %1$s, l.name %1$s
     limit $4 offset $5',
    v_order, v_column)
  using bucketname, v_pattern, greatest(levels, 1), greatest(limits, 0), greatest(offsets, 0);
end
$$;
comment on function storage.search(text, text, int, int, int, text, text, text) is
  'Lists one folder level of a bucket (folders, then objects) as Supabase Storage does; RLS applies.';

grant execute on function storage.search(text, text, int, int, int, text, text, text) to anon, authenticated, service_role;
