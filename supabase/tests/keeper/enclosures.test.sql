-- A keeper sees the centre's places and their occupancy, moves animals and lots with
-- move_to_enclosure() (which writes the custody event and the move record), and must give a
-- reason for moves that break a rule. Places, placements and quarantines cannot be written directly.
begin;
set local search_path = public, extensions;
select plan(23);

select tests.authenticate_as('keeper');

select is((select count(*) from public.enclosures)::int, 13, 'the keeper reads the 13 demo places');
select results_eq(
  $$select e.name, o.head_count from public.enclosure_occupancy o join public.enclosures e on e.id = o.enclosure_id
    where o.head_count > 0 order by e.name$$,
  $$values ('Snake room', 468), ('Tank 12', 6), ('Turtle pool Q1', 311)$$,
  'occupancy is derived from the animals and group lots placed there'
);
select is(public.enclosure_path('00000000-0000-4000-8000-00000000e111'), 'Quarantine › Reptile house › Tank 12', 'a place reads as its path');

select throws_ok(
  $$insert into public.enclosures (parent_id, kind, name, enclosure_type, capacity)
    values ('00000000-0000-4000-8000-00000000e110', 'enclosure', 'Tank 99', 'tank', 10)$$,
  '42501', null, 'a keeper cannot add places'
);
select throws_ok(
  $$update public.animals set enclosure_id = '00000000-0000-4000-8000-00000000e211'$$,
  '42501', null, 'nor place an animal without the move function'
);
select throws_ok(
  $$insert into public.quarantines (case_id, lot_id, started_at, required_days) select case_id, id, now(), 1 from public.lots limit 1$$,
  '42501', null, 'nor open a quarantine directly'
);

-- The boat's tortoises (a group lot in Turtle pool Q1, quarantine not cleared).
select tests.remember('tortoises', to_jsonb((select l.id from public.lots l join public.species s on s.id = l.species_id
  join public.seizure_cases c on c.id = l.case_id where c.case_number = 'WRRT-2026-0142' and s.scientific_name = 'Indotestudo elongata')));
select throws_ok(
  $$select public.move_to_enclosure(null, (tests.recall('tortoises') #>> '{}')::uuid, '00000000-0000-4000-8000-00000000e212')$$,
  'PT409', 'This move needs a reason: quarantine_not_cleared', 'leaving quarantine before clearance needs a reason'
);
select is((select enclosure_id from public.lots where id = (tests.recall('tortoises') #>> '{}')::uuid),
  '00000000-0000-4000-8000-00000000e113'::uuid, 'and the refused move changed nothing');
select throws_ok(
  $$select public.move_to_enclosure(null, (tests.recall('tortoises') #>> '{}')::uuid, '00000000-0000-4000-8000-00000000e210', 'an area')$$,
  '22023', 'Choose an active enclosure of your centre.', 'an area is not an enclosure'
);
select throws_ok(
  $$select public.move_to_enclosure(null, (tests.recall('tortoises') #>> '{}')::uuid, '00000000-0000-4000-8000-00000000e221')$$,
  'PT409', 'This move needs a reason: over_capacity, class_not_suited, quarantine_not_cleared',
  'a full gibbon island, the wrong class and an uncleared quarantine are all named'
);

select ok(tests.remember('move', public.move_to_enclosure(null, (tests.recall('tortoises') #>> '{}')::uuid,
  '00000000-0000-4000-8000-00000000e212', 'Pool drained for repair, vet informed')), 'with a reason the move is made');
select is((select enclosure_id from public.lots where id = (tests.recall('tortoises') #>> '{}')::uuid),
  '00000000-0000-4000-8000-00000000e212'::uuid, 'the lot is now in Tortoise pen 1');
select results_eq(
  $$select event_type::text, subject::text, place, to_name, notes from public.custody_events
    where id = (tests.recall('move') ->> 'custodyEventId')::uuid$$,
  $$values ('moved', 'lot', 'Phnom Tamao main › Turtle section › Tortoise pen 1', 'Vannak Sok',
    'Overrode quarantine_not_cleared: Pool drained for repair, vet informed')$$,
  'the move is a custody event naming the place, the keeper and the overridden rule'
);
select results_eq(
  $$select head_count, from_enclosure_id, overrides, moved_by from public.enclosure_moves where id = (tests.recall('move') ->> 'moveId')::uuid$$,
  $$values (104, '00000000-0000-4000-8000-00000000e113'::uuid, '{quarantine_not_cleared}'::text[], '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'the move record keeps the count, where from, the overrides and who'
);
select is((select valid from public.verify_custody_chain((select case_id from public.lots where id = (tests.recall('tortoises') #>> '{}')::uuid))),
  true, 'the case''s chain still verifies');

-- A new seizure never quarantined, moved straight to the display pond.
select tests.remember('new', public.record_seizure(tests.seizure_payload('SQLTEST-KEEPER-MOVE-1',
  lots => '[{"species": "Cuora amboinensis", "count": 5, "recordAs": "group"}]', items => '[]')));
select throws_ok(
  $$select public.move_to_enclosure(null, (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid, '00000000-0000-4000-8000-00000000e211')$$,
  'PT409', 'This move needs a reason: never_quarantined', 'an animal that never went through quarantine needs a reason to skip it'
);
select is((public.move_to_enclosure(null, (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid, '00000000-0000-4000-8000-00000000e113')
  ->> 'quarantineStarted')::boolean, true, 'entering quarantine housing opens a quarantine');
select results_eq(
  $$select required_days, tests_required from public.quarantines where lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid$$,
  $$values (60, '{"Faecal parasite screen"}'::text[])$$,
  'with the centre''s rule for reptiles'
);

-- Two of them split out: they start in their lot's enclosure and under its quarantine.
insert into public.animals (case_id, lot_id, species_id)
select l.case_id, l.id, l.species_id from public.lots l, generate_series(1, 2) where l.id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid;
select is(
  (select array_agg(distinct enclosure_id) from public.animals where lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid),
  array['00000000-0000-4000-8000-00000000e113'::uuid], 'animals split out of a lot start where the lot is'
);
select throws_ok(
  $$select public.move_to_enclosure(a.id, null, '00000000-0000-4000-8000-00000000e211')
    from public.animals a where a.lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid limit 1$$,
  'PT409', 'This move needs a reason: quarantine_not_cleared', 'and cannot leave before the lot''s quarantine is cleared'
);
select throws_ok(
  $$select public.move_to_enclosure(null, (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid, '00000000-0000-4000-8000-00000000e211',
      'ok', now() + interval '1 day')$$,
  '22023', 'The time of the move is in the future.', 'a move cannot be dated in the future'
);
select throws_ok(
  $$select public.clear_quarantine(q.id, '{"Faecal parasite screen"}') from public.quarantines q limit 1$$,
  '42501', 'Only a vet can clear a quarantine.', 'a keeper cannot clear a quarantine'
);
update public.enclosures set capacity = 1000 where name = 'Tank 12';
select is((select capacity from public.enclosures where name = 'Tank 12'), 40, 'nor change a place (no row is theirs to update)');

select * from finish();
rollback;
