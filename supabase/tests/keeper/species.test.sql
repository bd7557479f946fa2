-- A keeper reads the species list and its statuses, and can neither add, correct nor delete a species.
begin;
set local search_path = public, extensions;
select plan(7);

select tests.authenticate_as('keeper');

select cmp_ok((select count(*) from public.species)::int, '>=', 40, 'the keeper sees the species list');
select cmp_ok(
  (select count(*) from public.species where iucn_category is not null and iucn_source is not null)::int,
  '>=', 40, 'the keeper sees the IUCN statuses and their sources'
);
select results_eq(
  $$select iucn_category::text, cites_appendix::text from public.species where scientific_name = 'Manis javanica'$$,
  $$values ('CR', 'I')$$,
  'the keeper sees the Sunda pangolin''s statuses'
);
select throws_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class) values ('Cuora testudinis', 'SQL test box turtle', 'reptile')$$,
  '42501', null, 'the keeper cannot add a species'
);
select is_empty(
  $$update public.species set iucn_category = 'LC' where scientific_name = 'Manis javanica' returning 1$$,
  'the keeper cannot change a status'
);
select is_empty($$delete from public.species where scientific_name = 'Manis javanica' returning 1$$, 'the keeper cannot delete a species');
select results_eq(
  $$select iucn_category::text from public.species where scientific_name = 'Manis javanica'$$,
  $$values ('CR')$$,
  'the status is unchanged'
);

select * from finish();
rollback;
