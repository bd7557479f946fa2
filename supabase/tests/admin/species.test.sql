-- An admin reads the species list with its sourced statuses, adds species and corrects them,
-- but cannot delete one (lots and animals refer to it) nor add the same species twice.
begin;
set local search_path = public, extensions;
select plan(12);

select tests.authenticate_as('admin');

select cmp_ok((select count(*) from public.species)::int, '>=', 40, 'the admin sees the species list');
select cmp_ok(
  (select count(*) from public.species where iucn_category is not null and iucn_source is not null)::int,
  '>=', 40, 'at least 40 species carry an IUCN category with its source'
);
select is(
  (select count(*) from public.species where (iucn_category is null) <> (iucn_source is null) or (cites_appendix is null) <> (cites_source is null))::int,
  0, 'every IUCN and CITES status has a source, and no source stands without a status'
);
select results_eq(
  $$select english_name, taxon_class::text, iucn_category::text, cites_appendix::text from public.species where scientific_name = 'Manis javanica'$$,
  $$values ('Sunda pangolin', 'mammal', 'CR', 'I')$$,
  'the Sunda pangolin is listed as critically endangered, CITES appendix I'
);

select lives_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class, iucn_category, iucn_year, iucn_unconfirmed, iucn_source)
    values ('Cuora testudinis', 'SQL test box turtle', 'reptile', 'EN', 2020, true, 'SQL test source')$$,
  'the admin can add a species'
);
select results_eq(
  $$select taxon_class::text, iucn_category::text, iucn_unconfirmed from public.species where scientific_name = 'Cuora testudinis'$$,
  $$values ('reptile', 'EN', true)$$,
  'the new species is stored as given, its status marked unconfirmed'
);
select results_eq(
  $$update public.species set iucn_category = 'CR', iucn_unconfirmed = false
    where scientific_name = 'Cuora testudinis' returning iucn_category::text, iucn_unconfirmed$$,
  $$values ('CR', false)$$,
  'the admin can correct a status'
);
select throws_ok(
  $$update public.species set iucn_category = 'XX' where scientific_name = 'Cuora testudinis'$$,
  '22P02', null, 'a status must be an IUCN category'
);
select throws_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class) values ('cuora TESTUDINIS', 'Duplicate', 'reptile')$$,
  '23514', null, 'a scientific name must be capitalised as a binomial'
);
select throws_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class) values ('Cuora Testudinis', 'Duplicate', 'reptile')$$,
  '23514', null, 'the species epithet is lower case'
);
select throws_ok(
  $$insert into public.species (scientific_name, english_name, taxon_class) values ('Manis javanica', 'Pangolin again', 'mammal')$$,
  '23505', null, 'the same species cannot be added twice'
);
select is_empty(
  $$delete from public.species where scientific_name = 'Cuora testudinis' returning 1$$,
  'the admin cannot delete a species'
);

select * from finish();
rollback;
