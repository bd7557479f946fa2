-- Evidence holds. A prosecutor (on a case granted to them) or an admin puts a case on hold while a
-- court may still need its animals and items; until the hold is lifted, with the court's reference,
-- none of them may be released, transferred or destroyed. The dispositions of issue 5 ask
-- case_on_hold() before they write anything; this migration records holds and their lifting.
-- A hold is never deleted or rewritten: lifting fills in who, when and on what authority, and a
-- new hold is a new row, so the case's history of holds is what a court would want to see.

create table public.evidence_holds (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references public.seizure_cases (id),
  reason text not null check (length(trim(reason)) between 5 and 2000),
  court_reference text check (court_reference is null or length(trim(court_reference)) between 1 and 200),
  placed_by uuid not null default auth.uid() references public.staff (user_id),
  placed_at timestamptz not null default now(),
  lifted_by uuid references public.staff (user_id),
  lifted_at timestamptz,
  lift_court_reference text check (lift_court_reference is null or length(trim(lift_court_reference)) between 1 and 200),
  lift_notes text check (lift_notes is null or length(lift_notes) <= 2000),
  constraint evidence_holds_lifted_together check (
    (lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_court_reference is null))
);
-- At most one hold in force per case: a second would make "lifted" ambiguous.
create unique index evidence_holds_in_force_key on public.evidence_holds (case_id) where lifted_at is null;
create index evidence_holds_case_id_idx on public.evidence_holds (case_id, placed_at desc);
comment on table public.evidence_holds is
  'A case held as evidence: while a row has no lifted_at, the case''s animals and items cannot be released, transferred or destroyed. Rows are never deleted; lifting records who, when and the court''s reference.';

create function public.prepare_evidence_hold()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if exists (select 1 from public.evidence_holds h where h.case_id = new.case_id and h.lifted_at is null) then
      raise exception 'This case is already on evidence hold.' using errcode = 'RL201', hint = 'form';
    end if;
    new.placed_by := auth.uid();
    new.placed_at := now();
    new.lifted_by := null;
    new.lifted_at := null;
    new.lift_court_reference := null;
    new.lift_notes := null;
    return new;
  end if;
  -- An update only lifts a hold in force, and only that: the placing is the record of what happened.
  if old.lifted_at is not null then
    raise exception 'This hold was already lifted.' using errcode = 'RL202', hint = 'form';
  end if;
  if new.lift_court_reference is null or length(trim(new.lift_court_reference)) = 0 then
    raise exception 'Give the reference of the court''s decision or letter that lifts the hold.'
      using errcode = 'RL203', hint = 'liftCourtReference';
  end if;
  if (new.case_id, new.reason, new.court_reference, new.placed_by, new.placed_at)
     is distinct from (old.case_id, old.reason, old.court_reference, old.placed_by, old.placed_at) then
    raise exception 'A hold is not changed once placed: lift it and place a new one.' using errcode = 'RL202', hint = 'form';
  end if;
  new.lifted_by := auth.uid();
  new.lifted_at := now();
  return new;
end
$$;
comment on function public.prepare_evidence_hold() is
  'Sets who placed a hold and when; lets an update only lift a hold in force, with the court''s reference, recording who and when.';

create trigger evidence_holds_prepare before insert or update on public.evidence_holds
  for each row execute function public.prepare_evidence_hold();

create function public.case_on_hold(p_case_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.evidence_holds h where h.case_id = p_case_id and h.lifted_at is null)
$$;
comment on function public.case_on_hold(uuid) is
  'True while the case has an evidence hold in force. Security definer: a disposition must be refused even for a caller RLS shows no hold to.';

alter table public.evidence_holds enable row level security;

create policy "Staff can read the holds of the cases open to them" on public.evidence_holds
  for select to authenticated
  using (case_id in (select public.readable_case_ids()));
create policy "Prosecutors and admins can place holds on cases open to them" on public.evidence_holds
  for insert to authenticated
  with check ((select public.has_role('admin', 'prosecutor')) and case_id in (select public.readable_case_ids()));
create policy "Prosecutors and admins can lift holds on cases open to them" on public.evidence_holds
  for update to authenticated
  using ((select public.has_role('admin', 'prosecutor')) and case_id in (select public.readable_case_ids()))
  with check ((select public.has_role('admin', 'prosecutor')) and case_id in (select public.readable_case_ids()));

revoke all on public.evidence_holds from anon;
revoke update, delete, truncate on public.evidence_holds from authenticated;
grant update (lift_court_reference, lift_notes) on public.evidence_holds to authenticated;
revoke execute on function public.case_on_hold(uuid) from public, anon;
grant execute on function public.case_on_hold(uuid) to authenticated, service_role;
