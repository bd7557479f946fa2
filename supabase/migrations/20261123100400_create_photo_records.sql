-- Photo records: which stored file shows which case, lot, animal or item, and the SHA-256 of its
-- bytes computed when it was uploaded. The custody ledger copies these hashes into the events that
-- cite the photos, so a photo swapped later in storage no longer matches what the ledger recorded.

create table public.photos (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  lot_id uuid,
  animal_id uuid,
  item_id uuid,
  -- Length apart: Postgres regexes allow repetition counts up to 255 only ({0,499} fails every insert).
  storage_path text not null unique check (storage_path ~ '^[A-Za-z0-9][A-Za-z0-9/._-]*$' and length(storage_path) <= 500),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint not null check (byte_size between 1 and 26214400),
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf')),
  caption text check (caption is null or length(caption) <= 500),
  taken_at timestamptz check (taken_at <= now() + interval '5 minutes'),
  uploaded_by uuid not null default auth.uid() references public.staff (user_id),
  uploaded_at timestamptz not null default now(),
  unique (id, case_id),
  foreign key (lot_id, case_id) references public.lots (id, case_id),
  foreign key (animal_id, case_id) references public.animals (id, case_id),
  foreign key (item_id, case_id) references public.evidence_items (id, case_id),
  constraint photos_one_subject check (num_nonnulls(lot_id, animal_id, item_id) <= 1)
);
create index photos_case_id_idx on public.photos (case_id, uploaded_at);
create index photos_animal_id_idx on public.photos (animal_id) where animal_id is not null;
create index photos_lot_id_idx on public.photos (lot_id) where lot_id is not null;
comment on table public.photos is
  'A photo (or scanned document) in the private photos bucket, with the SHA-256 taken on upload. Append-only: a wrong photo is superseded, never replaced.';

create function public.refuse_photo_record_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'Photo records cannot be changed or deleted: upload a new photo instead.' using errcode = '42501';
end
$$;
comment on function public.refuse_photo_record_change() is 'Photo records are evidence: no role may rewrite their hash or path.';

create trigger photos_are_append_only before update or delete on public.photos
  for each row execute function public.refuse_photo_record_change();

alter table public.photos enable row level security;

create policy "Staff can read photo records of the cases open to them" on public.photos
  for select to authenticated using (case_id in (select public.readable_case_ids()));
create policy "Care staff can record photos they uploaded" on public.photos
  for insert to authenticated
  with check (
    (select public.has_role('admin', 'vet', 'keeper', 'release_team'))
    and case_id in (select public.readable_case_ids())
    and uploaded_by = (select auth.uid())
  );

revoke all on public.photos from anon;
revoke update, delete, truncate on public.photos from authenticated, service_role;
