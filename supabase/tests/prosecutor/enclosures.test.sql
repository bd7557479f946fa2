-- A prosecutor sees custody events of granted cases (which name places) but none of the care
-- records: no places, moves or quarantines, and cannot move anything.
begin;
set local search_path = public, extensions;
select plan(5);

select tests.authenticate_as('prosecutor');

select is((select count(*) from public.enclosures)::int, 0, 'no places');
select is((select count(*) from public.enclosure_moves)::int, 0, 'no moves, even of the granted case');
select is((select count(*) from public.quarantines)::int, 0, 'no quarantines');
select is((select count(*) from public.custody_events e join public.seizure_cases c on c.id = e.case_id
  where c.case_number = 'WRRT-2026-0142' and e.event_type = 'moved')::int, 18, 'but the moves of the granted case, as custody events');
select throws_ok(
  $$select public.move_to_enclosure(null, l.id, '00000000-0000-4000-8000-00000000e212', 'trying') from public.lots l limit 1$$,
  '42501', 'Only keepers, vets and admins can move animals.', 'and cannot move anything'
);

select * from finish();
rollback;
