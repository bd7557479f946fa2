-- Anonymous callers read, write or call nothing of the lab results and necropsy reports.
begin;
set local search_path = public, extensions;
select plan(8);

select ok(tests.record_lab_fixture('s', 'SQLTEST-ANON-LAB-1'),
  'the vet records vet records, lab results, two deaths (as the superuser) and their necropsies');

select tests.authenticate_as('anon');
select throws_ok($$select * from public.lab_results$$, '42501', null, 'anon cannot read lab results');
select throws_ok($$select * from public.necropsies$$, '42501', null, 'nor necropsies');
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_text)
    values ('00000000-0000-4000-8000-000000000001', 'Mite check', 'skin_scraping', now(), now(), 'negative')$$,
  '42501', null, 'anon cannot record a lab result'
);
select throws_ok(
  $$insert into public.necropsies (animal_id, performed_at, manner) values ('00000000-0000-4000-8000-000000000001', now(), 'unknown')$$,
  '42501', null, 'nor a necropsy'
);
select throws_ok($$select public.lab_flag_for(1, 0, 2)$$, '42501', null, 'nor ask how a value is flagged');
select throws_ok($$select public.necropsy_samples_valid('{}')$$, '42501', null, 'nor check a list of samples');
select throws_ok($$delete from public.lab_results$$, '42501', null, 'nor delete anything');

select * from finish();
rollback;
