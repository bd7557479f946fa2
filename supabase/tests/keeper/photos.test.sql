-- A keeper uploads photos of the animals in their care but never replaces or deletes one.
begin;
set local search_path = public, extensions;
select plan(4);

select tests.authenticate_as('keeper');

select lives_ok(
  $$insert into storage.objects (bucket_id, name, owner) values ('photos', 'sql-test/keeper.jpg', '00000000-0000-4000-8000-0000000000a3')$$,
  'the keeper can upload a photo'
);
select isnt_empty($$select 1 from storage.objects where name = 'sql-test/keeper.jpg'$$, 'the keeper sees the photo');
select is_empty(
  $$update storage.objects set name = 'sql-test/swapped.jpg' where name = 'sql-test/keeper.jpg' returning 1$$,
  'the keeper cannot replace a photo'
);
select is_empty($$delete from storage.objects where name = 'sql-test/keeper.jpg' returning 1$$, 'the keeper cannot delete a photo');

select * from finish();
rollback;
