-- The release checklist as data, versioned: a centre aligns the questions with the official IUCN
-- and CITES texts and its own rules by adding a version, without a release of the app. An
-- assessment keeps the version it was answered against, so old answers keep their meaning.
-- Version 1 (for every centre) merges ../shared/RELEASE.md's gates G0–G9 with the issue's list.
--
-- Every answer is yes, not yet, never (cannot be put right) or unknown. "Unknown counts as no"
-- (IUCN 2013: where risk is high or uncertainty remains, do not release): only yes lets a release
-- through, never makes the animal not releasable, anything else means not yet.

create table public.release_checklists (
  id uuid primary key default gen_random_uuid(),
  -- Null: the default for centres that have not written their own.
  centre_id uuid references public.centres (id),
  version integer not null check (version >= 1),
  -- The vet's last exam must be this recent for the health gate to stand.
  max_exam_age_days integer not null default 30 check (max_exam_age_days between 1 and 365),
  notes text check (notes is null or length(notes) <= 2000),
  created_at timestamptz not null default now(),
  unique nulls not distinct (centre_id, version)
);
comment on table public.release_checklists is
  'A version of the release checklist: the default (centre_id null) or a centre''s own. The latest version applies to new assessments.';

create type public.release_section as enum ('legal', 'identity', 'health', 'behaviour', 'site', 'risk');

