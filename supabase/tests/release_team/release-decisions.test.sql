-- The release team assesses part of a cobra group, has it approved in order, schedules and
-- releases it; every rule that stands between an assessment and a release is tried and refused:
-- blocking answers, stale revisions, approvals out of order or by the wrong role, a change after
-- approval, coordinates outside the country, more animals than assessed, a second release, a held case.
begin;
set local search_path = public, extensions;
select plan(40);

select tests.record_release_fixture('r', 'SQLTEST-RELEASE-1');
select throws_ok(
  format($$insert into public.release_assessments (lot_id, head_count) values (%L, 13)$$, tests.lot_id('r', 1)),
  'RL302', null, 'an assessment cannot cover more animals than the lot holds in care (12)'
);
select lives_ok(
  format($$insert into public.release_assessments (lot_id, head_count, proposed_site, release_type)
    values (%L, 5, 'Phnom Kulen', 'conservation')$$, tests.lot_id('r', 1)),
  'the release team opens an assessment of 5 of the 12 cobras'
);
select tests.remember('a', to_jsonb((select id from public.release_assessments where lot_id = tests.lot_id('r', 1))));
select throws_ok(
  format($$update public.release_assessments set head_count = 13 where lot_id = %L$$, tests.lot_id('r', 1)),
  'RL302', null, 'nor be changed to more than that'
);

