import { domainKm } from './sections/domain.km';
import { casesKm } from './sections/cases.km';
import { animalsKm } from './sections/animals.km';
import { handoverKm } from './sections/handover.km';
import { photoValidationKm, photosKm } from './sections/photos.km';
import { intakeKm } from './sections/intake.km';
import { healthKm, healthValidationKm } from './sections/health.km';
import { drugValidationKm, drugsKm } from './sections/drugs.km';
import { labValidationKm, labKm } from './sections/lab.km';
import { enclosureValidationKm, enclosuresKm } from './sections/enclosures.km';
import { chartsKm } from './sections/charts.km';
import { dashboardKm } from './sections/dashboard.km';
import { feedingKm, feedingValidationKm } from './sections/feeding.km';
import { dispositionValidationKm, dispositionsKm } from './sections/dispositions.km';
import { holdValidationKm, holdsKm } from './sections/holds.km';
import { evidenceValidationKm } from './sections/evidence.km';
import { evidenceRequestsKm } from './sections/evidence-requests.km';
import { releaseAssessmentKm, releaseAssessmentValidationKm } from './sections/release-assessment.km';
import { releaseKm, releaseValidationKm } from './sections/release.km';
import { auditKm, auditValidationKm } from './sections/audit.km';
import { verifyKm, verifyValidationKm } from './sections/verify.km';
import type { Messages } from './en';

/**
 * Khmer. Written by the developers, not yet reviewed by a Khmer-speaking staff member: see
 * docs/i18n.md before production. Numbers stay in Western digits, as the forms expect them typed.
 */