create table public.release_checklist_questions (
  checklist_id uuid not null references public.release_checklists (id),
  key text not null check (key ~ '^[a-z][a-z_]{1,40}$'),
  position smallint not null check (position between 1 and 100),
  section public.release_section not null,
  question_en text not null check (length(trim(question_en)) between 5 and 500),
  question_km text not null check (length(trim(question_km)) between 5 and 500),
  -- What to do while the answer is not yes (RELEASE.md's "route when blocked").
  route_en text not null check (length(trim(route_en)) between 5 and 500),
  route_km text not null check (length(trim(route_km)) between 5 and 500),
  primary key (checklist_id, key),
  unique (checklist_id, position)
);
comment on table public.release_checklist_questions is 'The questions of a checklist version, in order, in English and Khmer, with the route to take while one is not answered yes.';

create function public.current_release_checklist()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select c.id from public.release_checklists c
  where c.centre_id = public.current_centre_id() or c.centre_id is null
  order by c.centre_id nulls last, c.version desc
  limit 1
$$;
comment on function public.current_release_checklist() is 'The checklist new assessments use: the caller''s centre''s latest version, else the latest default.';

with v1 as (
  insert into public.release_checklists (centre_id, version, notes)
  values (null, 1, 'RELEASE.md gates G0–G9 (IUCN 2013/2019, CITES Res. Conf. 17.8, WRRT practice)')
  returning id
)
insert into public.release_checklist_questions (checklist_id, key, position, section, question_en, question_km, route_en, route_km)
select v1.id, q.* from v1, (values
  ('evidence_record', 1, 'legal'::public.release_section,
   'Is the evidence record complete: photographs from several angles with the label in frame, how the species was identified, a retained DNA sample, the vet''s report?',
   'តើកំណត់ត្រាភស្តុតាងពេញលេញឬទេ៖ រូបថតពីមុំច្រើនដែលមានស្លាកនៅក្នុងរូប វិធីកំណត់ប្រភេទសត្វ សំណាក DNA ដែលបានរក្សាទុក និងរបាយការណ៍ពេទ្យសត្វ?',
   'Keep the animal in custody until the evidence record is complete.',
   'រក្សាសត្វក្នុងការថែរក្សា រហូតដល់កំណត់ត្រាភស្តុតាងពេញលេញ។'),
  ('authorisation', 2, 'legal',
   'Has the competent authority authorised disposal (and the prosecutor or court where required), and for animals from abroad is repatriation to the State of export settled?',
   'តើអាជ្ញាធរមានសមត្ថកិច្ចបានអនុញ្ញាតឱ្យដោះលែង (និងព្រះរាជអាជ្ញា ឬតុលាការ ពេលចាំបាច់) ហើយសម្រាប់សត្វមកពីបរទេស តើការបញ្ជូនត្រឡប់ទៅប្រទេសនាំចេញត្រូវបានដោះស្រាយឬនៅ?',
   'Hold in care; ask the authority; consider repatriation.',
   'រក្សាទុកក្នុងការថែទាំ ស្នើសុំអាជ្ញាធរ ហើយពិចារណាការបញ្ជូនត្រឡប់។'),
  ('identification', 3, 'identity',
   'Is the species identified with confidence, to subspecies or population where it matters?',
   'តើប្រភេទសត្វត្រូវបានកំណត់ដោយប្រាកដ រហូតដល់ប្រភេទរង ឬប្រជាករ ពេលវាសំខាន់ឬទេ?',
   'Identify by an expert or by DNA; otherwise captivity.',
   'ឱ្យអ្នកជំនាញ ឬ DNA កំណត់ប្រភេទ បើមិនដូច្នោះទេ ត្រូវរក្សាទុកក្នុងការចិញ្ចឹម។'),
  ('native_range', 4, 'site',
   'Is the proposed release site inside the species'' native range?',
   'តើទីតាំងដោះលែងដែលបានស្នើ ស្ថិតក្នុងតំបន់រស់នៅដើមរបស់ប្រភេទសត្វនេះឬទេ?',
   'Choose a site in the native range, repatriate after consultation, or place in captivity.',
   'ជ្រើសទីតាំងក្នុងតំបន់រស់នៅដើម បញ្ជូនត្រឡប់ក្រោយការពិគ្រោះ ឬរក្សាទុកក្នុងការចិញ្ចឹម។'),
  ('provenance', 5, 'identity',
   'Is the origin (country, area of capture) known or reliably inferred, so that the provenance is plausible for this site?',
   'តើប្រភពដើម (ប្រទេស តំបន់ចាប់) ត្រូវបានដឹង ឬសន្និដ្ឋានបានគួរឱ្យទុកចិត្ត ដែលធ្វើឱ្យប្រភពសមស្របនឹងទីតាំងនេះឬទេ?',
   'Captivity, or a signed acceptance of the genetic risk where policy allows.',
   'រក្សាទុកក្នុងការចិញ្ចឹម ឬការទទួលយកហានិភ័យហ្សែនដែលបានចុះហត្ថលេខា ពេលគោលនយោបាយអនុញ្ញាត។'),
  ('health', 6, 'health',
   'Examination, screening and quarantine done, and free of disease or cured?',
   'តើការពិនិត្យ ការធ្វើតេស្ត និងការដាក់ដាច់ដោយឡែក បានធ្វើរួច ហើយគ្មានជំងឺ ឬបានព្យាបាលជាឬទេ?',
   'Treat and re-assess; captivity if welfare allows; euthanasia only as the last option.',
   'ព្យាបាល ហើយវាយតម្លៃឡើងវិញ រក្សាទុកក្នុងការចិញ្ចឹម បើសុខុមាលភាពអនុញ្ញាត ការសម្លាប់ដោយមេត្តាធម៌ជាជម្រើសចុងក្រោយប៉ុណ្ណោះ។'),
  ('behaviour', 7, 'behaviour',
   'Fit in body and behaviour: recovered, of independent age, feeds on natural food, avoids people and predators, fit to move?',
   'តើមានសុខភាពរាងកាយ និងឥរិយាបថល្អ៖ បានជាសះស្បើយ មានអាយុអាចរស់ដោយខ្លួនឯង ស៊ីចំណីធម្មជាតិ ចៀសវាងមនុស្ស និងសត្វមំសាសី អាចដឹកជញ្ជូនបានឬទេ?',
   'Rehabilitate, or use a soft-release enclosure; permanent care if it cannot be put right.',
   'ស្តារនីតិសម្បទា ឬប្រើទ្រុងដោះលែងបន្តិចម្តងៗ ការថែទាំជាអចិន្ត្រៃយ៍ បើមិនអាចកែបាន។'),
  ('site', 8, 'site',
   'Is the site suitable: protected, right habitat, the original threats removed or reduced, no harm to animals already there, the right season?',
   'តើទីតាំងសមស្របឬទេ៖ ត្រូវបានការពារ ជម្រកត្រឹមត្រូវ ការគំរាមកំហែងដើមត្រូវបានលុបបំបាត់ ឬកាត់បន្ថយ មិនប៉ះពាល់សត្វដែលនៅទីនោះ និងរដូវត្រឹមត្រូវ?',
   'Wait, choose another site, or captivity.',
   'រង់ចាំ ជ្រើសទីតាំងផ្សេង ឬរក្សាទុកក្នុងការចិញ្ចឹម។'),
  ('risk', 9, 'risk',
   'Has a risk assessment (disease, genetic, ecological, human) been done, and is the risk low? Is the release type (conservation or welfare) recorded?',
   'តើការវាយតម្លៃហានិភ័យ (ជំងឺ ហ្សែន អេកូឡូស៊ី មនុស្ស) បានធ្វើ ហើយហានិភ័យទាបឬទេ? តើប្រភេទនៃការដោះលែង (អភិរក្ស ឬសុខុមាលភាព) ត្រូវបានកត់ត្រាឬទេ?',
   'Do not release while the risk is high or uncertain.',
   'កុំដោះលែង ខណៈហានិភ័យខ្ពស់ ឬមិនច្បាស់លាស់។'),
  ('monitoring', 10, 'risk',
   'Is there a monitoring plan (baseline, method, duration in proportion to the risk)?',
   'តើមានផែនការតាមដាន (ទិន្នន័យមូលដ្ឋាន វិធីសាស្ត្រ រយៈពេលសមាមាត្រនឹងហានិភ័យ) ឬទេ?',
   'Plan the monitoring before the release.',
   'រៀបចំផែនការតាមដាន មុនពេលដោះលែង។')
) as q (key, position, section, question_en, question_km, route_en, route_km);

alter table public.release_checklists enable row level security;
alter table public.release_checklist_questions enable row level security;
create policy "Staff can read the checklists of their centre" on public.release_checklists
  for select to authenticated using ((select public.is_staff()) and (centre_id is null or centre_id = (select public.current_centre_id())));
create policy "Staff can read the questions of their centre's checklists" on public.release_checklist_questions
  for select to authenticated using (checklist_id in (select id from public.release_checklists));
revoke all on public.release_checklists, public.release_checklist_questions from anon;
-- A centre's own version is written by its administrator in SQL for now (see the README); an
-- edit screen is future work, so clients write nothing here.
revoke insert, update, delete, truncate on public.release_checklists, public.release_checklist_questions from authenticated;
