-- A prosecutor views evidence photos but never uploads one.
begin;
set local search_path = public, extensions;
select plan(2);

insert into storage.objects (bucket_id, name) values ('photos', 'sql-test/seal-0042.jpg');

select tests.authenticate_as('prosecutor');

select isnt_empty($$select 1 from storage.objects where name = 'sql-test/seal-0042.jpg'$$, 'the prosecutor sees the photo');
select throws_ok(
  $$insert into storage.objects (bucket_id, name) values ('photos', 'sql-test/prosecutor.jpg')$$,
  '42501', null, 'the prosecutor cannot upload a photo'
);

select * from finish();
rollback;
