-- Demo data for the embedded stack: one centre and one account per role. Demo passwords only:
-- the start command refuses to run with them when NODE_ENV=production.

insert into public.centres (id, code, name, name_km)
values ('00000000-0000-4000-8000-000000000001', 'PT', 'Phnom Tamao Wildlife Rescue Centre', 'មជ្ឈមណ្ឌលសង្គ្រោះសត្វព្រៃភ្នំតាម៉ៅ');

with demo (id, email, password, full_name, role, agency) as (
  values
    ('00000000-0000-4000-8000-0000000000a1'::uuid, 'admin@rescue-ledger.test', 'demo-admin-2026', 'Sokha Chan', 'admin'::public.staff_role, 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a2'::uuid, 'vet@rescue-ledger.test', 'demo-vet-2026', 'Dr. Dara Lim', 'vet', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a3'::uuid, 'keeper@rescue-ledger.test', 'demo-keeper-2026', 'Vannak Sok', 'keeper', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a4'::uuid, 'release@rescue-ledger.test', 'demo-release-2026', 'Srey Mom Keo', 'release_team', 'Phnom Tamao Wildlife Rescue Centre'),
    ('00000000-0000-4000-8000-0000000000a5'::uuid, 'prosecutor@rescue-ledger.test', 'demo-prosecutor-2026', 'Rithy Heng', 'prosecutor', 'Phnom Penh Municipal Court')
), users as (
  insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                          raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
  select '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email,
         extensions.crypt(password, extensions.gen_salt('bf', 10)), now(),
         '{"provider":"email","providers":["email"]}', jsonb_build_object('full_name', full_name), now(), now()
  from demo
  returning id
), identities as (
  insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
  select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true), 'email', now(), now()
  from demo
)
insert into public.staff (user_id, centre_id, full_name, role, agency)
select id, '00000000-0000-4000-8000-000000000001', full_name, role, agency from demo;

-- Demo seizures, recorded as the keeper would through the intake form (record_seizure writes the
-- lots, animal codes, items and the hash-chained custody events). Shaped on real WRRT operations.
-- Session-wide (false), not transaction-local: the seed file's statements may run one by one.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000a3","role":"authenticated"}', false);

select public.record_seizure($${
  "caseNumber": "WRRT-2026-0142",
  "seizedAt": "2026-06-14T05:30:00+07:00",
  "location": { "description": "Fishing boat on the Mekong near Koh Thom, Kandal", "lat": 11.1102, "lng": 105.0561 },
  "agency": "Wildlife Rapid Rescue Team",
  "leadOfficer": { "name": "Chea Sophal", "agency": "Forestry Administration", "idNumber": "FA-1123" },
  "legalBasis": "Law on Forestry (2002), art. 49 and 98",
  "offenderDetails": "Boat owner (demo): name withheld pending charge",
  "receivedAt": "2026-06-14T11:45:00+07:00",
  "lots": [
    { "species": "Ptyas mucosa", "count": 468, "recordAs": "group", "condition": "Crowded in sacks, most alive" },
    { "species": "Python bivittatus", "count": 2, "recordAs": "individual", "condition": "Thin, mouth lesions on one" },
    { "species": "Indotestudo elongata", "count": 104, "recordAs": "group", "condition": "Dehydrated" },
    { "species": "Heosemys annandalii", "count": 8, "recordAs": "individual" },
    { "species": "Heosemys grandis", "count": 21, "recordAs": "group" },
    { "species": "Cyclemys dentata", "count": 178, "recordAs": "group" },
    { "species": "Cuora amboinensis", "count": 4, "recordAs": "individual" }
  ],
  "items": []
}$$::jsonb);

select public.record_seizure($${
  "caseNumber": "WRRT-2026-0198",
  "seizedAt": "2026-08-02T16:10:00+07:00",
  "location": { "description": "Trader's house, Prek Pnov, Phnom Penh" },
  "agency": "Wildlife Rapid Rescue Team",
  "leadOfficer": { "name": "Ouk Vanna", "agency": "Military Police", "idNumber": "MP-0457" },
  "lots": [
    { "species": "Siebenrockiella crassicollis", "count": 96, "recordAs": "group" },
    { "species": "Malayemys subtrijuga", "count": 70, "recordAs": "group" },
    { "species": "Amyda cartilaginea", "count": 48, "recordAs": "group" },
    { "species": "Varanus salvator", "count": 16, "recordAs": "individual", "condition": "Tied, several with leg wounds" }
  ],
  "items": [{ "description": "Monitor lizard skins", "species": "Varanus salvator", "quantity": 35, "unit": "count", "sealNumbers": ["FA-S-2231"], "storageLocation": "Evidence store, shelf B2" }]
}$$::jsonb);

