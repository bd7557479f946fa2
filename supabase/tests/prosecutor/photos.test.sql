-- A prosecutor views evidence photos but never uploads one.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;
select plan(2);

insert into storage.objects (bucket_id, name) values ('photos', 'sql-test/seal-0042.jpg');

select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000a5","role":"authenticated"}', true);
set local role authenticated;

select isnt_empty($$select 1 from storage.objects where name = 'sql-test/seal-0042.jpg'$$, 'the prosecutor sees the photo');
select throws_ok(
  $$insert into storage.objects (bucket_id, name) values ('photos', 'sql-test/prosecutor.jpg')$$,
  '42501', null, 'the prosecutor cannot upload a photo'
);

select * from finish();
rollback;
