-- The admin builds the centre's place tree: enclosures are leaves with a capacity and a type,
-- areas sit in sites or areas, names are unique among siblings, and places are retired, never
-- deleted or re-parented.
begin;
set local search_path = public, extensions;
select plan(10);

select tests.authenticate_as('admin');

select lives_ok(
  $$insert into public.enclosures (id, parent_id, kind, name) values
      ('00000000-0000-4000-8000-00000000f100', null, 'site', 'Bird complex'),
      ('00000000-0000-4000-8000-00000000f110', '00000000-0000-4000-8000-00000000f100', 'area', 'Hornbill row')$$,
  'the admin adds a site and an area'
);
select lives_ok(
  $$insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity, suits_classes)
    values ('00000000-0000-4000-8000-00000000f110', 'enclosure', 'Aviary 4', 'aviary', 3, '{bird}')$$,
  'and an enclosure in the area'
);
select is((select centre_id from public.enclosures where name = 'Aviary 4'), '00000000-0000-4000-8000-000000000001'::uuid,
  'places belong to the admin''s centre');
select throws_ok(
  $$insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity)
    select id, 'enclosure', 'Nest box', 'cage', 1 from public.enclosures where name = 'Aviary 4'$$,
  '23514', 'An enclosure cannot contain other places; choose a site or an area.', 'an enclosure holds no places'
);
select throws_ok(
  $$insert into public.enclosures (parent_id, kind, name) values ('00000000-0000-4000-8000-00000000f110', 'enclosure', 'Aviary 5')$$,
  '23514', null, 'an enclosure needs a type and a capacity'
);
select throws_ok(
  $$insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity)
    values ('00000000-0000-4000-8000-00000000f110', 'enclosure', 'aviary 4', 'aviary', 2)$$,
  '23505', null, 'two places of one parent cannot share a name, whatever its case'
);
select throws_ok(
  $$insert into public.enclosures (id, parent_id, kind, name, enclosure_type, capacity)
    values ('00000000-0000-4000-8000-00000000f199', '00000000-0000-4000-8000-00000000f199', 'enclosure', 'Loop', 'cage', 1)$$,
  '23503', 'The place it belongs to does not exist.', 'a place cannot be its own parent'
);
select throws_ok(
  $$update public.enclosures set parent_id = null where name = 'Hornbill row'$$,
  '42501', null, 'places are not re-parented'
);
select throws_ok($$delete from public.enclosures where name = 'Aviary 4'$$, '42501', null, 'nor deleted');
select lives_ok($$update public.enclosures set active = false, capacity = 2 where name = 'Aviary 4'$$, 'but retired or resized');

select * from finish();
rollback;
