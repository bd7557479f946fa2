-- A keeper reads the lab results and necropsy reports of their centre, but writes none of them
-- (RLS, 42501) and cannot change or delete them.
begin;
set local search_path = public, extensions;
select plan(9);

select ok(tests.record_lab_fixture('s', 'SQLTEST-KEEPER-LAB-1'),
  'the vet records vet records, lab results, two deaths (as the superuser) and their necropsies');

select tests.authenticate_as('keeper');
select results_eq(
  $$select test_name, flag from public.lab_results where case_id = tests.case_id('s') order by test_name$$,
  $$values ('Bacterial culture', null::public.lab_flag), ('Faecal flotation', 'abnormal'), ('Packed cell volume', 'high')$$,
  'the keeper reads the lab results, flags included'
);
select results_eq(
  $$select cause_of_death, samples_taken from public.necropsies where animal_id = tests.animal_id('s', 0, 1)$$,
  $$values ('Pneumonia', '{"lung in formalin", "lung swab"}'::text[])$$,
  'and the necropsy of the python that died'
);
select is((select count(*) from public.necropsies where lot_id = tests.lot_id('s', 1))::int, 1, 'and the one of the cobra lot');
select throws_ok(
  $$insert into public.lab_results (animal_id, test_name, sample_type, collected_at, resulted_at, value_numeric, unit)
    values (tests.animal_id('s', 0, 0), 'Packed cell volume', 'blood', now() - interval '1 hour', now(), 30, '%')$$,
  '42501', null, 'the keeper cannot record a lab result'
);
select throws_ok(
  $$insert into public.necropsies (lot_id, performed_at, manner) values (tests.lot_id('s', 1), now(), 'unknown')$$,
  '42501', null, 'nor a necropsy of the lot''s second death'
);
select throws_ok($$update public.lab_results set flag = 'normal'$$, '42501', null, 'nor change a lab result');
select throws_ok($$delete from public.necropsies$$, '42501', null, 'nor delete a necropsy');
select is((select count(*) from public.necropsies where case_id = tests.case_id('s'))::int, 2, 'nothing was written or removed');

select * from finish();
rollback;
