-- The species list: what every lot, animal and evidence item is. Each conservation status carries
-- its source and date, and a flag when it is not confirmed, because a prosecutor quotes them in
-- court and a release team decides by them; an unconfirmed status must look unconfirmed.

create type public.taxon_class as enum ('mammal', 'bird', 'reptile', 'amphibian', 'fish', 'invertebrate');
comment on type public.taxon_class is
  'The class a species belongs to; care rules (quarantine length, dose ranges, enclosures) are set per class.';

create type public.iucn_category as enum ('EX', 'EW', 'CR', 'EN', 'VU', 'NT', 'LC', 'DD', 'NE');
comment on type public.iucn_category is 'IUCN Red List categories.';

create type public.cites_appendix as enum ('I', 'II', 'III', 'not_listed');
comment on type public.cites_appendix is 'CITES appendix; not_listed when the species is in no appendix.';

create table public.species (
  id uuid primary key default gen_random_uuid(),
  scientific_name text not null check (scientific_name ~ '^[A-Z][a-z]+( [a-z]+){0,2}( sp\.)?$'),
  english_name text not null check (length(trim(english_name)) between 2 and 120),
  khmer_name text check (khmer_name is null or length(trim(khmer_name)) between 1 and 120),
  taxon_class public.taxon_class not null,
  iucn_category public.iucn_category,
  iucn_year smallint check (iucn_year between 1960 and 2100),
  iucn_unconfirmed boolean not null default false,
  iucn_source text check (iucn_source is null or length(iucn_source) <= 2000),
  cites_appendix public.cites_appendix,
  cites_unconfirmed boolean not null default false,
  cites_source text check (cites_source is null or length(cites_source) <= 2000),
  cites_as_of date,
  national_status text check (national_status is null or length(trim(national_status)) between 1 and 200),
  national_source text check (national_source is null or length(national_source) <= 2000),
  national_as_of date,
  notes text check (notes is null or length(notes) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index species_scientific_name_key on public.species (lower(scientific_name));
comment on table public.species is
  'Reference list of species. Statuses carry source, date and an unconfirmed flag (a trailing ? in the research data).';

create trigger species_touch_updated_at before update on public.species
  for each row execute function public.touch_updated_at();

alter table public.species enable row level security;

create policy "Staff can read the species list" on public.species
  for select to authenticated using ((select public.is_staff()));
create policy "Admins can add species" on public.species
  for insert to authenticated with check ((select public.has_role('admin')));
create policy "Admins can edit species" on public.species
  for update to authenticated
  using ((select public.has_role('admin'))) with check ((select public.has_role('admin')));

revoke all on public.species from anon;