export const km = {
	language: {
		label: 'ភាសា'
	},
	login: {
		title: 'ចូលប្រើ',
		heading: 'ចូលប្រើ Rescue Ledger',
		intro: 'កំណត់ត្រាសត្វដែលស្ថិតក្នុងការថែទាំរបស់មជ្ឈមណ្ឌល។ សូមចូលប្រើដោយគណនីដែលអ្នកគ្រប់គ្រងបានផ្ដល់ឱ្យអ្នក។',
		inactive: 'គណនីនេះមិនមែនជាគណនីបុគ្គលិកសកម្មទេ។ សូមសួរអ្នកគ្រប់គ្រង ឬចូលប្រើដោយគណនីផ្សេង។',
		email: 'អ៊ីមែល',
		password: 'ពាក្យសម្ងាត់',
		submit: 'ចូលប្រើ',
		submitting: 'កំពុងចូលប្រើ…',
		wrongCredentials: 'អ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។',
		tooManyAttempts: 'អ្នកបានព្យាយាមច្រើនដងពេក។ សូមរង់ចាំមួយនាទី រួចព្យាយាមម្ដងទៀត។',
		serviceDown: 'សេវាចូលប្រើមិនបានឆ្លើយតបទេ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀតនេះ។',
		notActive: 'គណនីនេះមិនមែនជាគណនីបុគ្គលិកសកម្មទេ។ សូមសួរអ្នកគ្រប់គ្រង។'
	},
	layout: {
		skipToContent: 'រំលងទៅមាតិកា',
		mainNav: 'ម៉ឺនុយមេ',
		signOut: 'ចាកចេញ',
		continue: 'បន្ត'
	},
	nav: {
		cases: 'សំណុំរឿងចាប់យក',
		intake: 'ទទួលសត្វថ្មី',
		enclosures: 'ទ្រុង'
	},
	roles: {
		admin: 'អ្នកគ្រប់គ្រង',
		vet: 'ពេទ្យសត្វ',
		keeper: 'អ្នកថែទាំសត្វ',
		release_team: 'ក្រុមដោះលែងសត្វ',
		prosecutor: 'ព្រះរាជអាជ្ញា'
	},
	desks: {
		admin: 'គណនីបុគ្គលិក',
		vet: 'ផ្នែកពេទ្យសត្វ',
		keeper: 'វេនថែទាំសត្វ',
		release_team: 'ផែនការដោះលែងសត្វ',
		prosecutor: 'សំណើសុំភស្តុតាង'
	},
	landing: {
		prosecutorEmptyTitle: 'មិនទាន់មានសំណុំរឿងដែលអ្នកមានសិទ្ធិមើលនៅឡើយទេ',
		prosecutorEmptyBody:
			'នៅពេលមជ្ឈមណ្ឌលផ្ដល់សិទ្ធិឱ្យអ្នកមើលសំណុំរឿងណាមួយ សន្លឹកភស្តុតាងរបស់វា (ប្រវត្តិកាន់កាប់ ត្រាបិទ រូបថត និងកូដផ្ទៀងផ្ទាត់របស់រូបថត) នឹងបង្ហាញនៅទីនេះ សម្រាប់តែមើលប៉ុណ្ណោះ។'
	},
	staff: {
		summary: (total: number) =>
			`មជ្ឈមណ្ឌលរបស់អ្នកមានគណនីចំនួន ${total}។ សូមបិទគណនីរបស់អ្នកដែលឈប់ធ្វើការ៖ កំណត់ត្រាកាន់កាប់ភស្តុតាងនៅតែរក្សាឈ្មោះរបស់ពួកគេ។`,
		emptyTitle: 'គ្មានបុគ្គលិកនៅលើទំព័រនេះទេ',
		firstPage: 'ទៅទំព័រទីមួយ',
		pagesLabel: 'ទំព័របញ្ជីបុគ្គលិក',
		tableCaption: 'គណនីបុគ្គលិករបស់មជ្ឈមណ្ឌល',
		colName: 'ឈ្មោះ',
		colEmail: 'អ៊ីមែល',
		colRole: 'តួនាទី',
		colAgency: 'ស្ថាប័ន និងលេខអត្តសញ្ញាណ',
		colStatus: 'ស្ថានភាព',
		active: 'សកម្ម',
		deactivated: 'បានបិទ',
		activate: 'បើកគណនីឡើងវិញ',
		deactivate: 'បិទគណនី',
		confirmActivate: (name: string) => `យល់ព្រម បើកគណនីរបស់ ${name} ឡើងវិញ។`,
		confirmDeactivate: (name: string) => `យល់ព្រម បិទគណនីរបស់ ${name}៖ គាត់នឹងមិនអាចចូលប្រើបានទៀតទេ។`,
		activated: 'បានបើកគណនីឡើងវិញ។',
		deactivatedDone: 'បានបិទគណនី៖ គាត់មិនអាចចូលប្រើបានទៀតទេ។',
		changeNotUnderstood: 'ប្រព័ន្ធមិនយល់ពីការផ្លាស់ប្ដូរនោះទេ។',
		cannotDeactivateSelf: 'អ្នកមិនអាចបិទគណនីផ្ទាល់ខ្លួនរបស់អ្នកបានទេ។',
		notInCentre: 'រកមិនឃើញបុគ្គលិកនេះនៅក្នុងមជ្ឈមណ្ឌលរបស់អ្នកទេ។',
		createTitle: 'បន្ថែមគណនីបុគ្គលិក',
		created: (name: string, email: string) =>
			`បានបង្កើតគណនីសម្រាប់ ${name} (${email})។ សូមប្រាប់ពាក្យសម្ងាត់បណ្ដោះអាសន្នដល់គាត់ដោយផ្ទាល់។`,
		createFailed: 'មិនអាចបង្កើតគណនីបានទេ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកឡើយ។ សូមព្យាយាមម្ដងទៀត។',
		fullName: 'ឈ្មោះពេញ',
		email: 'អ៊ីមែល',
		tempPassword: 'ពាក្យសម្ងាត់បណ្ដោះអាសន្ន',
		tempPasswordHint: 'យ៉ាងហោចណាស់ 12 តួអក្សរ។ សូមប្រាប់គាត់ដោយផ្ទាល់ កុំផ្ញើតាមអ៊ីមែល។',
		role: 'តួនាទី',
		chooseRole: 'ជ្រើសរើសតួនាទី',
		agency: 'ស្ថាប័ន (មិនចាំបាច់)',
		agencyHint: 'សម្រាប់អ្នកមកពីក្រៅមជ្ឈមណ្ឌល ឧទាហរណ៍ តុលាការ ឬរដ្ឋបាលព្រៃឈើ។',
		idNumber: 'លេខអត្តសញ្ញាណ (មិនចាំបាច់)',
		idNumberHint: 'សរសេរដូចនៅលើអត្តសញ្ញាណប័ណ្ណផ្លូវការរបស់គាត់ ព្រោះកំណត់ត្រាកាន់កាប់ភស្តុតាងដកស្រង់លេខនេះ។',
		create: 'បង្កើតគណនី',
		creating: 'កំពុងបង្កើត…'
	},
	pagination: {
		label: 'ទំព័រ',
		previous: 'ទំព័រមុន',
		next: 'ទំព័របន្ទាប់',
		pageOf: (page: number, count: number) => `ទំព័រទី ${page} នៃ ${count}`
	},
	errors: {
		signInHeading: 'សូមចូលប្រើ',
		forbiddenHeading: 'នេះមិនមែនជាផ្នែកការងាររបស់អ្នកទេ',
		notFoundHeading: 'រកមិនឃើញទំព័រ',
		otherHeading: 'មានបញ្ហាកើតឡើង',
		notFound: 'ទំព័រនេះមិនមានទេ។',
		serverError: 'មានបញ្ហាកើតឡើងនៅផ្នែកប្រព័ន្ធរបស់យើង។',
		signInAgain: 'សូមចូលប្រើម្ដងទៀត។',
		wrongDesk: (desks: string, allowed: string, own: string) =>
			`«${desks}» សម្រាប់តែគណនី${allowed}ប៉ុណ្ណោះ។ អ្នកបានចូលប្រើក្នុងនាមជា${own}។`,
		or: (items: string[]) => items.join(' ឬ '),
		referenceStart: 'ប្រសិនបើបញ្ហានេះនៅតែកើតឡើង សូមប្រាប់អ្នកគ្រប់គ្រងនូវលេខយោង',
		referenceEnd: '។',
		backToDesk: 'ត្រឡប់ទៅផ្នែកការងាររបស់អ្នក'
	},
	domain: domainKm,
	cases: casesKm,
	animals: animalsKm,
	photos: photosKm,
	enclosures: enclosuresKm,
	charts: chartsKm,
	dashboard: dashboardKm,
	handover: handoverKm,
	intake: intakeKm,
	health: healthKm,
	drugs: drugsKm,
	lab: labKm,
	feeding: feedingKm,
	dispositions: dispositionsKm,
	holds: holdsKm,
	releaseAssessment: releaseAssessmentKm,
	release: releaseKm,
	evidenceRequests: evidenceRequestsKm,
	verify: verifyKm,
	audit: auditKm,
	validation: {
		...photoValidationKm,
		...healthValidationKm,
		...drugValidationKm,
		...labValidationKm,
		...enclosureValidationKm,
		...feedingValidationKm,
		...dispositionValidationKm,
		...holdValidationKm,
		...evidenceValidationKm,
		...releaseAssessmentValidationKm,
		...releaseValidationKm,
		...verifyValidationKm,
		...auditValidationKm,
		invalid: 'តម្លៃនេះមិនត្រឹមត្រូវទេ។',
		email_required: 'សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែល។',
		email_too_long: 'អាសយដ្ឋានអ៊ីមែលនេះវែងពេក។',
		email_invalid: 'សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលឱ្យត្រឹមត្រូវ ឧទាហរណ៍ name@example.org ។',
		email_taken: 'មានគណនីដែលប្រើអាសយដ្ឋានអ៊ីមែលនេះរួចហើយ។',
		password_required: 'សូមបញ្ចូលពាក្យសម្ងាត់របស់អ្នក។',
		temp_password_required: 'សូមបញ្ចូលពាក្យសម្ងាត់បណ្ដោះអាសន្ន។',
		temp_password_too_short: 'ពាក្យសម្ងាត់បណ្ដោះអាសន្នត្រូវមានយ៉ាងហោចណាស់ 12 តួអក្សរ។',
		temp_password_too_long: 'ពាក្យសម្ងាត់បណ្ដោះអាសន្នអាចមានយ៉ាងច្រើន 72 បៃ (អក្សរខ្មែរមួយតួស្មើនឹង 3 បៃ)។',
		full_name_required: 'សូមបញ្ចូលឈ្មោះពេញ។',
		full_name_too_short: 'សូមបញ្ចូលឈ្មោះពេញ (យ៉ាងហោចណាស់ 2 តួអក្សរ)។',
		full_name_too_long: 'ឈ្មោះពេញអាចមានយ៉ាងច្រើន 200 តួអក្សរ។',
		role_required: 'សូមជ្រើសរើសតួនាទី។',
		agency_too_long: 'ឈ្មោះស្ថាប័នអាចមានយ៉ាងច្រើន 200 តួអក្សរ។',
		id_number_too_long: 'លេខអត្តសញ្ញាណអាចមានយ៉ាងច្រើន 100 តួអក្សរ។',
		staff_unknown: 'រកមិនឃើញបុគ្គលិកនេះទេ។',
		active_invalid: 'សូមបញ្ជាក់ថាត្រូវបើក ឬបិទគណនី។',
		confirm_required: 'សូមធីកប្រអប់ដើម្បីបញ្ជាក់។',
		language_invalid: 'សូមជ្រើសរើសភាសាអង់គ្លេស ឬភាសាខ្មែរ។',
		datetime_invalid: 'សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោង។',
		datetime_in_future: 'កាលបរិច្ឆេទ និងម៉ោងនេះស្ថិតនៅពេលអនាគត។',
		party_name_required: 'សូមបញ្ចូលឈ្មោះបុគ្គល។',
		party_agency_required: 'សូមបញ្ចូលស្ថាប័នរបស់បុគ្គល។',
		text_too_long: 'អត្ថបទនេះវែងពេក។',
		place_required: 'សូមបញ្ចូលទីកន្លែង។',
		latitude_invalid: 'រយៈទទឹងត្រូវជាលេខពី -90 ដល់ 90។',
		longitude_invalid: 'រយៈបណ្ដោយត្រូវជាលេខពី -180 ដល់ 180។',
		coordinates_together: 'សូមផ្ដល់ទាំងរយៈទទឹង និងរយៈបណ្ដោយ ឬមិនផ្ដល់ទាំងពីរ។',
		species_required: 'សូមជ្រើសរើសប្រភេទសត្វ។',
		species_unknown: 'ប្រភេទសត្វនេះមិនមាននៅក្នុងបញ្ជីទេ។',
		count_invalid: 'សូមបញ្ចូលចំនួនសត្វ។',
		count_whole: 'សូមបញ្ចូលចំនួនគត់។',
		count_too_small: 'ចំនួនត្រូវមានយ៉ាងហោចណាស់ 1។',
		count_too_large: 'ចំនួនអាចមានយ៉ាងច្រើន 100,000។',
		record_as_required: 'សូមជ្រើសរើសកំណត់ត្រាជាក្រុម ឬម្នាក់ៗ។',
		item_description_required: 'សូមពិពណ៌នាវត្ថុតាង។',
		quantity_invalid: 'សូមបញ្ចូលបរិមាណធំជាងសូន្យ។',
		quantity_too_large: 'បរិមាណនេះធំពេក។',
		unit_required: 'សូមជ្រើសរើសឯកតា។',
		seal_invalid: 'លេខត្រាអាចមានយ៉ាងច្រើន 60 តួអក្សរ និងយ៉ាងច្រើន 50 ត្រា។',
		case_number_required: 'សូមបញ្ចូលលេខសំណុំរឿង។',
		case_number_invalid: 'លេខសំណុំរឿងប្រើអក្សរ លេខ ដកឃ្លា និង / . _ - (យ៉ាងច្រើន 60)។',
		case_number_taken: 'មានសំណុំរឿងដែលមានលេខនេះរួចហើយ។',
		agency_required: 'សូមបញ្ចូលស្ថាប័នដែលចាប់យក។',
		officer_id_required: 'សូមបញ្ចូលលេខអត្តសញ្ញាណរបស់មន្ត្រីទទួលបន្ទុក។',
		too_many_rows: 'យ៉ាងច្រើន 200 ជួរក្នុងមួយការចាប់យក។',
		seizure_empty: 'សូមបន្ថែមប្រភេទសត្វយ៉ាងហោចណាស់មួយជួរ ឬវត្ថុតាងមួយ។',
		received_before_seized: 'សត្វមិនអាចត្រូវបានទទួលមុនពេលចាប់យកបានទេ។',
		subject_required: 'សូមបញ្ជាក់ថាព្រឹត្តិការណ៍នេះទាក់ទងនឹងសំណុំរឿង ក្រុមសត្វ សត្វ ឬវត្ថុតាងមួយណា។',
		animal_code_invalid: 'លេខកូដសត្វមានទម្រង់ដូចជា PT-2026-000123។',
		event_type_invalid: 'សូមជ្រើសរើសអ្វីដែលបានកើតឡើង។',
		releasing_party_required: 'ការប្រគល់ត្រូវការឈ្មោះ និងស្ថាប័នរបស់អ្នកប្រគល់។',
		correction_reason_required: 'ការកែតម្រូវត្រូវការព្រឹត្តិការណ៍ដែលវាកែ និងមូលហេតុ។',
		photo_invalid: 'រូបថតដែលបានយោងមិនត្រឹមត្រូវទេ។'
	}
} satisfies Messages;
