-- A vet euthanizes (authorised by a vet) and transfers animals out, names the receiving party in
-- the custody ledger, and meets the evidence hold: no transfer of a held case, euthanasia only
-- with the prosecutor's or court's consent on record.
begin;
set local search_path = public, extensions;
select plan(10);

select tests.authenticate_as('vet');
select ok(tests.remember('v', public.record_seizure(tests.seizure_payload('SQLTEST-DISP-V-1'))), 'the vet records a seizure');

select throws_ok(
  format($$select public.record_disposition('euthanized', now(), 'Clinic', p_animal_id => %L, p_reason => 'Untreatable fractures of the spine',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a3', p_method => 'Pentobarbital IV')$$, tests.animal_id('v', 0, 0)),
  'RL307', null, 'euthanasia is authorised by a vet, not a keeper'
);
select lives_ok(
  format($$select public.record_disposition('euthanized', now(), 'Clinic', p_animal_id => %L, p_reason => 'Untreatable fractures of the spine',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a2', p_method => 'Pentobarbital IV')$$, tests.animal_id('v', 0, 0)),
  'authorised by the vet, it is recorded'
);
select is(
  (select purpose from public.custody_events e join public.dispositions d on d.custody_event_id = e.id where d.animal_id = tests.animal_id('v', 0, 0)),
  'Euthanized (Pentobarbital IV), authorised by Dr. Dara Lim: Untreatable fractures of the spine',
  'the custody event says how, by whose authority and why'
);
select lives_ok(
  format($$select public.record_disposition('transferred_out', now(), 'Centre gate', p_lot_id => %L, p_count => 4,
    p_receiving_organisation => 'Angkor Centre for Conservation of Biodiversity', p_permit_number => 'FA-TR-2026/77',
    p_received_by_name => 'Bun Thy', p_received_by_id_number => 'ACCB-12')$$, tests.lot_id('v', 1)),
  '4 cobras are transferred to a partner centre'
);
select results_eq(
  format($$select e.from_name, e.to_name, e.to_agency, e.to_id_number, e.head_count from public.custody_events e
    join public.dispositions d on d.custody_event_id = e.id where d.lot_id = %L and d.kind = 'transferred_out'$$, tests.lot_id('v', 1)),
  $$values ('Dr. Dara Lim', 'Bun Thy', 'Angkor Centre for Conservation of Biodiversity', 'ACCB-12', 4)$$,
  'the ledger names both parties of the handover and the count'
);

select tests.authenticate_as('admin');
insert into public.evidence_holds (case_id, reason) values (tests.case_id('v'), 'Exhibits for the trial in March');
select tests.authenticate_as('vet');
select throws_ok(
  format($$select public.record_disposition('transferred_out', now(), 'Centre gate', p_lot_id => %L, p_count => 1,
    p_receiving_organisation => 'ACCB', p_permit_number => 'FA-TR-2026/78', p_received_by_name => 'Bun Thy')$$, tests.lot_id('v', 1)),
  'RL303', null, 'a held case''s animals are not transferred'
);
select throws_ok(
  format($$select public.record_disposition('euthanized', now(), 'Clinic', p_animal_id => %L, p_reason => 'Septicaemia not responding to treatment',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a2', p_method => 'Pentobarbital IV')$$, tests.animal_id('v', 0, 1)),
  'RL304', null, 'euthanasia of a held animal needs the consent''s reference'
);
select lives_ok(
  format($$select public.record_disposition('euthanized', now(), 'Clinic', p_animal_id => %L, p_reason => 'Septicaemia not responding to treatment',
    p_authorised_by => '00000000-0000-4000-8000-0000000000a2', p_method => 'Pentobarbital IV', p_hold_consent_reference => 'PP-2026/118-C')$$, tests.animal_id('v', 0, 1)),
  'with the prosecutor''s consent on record it is recorded'
);
select results_eq(
  format($$select in_care, transferred, count_received from public.lots where id = %L$$, tests.lot_id('v', 1)),
  $$values (8, 4, 12)$$, 'the cobra group reconciles: 8 in care, 4 transferred'
);

select * from finish();
rollback;
