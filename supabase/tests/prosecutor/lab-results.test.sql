-- A prosecutor reads no lab results and no necropsy reports, not even of a case granted to them
-- with veterinary details included (the evidence sheet decides what it shows of them), and
-- writes none.
begin;
set local search_path = public, extensions;
select plan(7);

select ok(tests.record_lab_fixture('s', 'SQLTEST-PROSECUTOR-LAB-1'),
  'the vet records vet records, lab results, two deaths (as the superuser) and their necropsies');
select tests.authenticate_as('admin');
select lives_ok(
  $$insert into public.case_grants (case_id, prosecutor_id, include_veterinary)
    values (tests.case_id('s'), '00000000-0000-4000-8000-0000000000a5', true)$$,
  'the admin grants the case to the prosecutor, veterinary details included'
);

select tests.authenticate_as('prosecutor');
select isnt_empty($$select 1 from public.animals where case_id = tests.case_id('s')$$, 'the prosecutor sees the case''s animals');
select is_empty($$select 1 from public.lab_results$$, 'but no lab results');
select is_empty($$select 1 from public.necropsies$$, 'and no necropsies');
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_text)
    values (tests.animal_id('s', 0, 0), 'Mite check', 'skin_scraping', now() - interval '1 hour', now(), 'negative')$$,
  '42501', null, 'the prosecutor cannot record a lab result'
);
select throws_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner) values (tests.lot_id('s', 1), now(), 'unknown')$$,
  '42501', null, 'nor a necropsy'
);

select * from finish();
rollback;
