-- Keepers read the care dashboard, and its census is the lots' reconciliation: group counts plus
-- individual records by status, each animal once, and the occupancy is enclosure_occupancy's.
begin;
set local search_path = public, extensions;
select plan(4);

select tests.authenticate_as('keeper');
select ok(tests.remember('s', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-DASHBOARD-1'))), 'the keeper records a seizure');
select ok(tests.remember('d', public.care_dashboard()), 'and reads the dashboard');
select is(
  (select sum((c ->> 'inCare')::integer) from jsonb_array_elements(tests.recall('d') -> 'census') c)::integer,
  ((select sum(in_care) from public.lots) + (select count(*) from public.animals where status = 'in_care'))::integer,
  'animals in care = the lots'' group counts + the individual records in care'
);
select is(
  (select sum((a ->> 'headCount')::integer) from jsonb_array_elements(tests.recall('d') #> '{occupancy,areas}') a)::integer
    + (tests.recall('d') #>> '{occupancy,unplaced}')::integer,
  (select sum((c ->> 'inCare')::integer) from jsonb_array_elements(tests.recall('d') -> 'census') c)::integer,
  'every animal in care is in an area''s head count or counted as not placed'
);

select * from finish();
rollback;
