-- Photos (and scanned PDFs) of animals, seals, documents and seized items: evidence, kept private.
--
-- The bucket is private: every read goes through these policies (a signed URL is issued only to
-- someone who may read the object). The staff who record care upload; every active staff member,
-- prosecutors included, may view. Evidence photos are never replaced or removed: no one may update
-- or delete them except an administrator (to correct a mistaken upload, e.g. a photo of the wrong
-- animal); the custody ledger records each photo's SHA-256, so a silent replacement would show.
-- The limits match the app's: 25 MB, and only the formats cameras, phones and scanners produce.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values (
  'photos',
  'photos',
  false,
  26214400,
  array['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf']
);

create policy "Staff who record care can upload photos" on storage.objects
  for insert to authenticated
  with check (
    bucket_id = 'photos'
    and (select public.has_role('admin', 'vet', 'keeper', 'release_team'))
  );

create policy "Staff can view photos" on storage.objects
  for select to authenticated
  using (bucket_id = 'photos' and (select public.is_staff()));

create policy "Only admins can replace photos" on storage.objects
  for update to authenticated
  using (bucket_id = 'photos' and (select public.has_role('admin')))
  with check (bucket_id = 'photos' and (select public.has_role('admin')));

create policy "Only admins can delete photos" on storage.objects
  for delete to authenticated
  using (bucket_id = 'photos' and (select public.has_role('admin')));
