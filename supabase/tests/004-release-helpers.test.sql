-- Helpers the release files share, created after the 003 files and kept: this file commits. Every
-- record is written by the actor whose role allows it.
begin;

-- A seizure (kept under `key`) whose cobra group (lot 1) is ready for a release assessment on the
-- records: quarantined, cleared early by the vet with the required tests, examined today. Ends as
-- the release team.
create or replace function tests.record_release_fixture(key text, case_number text)
returns boolean
language plpgsql
as $$
begin
  perform tests.authenticate_as('keeper');
  perform tests.remember(key, public.record_seizure(tests.seizure_payload(case_number)));
  perform public.move_to_enclosure(null, tests.lot_id(key, 1), '00000000-0000-4000-8000-00000000e113');
  perform tests.authenticate_as('vet');
  perform public.clear_quarantine(q.id, q.tests_required, 'All negative', 'SQL test: cleared early to assess a release')
  from public.quarantines q where q.lot_id = tests.lot_id(key, 1) and q.cleared_at is null;
  insert into public.lot_exams (lot_id, examined_at, count_examined, count_with_findings) values (tests.lot_id(key, 1), now(), 12, 0);
  perform tests.authenticate_as('release_team');
  return true;
end
$$;
comment on function tests.record_release_fixture(text, text) is 'Tests only: a seizure whose cobra group the records let through to a release assessment.';

-- Every question of an assessment's checklist answered `answer`, as the p_answers of answer_release_questions().
create or replace function tests.all_answers(assessment_id uuid, answer text)
returns jsonb
language sql
stable
as $$
  select jsonb_agg(jsonb_build_object('key', q.key, 'answer', answer))
  from public.release_checklist_questions q join public.release_assessments a on a.checklist_id = q.checklist_id
  where a.id = assessment_id
$$;
comment on function tests.all_answers(uuid, text) is 'Tests only: one answer to every question of an assessment.';

grant execute on function tests.record_release_fixture(text, text), tests.all_answers(uuid, text) to anon, authenticated, service_role;

set local search_path = public, extensions;
select plan(2);
select has_function('tests', 'record_release_fixture', array['text', 'text'], 'the release fixture helper exists');
select has_function('tests', 'all_answers', array['uuid', 'text'], 'the answers helper exists');
select * from finish();
commit;
