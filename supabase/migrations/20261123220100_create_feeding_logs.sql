-- Feeding logs: each feeding of a diet plan as the keeper saw it (eaten all, part or none, or
-- withheld on a vet's order) with observations and a flag that asks the vets to look. Logs are
-- append-only; a correction is a later log for the same slot, and the latest one counts. Each log
-- carries a key the form generated, so a phone that resends on a poor connection does not log a
-- feeding twice. Expect millions of rows: every index here serves a named page.

create type public.feeding_outcome as enum ('eaten_all', 'eaten_part', 'eaten_none', 'withheld');
comment on type public.feeding_outcome is
  'How a feeding went: offered and eaten all, part or none; or withheld (fasting ordered by a vet, which needs a note).';

create type public.stool_observation as enum ('normal', 'soft', 'liquid', 'none_seen', 'abnormal');
comment on type public.stool_observation is 'What the keeper saw of the stool at this feeding.';

create table public.feeding_logs (
  id bigint generated always as identity primary key,
  client_key uuid not null unique,
  centre_id uuid not null references public.centres (id),
  diet_plan_id uuid not null references public.diet_plans (id),
  animal_id uuid references public.animals (id),
  lot_id uuid references public.lots (id),
  enclosure_id uuid references public.enclosures (id),
  case_id uuid references public.seizure_cases (id),
  fed_on date not null,
  slot smallint not null check (slot between 1 and 12),
  outcome public.feeding_outcome not null,
  behaviour text check (behaviour is null or length(behaviour) <= 1000),
  stool public.stool_observation,
  enrichment text check (enrichment is null or length(enrichment) <= 500),
  concerns text check (concerns is null or length(concerns) <= 2000),
  alert_vets boolean not null default false,
  logged_by uuid not null references public.staff (user_id),
  logged_at timestamptz not null default now(),
  constraint feeding_logs_alert_says_why check (not alert_vets or length(trim(coalesce(concerns, ''))) >= 3),
  constraint feeding_logs_withheld_says_why check (outcome <> 'withheld' or length(trim(coalesce(concerns, ''))) >= 3)
);
-- The round: today's logs of the plans in a section.
create index feeding_logs_plan_day_idx on public.feeding_logs (diet_plan_id, fed_on, slot, id desc);
-- An animal's or a lot's feeding history, newest first.
create index feeding_logs_animal_idx on public.feeding_logs (animal_id, fed_on desc, id desc) where animal_id is not null;
create index feeding_logs_lot_idx on public.feeding_logs (lot_id, fed_on desc, id desc) where lot_id is not null;
-- The vets' lists read only the rare rows: refusals and alerts.
create index feeding_logs_refusals_idx on public.feeding_logs (centre_id, fed_on) where outcome = 'eaten_none';
create index feeding_logs_alerts_idx on public.feeding_logs (centre_id, logged_at desc) where alert_vets;
comment on table public.feeding_logs is
  'One row per feeding logged against a diet plan slot (fed_on, slot). Append-only; the latest row of a slot (highest id: logged_at ties within one transaction) is its answer. client_key makes a resent form harmless.';

create function public.prepare_feeding_log()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  plan public.diet_plans;
  in_care boolean;
  today date := public.centre_today();
begin
  new.logged_by := auth.uid();
  new.logged_at := now();
  if new.logged_by is null then
    raise exception 'Feedings must be logged by a signed-in staff member.' using errcode = '42501';
  end if;
  if new.alert_vets and length(trim(coalesce(new.concerns, ''))) < 3 then
    raise exception 'Say what the vets should look at.' using errcode = 'RL117', hint = 'concerns';
  end if;
  if new.outcome = 'withheld' and length(trim(coalesce(new.concerns, ''))) < 3 then
    raise exception 'Say why the feeding was withheld and who ordered it.' using errcode = 'RL118', hint = 'concerns';
  end if;
  select * into plan from public.diet_plans where id = new.diet_plan_id;
  if plan.id is null or plan.centre_id is distinct from public.current_centre_id() then
    raise exception 'This diet plan was not found.' using errcode = 'RL110', hint = 'dietPlanId';
  end if;
  if new.fed_on > today then
    raise exception 'The feeding day is in the future.' using errcode = 'RL111', hint = 'fedOn';
  end if;
  if new.fed_on < plan.starts_on or (plan.ended_at is not null and new.fed_on > (plan.ended_at at time zone 'Asia/Phnom_Penh')::date) then
    raise exception 'This plan was not in force on %.', new.fed_on using errcode = 'RL112', hint = 'fedOn';
  end if;
  if (new.fed_on - plan.starts_on) % plan.every_n_days <> 0 then
    raise exception 'This plan has no feeding on % (every % days from %).', new.fed_on, plan.every_n_days, plan.starts_on
      using errcode = 'RL113', hint = 'fedOn';
  end if;
  if new.slot > cardinality(plan.feeding_times) then
    raise exception 'This plan has % feedings a day.', cardinality(plan.feeding_times) using errcode = 'RL114', hint = 'slot';
  end if;
  if plan.animal_id is not null then
    select a.status = 'in_care' into in_care from public.animals a where a.id = plan.animal_id;
  elsif plan.lot_id is not null then
    select l.in_care > 0 into in_care from public.lots l where l.id = plan.lot_id;
  else
    in_care := true;
  end if;
  if not in_care then
    raise exception 'This animal or lot is no longer in care.' using errcode = 'RL115', hint = 'dietPlanId';
  end if;
  new.centre_id := plan.centre_id;
  new.animal_id := plan.animal_id;
  new.lot_id := plan.lot_id;
  new.enclosure_id := plan.enclosure_id;
  new.case_id := plan.case_id;
  return new;
end
$$;
comment on function public.prepare_feeding_log() is
  'Copies the subject from the plan and refuses feedings the plan does not have: another centre''s plan, a future day, a day outside the plan, a slot it lacks, or a subject no longer in care.';

create trigger feeding_logs_prepare before insert on public.feeding_logs
  for each row execute function public.prepare_feeding_log();

create function public.refuse_feeding_log_change()
returns trigger
language plpgsql
as $$
begin
  raise exception 'Feeding logs cannot be changed or deleted: log the feeding again and the latest entry counts.' using errcode = '42501';
end
$$;
comment on function public.refuse_feeding_log_change() is 'Feeding logs are append-only, for every role.';

create trigger feeding_logs_are_append_only before update or delete on public.feeding_logs
  for each row execute function public.refuse_feeding_log_change();
create trigger feeding_logs_no_truncate before truncate on public.feeding_logs
  for each statement execute function public.refuse_feeding_log_change();

create table public.feeding_alert_reviews (
  feeding_log_id bigint primary key references public.feeding_logs (id),
  centre_id uuid not null references public.centres (id),
  reviewed_by uuid not null default auth.uid() references public.staff (user_id),
  reviewed_at timestamptz not null default now(),
  note text check (note is null or length(note) <= 2000)
);
comment on table public.feeding_alert_reviews is
  'A vet''s answer to a keeper''s alert: who looked, when, and what they did. One per alert; append-only.';

create function public.prepare_feeding_alert_review()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.reviewed_by := auth.uid();
  new.reviewed_at := now();
  select l.centre_id into new.centre_id from public.feeding_logs l
  where l.id = new.feeding_log_id and l.alert_vets and l.centre_id = public.current_centre_id();
  if new.centre_id is null then
    raise exception 'This alert was not found.' using errcode = 'RL116', hint = 'feedingLogId';
  end if;
  return new;
end
$$;
comment on function public.prepare_feeding_alert_review() is 'Sets who reviewed and when; only alerts of the reviewer''s centre can be reviewed.';

create trigger feeding_alert_reviews_prepare before insert on public.feeding_alert_reviews
  for each row execute function public.prepare_feeding_alert_review();

alter table public.feeding_logs enable row level security;
alter table public.feeding_alert_reviews enable row level security;

create policy "Care staff can read their centre's feeding logs" on public.feeding_logs
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Keepers and vets can log feedings" on public.feeding_logs
  for insert to authenticated
  with check ((select public.has_role('vet', 'keeper')) and centre_id = (select public.current_centre_id()));

create policy "Care staff can read reviews of feeding alerts" on public.feeding_alert_reviews
  for select to authenticated
  using ((select public.has_role('admin', 'vet', 'keeper', 'release_team')) and centre_id = (select public.current_centre_id()));
create policy "Vets can review feeding alerts" on public.feeding_alert_reviews
  for insert to authenticated
  with check ((select public.has_role('vet')) and centre_id = (select public.current_centre_id()));

revoke all on public.feeding_logs, public.feeding_alert_reviews from anon;
revoke update, delete, truncate on public.feeding_logs, public.feeding_alert_reviews from authenticated;
revoke update, delete, truncate on public.feeding_logs from service_role;