select public.record_seizure($${
  "caseNumber": "WRRT-2026-0231",
  "seizedAt": "2026-10-19T07:20:00+07:00",
  "location": { "description": "Wild-meat stall, Kampong Speu market" },
  "agency": "Wildlife Rapid Rescue Team",
  "leadOfficer": { "name": "Chea Sophal", "agency": "Forestry Administration", "idNumber": "FA-1123" },
  "lots": [],
  "items": [
    { "description": "Wild meat, mixed species", "quantity": 173, "unit": "kg", "sealNumbers": ["WRRT-0091", "WRRT-0092", "WRRT-0093"], "storageLocation": "Freezer 2" },
    { "description": "Pangolin scales", "species": "Manis javanica", "quantity": 2.4, "unit": "kg", "sealNumbers": ["WRRT-0094"], "storageLocation": "Evidence store, shelf A1" }
  ]
}$$::jsonb);

-- The prosecutor of the demo may read the boat case, with veterinary details but not the offender.
insert into public.case_grants (case_id, prosecutor_id, include_veterinary, include_offender, granted_by)
select id, '00000000-0000-4000-8000-0000000000a5', true, false, '00000000-0000-4000-8000-0000000000a1'
from public.seizure_cases where case_number = 'WRRT-2026-0142';

-- The demo centre's places, as the admin sets them up (ids fixed so tests and links can name them).
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000a1","role":"authenticated"}', false);
insert into public.enclosures (id, parent_id, kind, name, enclosure_type, capacity, suits_classes, is_quarantine) values
  ('00000000-0000-4000-8000-00000000e100', null, 'site', 'Quarantine', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e110', '00000000-0000-4000-8000-00000000e100', 'area', 'Reptile house', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e111', '00000000-0000-4000-8000-00000000e110', 'enclosure', 'Tank 12', 'tank', 40, '{reptile}', true),
  ('00000000-0000-4000-8000-00000000e112', '00000000-0000-4000-8000-00000000e110', 'enclosure', 'Snake room', 'vivarium', 500, '{reptile}', true),
  ('00000000-0000-4000-8000-00000000e113', '00000000-0000-4000-8000-00000000e110', 'enclosure', 'Turtle pool Q1', 'pond', 400, '{reptile}', true),
  ('00000000-0000-4000-8000-00000000e120', '00000000-0000-4000-8000-00000000e100', 'area', 'Mammal quarantine', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e121', '00000000-0000-4000-8000-00000000e120', 'enclosure', 'Cage M3', 'cage', 4, '{mammal}', true),
  ('00000000-0000-4000-8000-00000000e200', null, 'site', 'Phnom Tamao main', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e210', '00000000-0000-4000-8000-00000000e200', 'area', 'Turtle section', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e211', '00000000-0000-4000-8000-00000000e210', 'enclosure', 'Turtle pond 3', 'pond', 300, '{reptile}', false),
  ('00000000-0000-4000-8000-00000000e212', '00000000-0000-4000-8000-00000000e210', 'enclosure', 'Tortoise pen 1', 'pen', 120, '{reptile}', false),
  ('00000000-0000-4000-8000-00000000e220', '00000000-0000-4000-8000-00000000e200', 'area', 'Primate section', null, null, '{}', false),
  ('00000000-0000-4000-8000-00000000e221', '00000000-0000-4000-8000-00000000e220', 'enclosure', 'Gibbon island', 'paddock', 6, '{mammal}', false);

-- Demo quarantine rules (the centre's own policy, set by its admin; not a published standard).
insert into public.quarantine_policies (taxon_class, required_days, tests_required) values
  ('reptile', 60, '{"Faecal parasite screen"}'),
  ('mammal', 30, '{"Faecal parasite screen","Tuberculin test"}'),
  ('bird', 30, '{"Avian influenza swab"}');

-- The boat seizure went into quarantine an hour after receipt, moved by the keeper.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-0000000000a3","role":"authenticated"}', false);
select public.move_to_enclosure(null, l.id, target.id::uuid, null, '2026-06-14T12:45:00+07:00')
from public.lots l
join public.seizure_cases c on c.id = l.case_id and c.case_number = 'WRRT-2026-0142'
join public.species s on s.id = l.species_id
join (values ('Ptyas mucosa', '00000000-0000-4000-8000-00000000e112'), ('Indotestudo elongata', '00000000-0000-4000-8000-00000000e113'),
  ('Heosemys grandis', '00000000-0000-4000-8000-00000000e113'), ('Cyclemys dentata', '00000000-0000-4000-8000-00000000e113'))
  as target (species, id) on target.species = s.scientific_name
order by l.intake_position;
select public.move_to_enclosure(a.id, null, case when s.scientific_name = 'Heosemys annandalii'
    then '00000000-0000-4000-8000-00000000e113' else '00000000-0000-4000-8000-00000000e111' end::uuid,
  null, '2026-06-14T12:50:00+07:00')
from public.animals a
join public.seizure_cases c on c.id = a.case_id and c.case_number = 'WRRT-2026-0142'
join public.species s on s.id = a.species_id
order by a.code;

-- Demo diet plans and feedings of the boat seizure, as its keeper wrote them (the centre's own
-- plans, not a published diet): days count back from the day the demo starts, so the round and
-- the vets' lists always have something to show. The cobra-like snakes eat weekly.
insert into public.diet_plans (animal_id, lot_id, enclosure_id, items, feeding_times, every_n_days, starts_on, notes)
select null, l.id, null, plan.items::jsonb, plan.times::time[], plan.every_n, public.centre_today() - plan.started, 'Demo plan'
from public.lots l
join public.seizure_cases c on c.id = l.case_id and c.case_number = 'WRRT-2026-0142'
join public.species s on s.id = l.species_id
join (values
  ('Ptyas mucosa', '[{"food": "Thawed mice", "amount": 470, "unit": "items"}]', '{17:00}', 7, 7),
  ('Indotestudo elongata', '[{"food": "Kangkong", "amount": 3, "unit": "kg"}, {"food": "Banana", "amount": 0.5, "unit": "kg"}]', '{07:00}', 1, 10),
  ('Heosemys grandis', '[{"food": "Kangkong", "amount": 1.5, "unit": "kg"}, {"food": "Whole fish", "amount": 0.5, "unit": "kg"}]', '{07:00,15:00}', 1, 10),
  ('Cyclemys dentata', '[{"food": "Whole fish", "amount": 1, "unit": "kg"}, {"food": "Kangkong", "amount": 1, "unit": "kg"}]', '{07:00}', 1, 10))
  as plan (species, items, times, every_n, started) on plan.species = s.scientific_name;
insert into public.diet_plans (animal_id, items, feeding_times, every_n_days, starts_on, notes)
select a.id, '[{"food": "Thawed rats", "amount": 2, "unit": "items"}]', '{10:00}', 7, public.centre_today() - 7, 'Demo plan'
from public.animals a
join public.seizure_cases c on c.id = a.case_id and c.case_number = 'WRRT-2026-0142'
join public.species s on s.id = a.species_id and s.scientific_name = 'Python bivittatus';

-- Yesterday and today: the Asian leaf turtles refused twice (the vets' list shows it) and a
-- keeper flagged the tortoises.
insert into public.feeding_logs (client_key, diet_plan_id, fed_on, slot, outcome, stool, concerns, alert_vets)
select gen_random_uuid(), p.id, public.centre_today() - log.days_ago, 1, log.outcome::public.feeding_outcome,
  log.stool::public.stool_observation, log.concerns, log.concerns is not null
from public.diet_plans p
join public.lots l on l.id = p.lot_id
join public.species s on s.id = l.species_id
join (values
  ('Cyclemys dentata', 1, 'eaten_none', 'none_seen', null),
  ('Cyclemys dentata', 0, 'eaten_none', 'none_seen', null),
  ('Indotestudo elongata', 1, 'eaten_all', 'normal', null),
  ('Indotestudo elongata', 0, 'eaten_part', 'soft', 'Three tortoises did not eat; eyes swollen on two'),
  ('Heosemys grandis', 0, 'eaten_all', 'normal', null))
  as log (species, days_ago, outcome, stool, concerns) on log.species = s.scientific_name;

select set_config('request.jwt.claims', '', false);
