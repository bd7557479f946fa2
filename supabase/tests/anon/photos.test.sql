-- Anonymous callers can neither list nor upload evidence photos.
begin;
set local search_path = public, extensions;
select plan(2);

select tests.authenticate_as('anon');

select is_empty($$select 1 from storage.objects where bucket_id = 'photos'$$, 'anon sees no photos');
select throws_ok(
  $$insert into storage.objects (bucket_id, name) values ('photos', 'anon.jpg')$$,
  '42501', null, 'anon cannot upload a photo'
);

select * from finish();
rollback;
