-- A vet clears quarantines: only once every required test is confirmed, and before the required
-- length only with a recorded reason. A cleared animal or lot then leaves quarantine housing
-- without any override.
begin;
set local search_path = public, extensions;
select plan(9);

select tests.authenticate_as('vet');

select tests.remember('q', to_jsonb((select q.id from public.quarantines q join public.lots l on l.id = q.lot_id
  join public.species s on s.id = l.species_id where s.scientific_name = 'Indotestudo elongata')));
select is((select count(*) from public.quarantines where cleared_at is null)::int, 18, 'the demo boat seizure has 18 open quarantines (4 group lots, 14 individual animals)');
select throws_ok(
  $$select public.clear_quarantine((tests.recall('q') #>> '{}')::uuid, '{}')$$,
  '22023', 'Required tests not confirmed: Faecal parasite screen', 'clearance names the required tests not confirmed'
);
select lives_ok(
  $$select public.clear_quarantine((tests.recall('q') #>> '{}')::uuid, '{"Faecal parasite screen"}', 'All negative')$$,
  'with the tests confirmed, after its 60 days, the vet clears it'
);
select results_eq(
  $$select cleared_by, tests_done, clearance_notes, early_clearance_reason from public.quarantines where id = (tests.recall('q') #>> '{}')::uuid$$,
  $$values ('00000000-0000-4000-8000-0000000000a2'::uuid, '{"Faecal parasite screen"}'::text[], 'All negative', null::text)$$,
  'the clearance records who, which tests and the notes'
);
select throws_ok(
  $$select public.clear_quarantine((tests.recall('q') #>> '{}')::uuid, '{"Faecal parasite screen"}')$$,
  'PT409', 'This quarantine was already cleared.', 'a quarantine is cleared once'
);
select tests.remember('out', public.move_to_enclosure(null, l.id, '00000000-0000-4000-8000-00000000e212'))
from public.lots l join public.quarantines q on q.lot_id = l.id where q.id = (tests.recall('q') #>> '{}')::uuid;
select is((select overrides from public.enclosure_moves where id = (tests.recall('out') ->> 'moveId')::uuid), '{}'::text[],
  'the cleared lot moves out of quarantine with no override');

-- A fresh quarantine: clearing it on day one needs a reason.
select tests.remember('new', public.record_seizure(tests.seizure_payload('SQLTEST-VET-QUARANTINE-1',
  lots => '[{"species": "Cuora amboinensis", "count": 3, "recordAs": "group"}]', items => '[]')));
select public.move_to_enclosure(null, (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid, '00000000-0000-4000-8000-00000000e113');
select throws_ok(
  $$select public.clear_quarantine(q.id, '{"Faecal parasite screen"}') from public.quarantines q
    where q.lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid$$,
  'PT409', 'The quarantine has not lasted its required 60 days: give a reason to clear it early.',
  'an early clearance without a reason is refused'
);
select lives_ok(
  $$select public.clear_quarantine(q.id, '{"Faecal parasite screen"}', null, 'Transfer to a partner centre''s quarantine') from public.quarantines q
    where q.lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid$$,
  'with a reason it is cleared'
);
select is(
  (select early_clearance_reason from public.quarantines where lot_id = (tests.recall('new') -> 'lots' -> 0 ->> 'id')::uuid),
  'Transfer to a partner centre''s quarantine', 'and the reason is kept'
);

select * from finish();
rollback;
