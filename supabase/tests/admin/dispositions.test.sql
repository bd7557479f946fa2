-- The admin hands evidence items over and destroys them, authorised by a vet or admin, and not
-- while the case is on evidence hold; an item leaves custody once.
begin;
set local search_path = public, extensions;
select plan(6);

select tests.authenticate_as('keeper');
select ok(tests.remember('i', public.record_seizure(tests.seizure_payload('SQLTEST-DISP-A-1',
  items => '[{"description": "Pangolin scales in a sealed sack", "quantity": 12.5, "unit": "kg", "sealNumbers": ["FA-S-001"]},
             {"description": "Bush meat, 4 kg, spoiled", "quantity": 4, "unit": "kg"}]'))), 'a seizure with two items');
select tests.remember('scales', to_jsonb((select id from public.evidence_items where case_id = tests.case_id('i') and description like 'Pangolin%')));
select tests.remember('meat', to_jsonb((select id from public.evidence_items where case_id = tests.case_id('i') and description like 'Bush meat%')));

select tests.authenticate_as('admin');
select lives_ok(
  format($$select public.record_disposition('destroyed', now(), 'Incinerator, Phnom Tamao', p_item_id => %L,
    p_reason => 'Spoiled meat, a health hazard; photographed and weighed first', p_method => 'Incineration',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a1')$$, tests.recall('meat') #>> '{}'),
  'the admin destroys the spoiled meat'
);
select results_eq(
  format($$select i.status::text, e.event_type::text, e.head_count from public.evidence_items i
    join public.dispositions d on d.item_id = i.id join public.custody_events e on e.id = d.custody_event_id where i.id = %L$$, tests.recall('meat') #>> '{}'),
  $$values ('destroyed', 'destroyed', null::integer)$$,
  'the item is destroyed, with a destroyed custody event that counts no animals'
);
select throws_ok(
  format($$select public.record_disposition('destroyed', now(), 'Incinerator', p_item_id => %L,
    p_reason => 'Destroyed a second time by mistake', p_method => 'Incineration', p_authorised_by => '00000000-0000-4000-8000-0000000000a1')$$, tests.recall('meat') #>> '{}'),
  'RL301', null, 'an item leaves custody once'
);
insert into public.evidence_holds (case_id, reason) values (tests.case_id('i'), 'The scales are exhibits at trial');
select throws_ok(
  format($$select public.record_disposition('transferred_out', now(), 'Court registry', p_item_id => %L,
    p_receiving_organisation => 'Municipal Court', p_permit_number => 'CR-2026/5', p_received_by_name => 'Clerk Sok Dina')$$, tests.recall('scales') #>> '{}'),
  'RL303', null, 'a held case''s items are not handed over'
);
select is((select status::text from public.evidence_items where id = (tests.recall('scales') #>> '{}')::uuid), 'held', 'the scales are still held');

select * from finish();
rollback;