select is(public.release_assessment_page((tests.recall('a') #>> '{}')::uuid) ->> 'recommendation', 'not_yet', 'unanswered, it is not yet releasable');
select is(
  (select count(*)::int from jsonb_array_elements(public.release_assessment_page((tests.recall('a') #>> '{}')::uuid) -> 'blockers') b where b ->> 'source' = 'answer'),
  10, 'every one of the 10 questions blocks until answered'
);
select is(
  (select count(*)::int from jsonb_array_elements(public.release_assessment_page((tests.recall('a') #>> '{}')::uuid) -> 'blockers') b where b ->> 'source' = 'record'),
  0, 'the records block nothing: quarantine cleared, examined today, no hold'
);

select is(public.answer_release_questions((tests.recall('a') #>> '{}')::uuid, 1, tests.all_answers((tests.recall('a') #>> '{}')::uuid, 'yes')), 2, 'all answered yes: revision 2');
select throws_ok(
  format($$select public.answer_release_questions(%L, 1, '[{"key": "site", "answer": "no"}]')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL311', null, 'an answer from a form of an older revision is refused'
);
select throws_ok(
  format($$select public.answer_release_questions(%L, 2, '[{"key": "weather", "answer": "yes"}]')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL324', null, 'a question not in the checklist is refused'
);
select is(public.release_assessment_page((tests.recall('a') #>> '{}')::uuid) ->> 'recommendation', 'release', 'nothing blocks: the recommendation is release');

select throws_ok(format($$select public.approve_release(%L, 'vet', 2)$$, (tests.recall('a') #>> '{}')::uuid),
  '42501', 'Only a vet gives the vet''s approval.', 'the release team cannot give the vet''s approval');
select throws_ok(format($$select public.approve_release(%L, 'release_lead', 2)$$, (tests.recall('a') #>> '{}')::uuid),
  'RL314', null, 'the release team lead does not approve before the vet');
select throws_ok(format($$select public.schedule_release(%L, 2, public.centre_today() + 7)$$, (tests.recall('a') #>> '{}')::uuid),
  'RL317', null, 'an unapproved release cannot be scheduled');
select tests.authenticate_as('vet');
select lives_ok(format($$select public.approve_release(%L, 'vet', 2, p_notes => 'Fit, screened, good condition')$$, (tests.recall('a') #>> '{}')::uuid), 'the vet approves');
select throws_ok(format($$select public.approve_release(%L, 'vet', 2)$$, (tests.recall('a') #>> '{}')::uuid), 'RL315', null, 'once');
select tests.authenticate_as('release_team');
select lives_ok(format($$select public.approve_release(%L, 'release_lead', 2)$$, (tests.recall('a') #>> '{}')::uuid), 'then the release team lead');
select throws_ok(format($$select public.approve_release(%L, 'authority', 2, 'Keo Vuthy', 'Forestry Administration')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL316', null, 'the authority''s approval needs its document number');
select lives_ok(format($$select public.approve_release(%L, 'authority', 2, 'Keo Vuthy', 'Forestry Administration', 'FA-REL-2026/031')$$, (tests.recall('a') #>> '{}')::uuid),
  'then the authority, with name, agency and document number');
select throws_ok(format($$select public.schedule_release(%L, 2, public.centre_today() - 1)$$, (tests.recall('a') #>> '{}')::uuid),
  'RL318', null, 'a release is not scheduled in the past');
select lives_ok(format($$select public.schedule_release(%L, 2, public.centre_today() + 7)$$, (tests.recall('a') #>> '{}')::uuid), 'approved, it is scheduled');

-- A change after the approvals: they stop counting and the schedule is dropped.
select is(public.answer_release_questions((tests.recall('a') #>> '{}')::uuid, 2, '[{"key": "site", "answer": "not_yet", "note": "Rains came early"}]'), 3,
  'a changed answer is revision 3');
select results_eq(
  format($$select scheduled_for, (public.release_assessment_page(id) ->> 'approvedSteps') from public.release_assessments where id = %L$$, (tests.recall('a') #>> '{}')::uuid),
  $$values (null::date, '[]'::text)$$,
  'the schedule is dropped and no approval counts any more'
);
select throws_ok(format($$select public.schedule_release(%L, 3, public.centre_today() + 7)$$, (tests.recall('a') #>> '{}')::uuid),
  'RL313', null, 'a release with a blocking answer cannot be scheduled');
select is(public.answer_release_questions((tests.recall('a') #>> '{}')::uuid, 3, '[{"key": "site", "answer": "yes", "note": "Dry season again"}]'), 4, 'answered yes again');
select tests.authenticate_as('vet');
select public.approve_release((tests.recall('a') #>> '{}')::uuid, 'vet', 4);
select tests.authenticate_as('release_team');
select public.approve_release((tests.recall('a') #>> '{}')::uuid, 'release_lead', 4);
select public.approve_release((tests.recall('a') #>> '{}')::uuid, 'authority', 4, 'Keo Vuthy', 'Forestry Administration', 'FA-REL-2026/031');

select throws_ok(
  format($$select public.record_release(now(), 'Phnom Kulen', 13.6, 100.5, 'soft', '{Srey Mom Keo, Vannak Sok}', '[{"assessment_id": "%s"}]')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL321', null, 'coordinates outside Cambodia are refused without a reason'
);
select throws_ok(
  format($$select public.record_release(now(), 'Phnom Kulen', 13.6, 104.1, 'soft', '{Srey Mom Keo}', '[{"assessment_id": "%s", "count": 6}]')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL302', null, 'more animals than the assessment covers are refused'
);
select lives_ok(
  format($$select public.record_release(now(), 'Phnom Kulen', 13.6, 104.1, 'soft', '{Srey Mom Keo, Vannak Sok}',
    '[{"assessment_id": "%s"}]', 'Phnom Kulen National Park')$$, (tests.recall('a') #>> '{}')::uuid),
  'the release of the 5 cobras is recorded'
);
select results_eq(
  format($$select in_care, released, count_received from public.lots where id = %L$$, tests.lot_id('r', 1)),
  $$values (7, 5, 12)$$, 'the lot reconciles: 7 in care, 5 released'
);
select results_eq(
  format($$select event_type::text, head_count, lot_id from public.custody_events where case_id = %L order by position desc limit 1$$, tests.case_id('r')),
  format($$values ('released', 5, %L::uuid)$$, tests.lot_id('r', 1)),
  'a released custody event for 5 animals ends the chain'
);
select ok((select valid from public.verify_custody_chain(tests.case_id('r'))), 'and the chain still verifies');
select throws_ok(
  format($$select public.record_release(now(), 'Phnom Kulen', 13.6, 104.1, 'soft', '{Srey Mom Keo}', '[{"assessment_id": "%s"}]')$$, (tests.recall('a') #>> '{}')::uuid),
  'RL320', null, 'the same animals are not released twice'
);

select lives_ok(
  $$insert into public.release_monitoring (disposition_id, observed_on, method, condition, animals_seen)
    select id, public.centre_today(), 'camera_trap', 'good', 2 from public.dispositions where release_event_id is not null and lot_id = tests.lot_id('r', 1)$$,
  'a camera-trap sighting after the release is recorded'
);
select throws_ok(
  $$insert into public.release_monitoring (disposition_id, observed_on, method, condition)
    select id, public.centre_today() - 3, 'sighting', 'good' from public.dispositions where release_event_id is not null and lot_id = tests.lot_id('r', 1)$$,
  'RL323', null, 'a sighting before the release is refused'
);
select is(
  (select s -> 'species' -> 0 ->> 'animals' from jsonb_array_elements(public.release_sites_summary()) s where s ->> 'siteName' = 'Phnom Kulen'),
  '5', 'the sites summary counts the 5 cobras at Phnom Kulen'
);

-- A hold keeps the rest of the group from release, approved or not, and the board says so.
select lives_ok(format($$insert into public.release_assessments (lot_id, head_count) values (%L, 3)$$, tests.lot_id('r', 1)), 'a second assessment, of 3 more');
select tests.remember('a2', to_jsonb((select id from public.release_assessments where lot_id = tests.lot_id('r', 1) and release_event_id is null)));
select public.answer_release_questions((tests.recall('a2') #>> '{}')::uuid, 1, tests.all_answers((tests.recall('a2') #>> '{}')::uuid, 'yes'));
select tests.authenticate_as('vet');
select public.approve_release((tests.recall('a2') #>> '{}')::uuid, 'vet', 2);
select tests.authenticate_as('release_team');
select public.approve_release((tests.recall('a2') #>> '{}')::uuid, 'release_lead', 2);
select public.approve_release((tests.recall('a2') #>> '{}')::uuid, 'authority', 2, 'Keo Vuthy', 'Forestry Administration', 'FA-REL-2026/032');
select tests.authenticate_as('admin');
insert into public.evidence_holds (case_id, reason) values (tests.case_id('r'), 'Trader''s appeal: the cobras are exhibits');
select tests.authenticate_as('release_team');
select ok(
  (select bool_or(x ->> 'key' = 'evidence_hold') from jsonb_array_elements(public.release_assessment_page((tests.recall('a2') #>> '{}')::uuid) -> 'blockers') x),
  'the hold blocks the second assessment'
);
select throws_ok(
  format($$select public.record_release(now(), 'Phnom Kulen', 13.6, 104.1, 'soft', '{Srey Mom Keo}', '[{"assessment_id": "%s"}]')$$, tests.recall('a2') #>> '{}'),
  'RL313', null, 'approved before the hold, its animals are still not released while the hold stands'
);
select is(
  (select count(*)::int from jsonb_array_elements(public.release_board(1, 200) -> 'candidates' -> 'rows') r
   where r -> 'blockers' is distinct from to_jsonb(public.release_record_blockers((r ->> 'caseId')::uuid, (r ->> 'animalId')::uuid,
     (r ->> 'lotId')::uuid, (r ->> 'headCount')::int, 30))),
  0, 'the board gives each candidate the blockers release_record_blockers() gives it'
);
select ok(
  (select count(distinct r -> 'blockers') > 2 from jsonb_array_elements(public.release_board(1, 200) -> 'candidates' -> 'rows') r),
  'over candidates with different blockers'
);
select is(
  (select (h ->> 'animalsInCare')::int from jsonb_array_elements(public.release_board() -> 'heldCases') h where h ->> 'caseId' = tests.case_id('r')::text),
  10, 'the board lists the held case with its 10 animals in care (7 cobras, 3 pythons)'
);

select * from finish();
rollback;
