import type { SheetText } from './sheet-labels';

// Khmer wording of the evidence sheet, written without a native speaker: it follows the app's
// dictionary (cases.km.ts, domain.km.ts) where that has the term, and must be reviewed by a
// Khmer-speaking legal reader before sheets in Khmer go to a court.
export const sheetTextKm = {
	title: 'សន្លឹកភស្តុតាងខ្សែសង្វាក់កាន់កាប់',
	subjectKind: { case: 'សំណុំរឿង', lot: 'ក្រុមសត្វ', animal: 'សត្វ', item: 'វត្ថុតាង' },
	subjectOf: (subject: string, caseNumber: string) => `${subject} នៃសំណុំរឿង ${caseNumber}`,
	runningHead: (caseNumber: string) => `សំណុំរឿង ${caseNumber} · សន្លឹកភស្តុតាងខ្សែសង្វាក់កាន់កាប់`,
	intro:
		'សន្លឹកនេះត្រូវបានរៀបចំចេញពីកំណត់ត្រាកាន់កាប់ ដូចដែលមាននៅពេលបង្កើតសន្លឹក។ កូដ SHA-256 នៃខ្លឹមសារនៅបាតទំព័រ បញ្ជាក់ច្បាស់ពីកំណត់ត្រាដែលបានបង្ហាញ ហើយកូដ QR នាំទៅកាន់ទំព័រដែលគណនាវាឡើងវិញ។',
	notRecorded: '—',
	yes: 'មែន',
	no: 'មិនមែន',
	sections: {
		case: 'សំណុំរឿងចាប់យក',
		request: 'សំណើភស្តុតាង',
		species: 'ប្រភេទសត្វ',
		summary: 'ចំនួនសរុប',
		lots: 'ការផ្ទៀងផ្ទាត់ចំនួនក្រុមសត្វ',
		animals: 'សត្វដែលមានកំណត់ត្រាម្នាក់ៗ',
		items: 'វត្ថុតាង',
		events: 'ព្រឹត្តិការណ៍កាន់កាប់',
		photos: 'រូបថត',
		veterinary: 'សេចក្តីសង្ខេបពេទ្យសត្វ',
		offender: 'ព័ត៌មានជនល្មើស',
		signatures: 'ហត្ថលេខា'
	},
	case: {
		centre: 'មជ្ឈមណ្ឌលសង្គ្រោះ',
		caseNumber: 'លេខសំណុំរឿង',
		seizedAt: 'ថ្ងៃម៉ោងចាប់យក',
		place: 'ទីកន្លែង',
		coordinates: 'កូអរដោនេ',
		agency: 'ស្ថាប័នដែលចាប់យក',
		leadOfficer: 'មន្ត្រីទទួលបន្ទុក',
		officer: (name: string, agency: string, idNumber: string) => `${name}, ${agency}, អត្តសញ្ញាណលេខ ${idNumber}`,
		legalBasis: 'មូលដ្ឋានច្បាប់',
		courtReference: 'លេខយោងតុលាការ',
		status: 'ស្ថានភាព'
	},
	request: { requestedBy: 'ស្នើសុំដោយ', purpose: 'គោលបំណង', courtCaseNumber: 'លេខសំណុំរឿងតុលាការ' },
	summary: {
		species: 'ប្រភេទសត្វ',
		lots: 'ក្រុមសត្វ',
		animals: 'សត្វដែលមានកំណត់ត្រាម្នាក់ៗ',
		items: 'វត្ថុតាង',
		events: 'ព្រឹត្តិការណ៍កាន់កាប់',
		photos: 'រូបថត'
	},
	species: {
		scientificName: 'ឈ្មោះវិទ្យាសាស្ត្រ',
		englishName: 'ឈ្មោះអង់គ្លេស',
		khmerName: 'ឈ្មោះខ្មែរ',
		iucn: 'បញ្ជីក្រហម IUCN',
		cites: 'ឧបសម្ព័ន្ធ CITES',
		nationalStatus: 'ស្ថានភាពថ្នាក់ជាតិ',
		citesNotListed: 'មិនមានក្នុងបញ្ជី',
		unconfirmedNote: '? = មិនទាន់បញ្ជាក់ជាមួយបញ្ជីផ្លូវការ។'
	},
	lots: {
		lot: 'ក្រុមសត្វ',
		check: 'ផ្ទៀងផ្ទាត់',
		reconciles: 'ត្រូវគ្នា',
		doesNotReconcile: 'មិនត្រូវគ្នា',
		rule: 'បានទទួល = កំពុងថែទាំ + បំបែកជាកំណត់ត្រាម្នាក់ៗ + បានដោះលែង + បានផ្ទេរ + បានស្លាប់ + បានធ្វើឃាតដោយមេត្តា + បានរត់គេច។',
		individuals: (inCare: number, ended: number) => `ក្នុងចំណោមសត្វម្នាក់ៗ៖ ${inCare} កំពុងថែទាំ ${ended} លែងស្ថិតក្នុងការថែទាំ។`,
		conditionOnArrival: 'ស្ថានភាពពេលមកដល់'
	},
	animals: {
		code: 'លេខកូដ',
		sex: 'ភេទ',
		age: 'អាយុ',
		identifiers: 'សញ្ញាសម្គាល់',
		marks: 'ស្លាកស្នាមពិសេស',
		microchip: 'មីក្រូឈីប',
		ring: 'កងជើង',
		tag: 'ស្លាក'
	},
	items: { description: 'ការពិពណ៌នា', quantity: 'បរិមាណ', seals: 'ត្រាបិទ', storage: 'កន្លែងរក្សាទុក' },
	events: {
		position: '#',
		when: 'កាលបរិច្ឆេទ និងម៉ោង (UTC)',
		event: 'ព្រឹត្តិការណ៍',
		custody: 'ការកាន់កាប់',
		details: 'ព័ត៌មានលម្អិត',
		recorded: 'កត់ត្រា',
		from: 'ពី',
		to: 'ទៅ',
		nobody: 'គ្មាន (ចាប់ផ្ដើមការកាន់កាប់)',
		id: 'អត្តសញ្ញាណ',
		heads: (n: number) => `${n} ក្បាល`,
		place: 'ទីកន្លែង',
		purpose: 'គោលបំណង',
		sealsApplied: 'ត្រាដែលបានបិទ',
		sealsBroken: 'ត្រាដែលបានបើក',
		photos: 'រូបថត',
		corrects: (position: number) => `កែតម្រូវព្រឹត្តិការណ៍ #${position}`,
		reason: 'មូលហេតុ',
		notes: 'កំណត់សម្គាល់',
		by: 'ដោយ'
	},
	photos: {
		subject: 'ទាក់ទងនឹង',
		takenAt: 'ថតនៅ',
		uploadedAt: 'ផ្ទុកឡើងនៅ',
		noCaption: '(គ្មានចំណងជើង)',
		notEmbedded: 'មិនបានបញ្ចូលរូបភាព',
		sha256: 'SHA-256'
	},
	veterinary: {
		lotIntake: 'ការពិនិត្យក្រុមសត្វពេលទទួល',
		firstExams: 'ការពិនិត្យលើកដំបូងនៃសត្វនីមួយៗ',
		deaths: 'ការស្លាប់ និងការធ្វើឃាតដោយមេត្តា',
		examinedAt: 'ពិនិត្យនៅ',
		examined: 'ចំនួនបានពិនិត្យ',
		withFindings: 'មានបញ្ហារកឃើញ',
		notes: 'កំណត់សម្គាល់',
		animal: 'សត្វ',
		weight: 'ទម្ងន់ (ក្រាម)',
		bodyCondition: 'ស្ថានភាពរាងកាយ (1–5)',
		assessment: 'ការវាយតម្លៃ',
		kind: 'ប្រភេទ',
		occurredAt: 'កាលបរិច្ឆេទ',
		foundDead: 'រកឃើញស្លាប់',
		cause: 'មូលហេតុ',
		method: 'វិធីសាស្ត្រ',
		reason: 'ហេតុផល',
		necropsy: 'ការវះពិនិត្យសាកសព៖ មូលហេតុនៃការស្លាប់'
	},
	signatures: {
		preparedBy: 'រៀបចំដោយ',
		checkedBy: 'ពិនិត្យដោយ',
		receivedBy: 'ទទួលដោយ (ព្រះរាជអាជ្ញា / តុលាការ)',
		name: 'ឈ្មោះ',
		signature: 'ហត្ថលេខា',
		date: 'កាលបរិច្ឆេទ'
	},
	footer: {
		documentId: 'លេខសម្គាល់ឯកសារ',
		generated: (at: string, by: string) => `បង្កើតនៅ ${at} ដោយ ${by}`,
		contentHash: 'SHA-256 នៃខ្លឹមសារ',
		chainHead: 'ក្បាលខ្សែសង្វាក់',
		events: (n: number) => `ព្រឹត្តិការណ៍ ${n}`,
		page: (page: number, pages: number) => `ទំព័រ ${page} នៃ ${pages}`,
		checkAt: (url: string) => `ពិនិត្យសន្លឹកនេះនៅ ${url}`
	},
	empty: {
		species: 'គ្មានប្រភេទសត្វក្នុងសន្លឹកនេះទេ។',
		lots: 'គ្មានក្រុមសត្វក្នុងសន្លឹកនេះទេ។',
		animals: 'គ្មានសត្វដែលមានកំណត់ត្រាម្នាក់ៗក្នុងសន្លឹកនេះទេ។',
		items: 'គ្មានវត្ថុតាងក្នុងសំណុំរឿងនេះទេ។',
		itemsOfSubject: 'គ្មានវត្ថុតាងក្នុងសន្លឹកនេះទេ។',
		events: 'គ្មានព្រឹត្តិការណ៍កាន់កាប់ក្នុងសន្លឹកនេះទេ។',
		photos: 'គ្មានរូបថតក្នុងសន្លឹកនេះទេ។',
		none: 'មិនបានកត់ត្រា។'
	}
} satisfies SheetText;
