-- A prosecutor reads how custody ended for the cases granted to them, and records none of it:
-- no disposition, no assessment, no release, and no release event of the centre is shown to them.
begin;
set local search_path = public, extensions;
select plan(6);

select tests.record_release_fixture('p', 'SQLTEST-DISP-P-1');
select tests.authenticate_as('keeper');
select public.record_disposition('died', now() - interval '1 hour', 'Snake house', p_animal_id => tests.animal_id('p', 0, 0),
  p_found_dead => true, p_cause => 'Found dead at the morning round');
select tests.authenticate_as('admin');
insert into public.case_grants (case_id, prosecutor_id) values (tests.case_id('p'), '00000000-0000-4000-8000-0000000000a5');

select tests.authenticate_as('prosecutor');
select is((select count(*)::int from public.dispositions where case_id = tests.case_id('p')), 1, 'the prosecutor reads the death in a granted case');
select throws_ok(
  format($$select public.record_disposition('died', now(), 'Snake house', p_animal_id => %L, p_found_dead => true, p_cause => 'Unknown')$$, tests.animal_id('p', 0, 1)),
  '42501', null, 'but records no disposition'
);
select throws_ok(
  format($$insert into public.release_assessments (lot_id, head_count) values (%L, 1)$$, tests.lot_id('p', 1)),
  '42501', null, 'opens no release assessment'
);
select throws_ok(
  $$select public.record_release(now(), 'Phnom Kulen', 13.6, 104.1, 'soft', '{Rithy Heng}', '[]')$$,
  '42501', null, 'records no release'
);
select is((select count(*)::int from public.release_events), 0, 'and is shown no release event of the centre');
select is((select status::text from public.animals where id = tests.animal_id('p', 0, 1)), 'in_care', 'the refused writes changed nothing');

select * from finish();
rollback;
