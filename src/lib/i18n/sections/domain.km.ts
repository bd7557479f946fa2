import type { domainEn } from './domain.en';

/** Khmer vocabulary; see docs/i18n.md (needs a Khmer-speaking reviewer before production). */
export const domainKm = {
	taxonClass: {
		mammal: 'ថនិកសត្វ',
		bird: 'បក្សី',
		reptile: 'សត្វល្មូន',
		amphibian: 'សត្វពាក់កណ្ដាលទឹកពាក់កណ្ដាលគោក',
		fish: 'ត្រី',
		invertebrate: 'សត្វឥតឆ្អឹងកង'
	},
	iucn: {
		EX: 'ផុតពូជ',
		EW: 'ផុតពូជនៅក្នុងធម្មជាតិ',
		CR: 'ជិតផុតពូជបំផុត',
		EN: 'ជិតផុតពូជ',
		VU: 'ងាយរងគ្រោះ',
		NT: 'ជិតរងគ្រោះ',
		LC: 'មិនសូវមានកង្វល់',
		DD: 'ខ្វះទិន្នន័យ',
		NE: 'មិនទាន់វាយតម្លៃ'
	},
	cites: {
		I: 'CITES ឧបសម្ព័ន្ធ I',
		II: 'CITES ឧបសម្ព័ន្ធ II',
		III: 'CITES ឧបសម្ព័ន្ធ III',
		not_listed: 'មិនមាននៅក្នុងបញ្ជី CITES'
	},
	unconfirmed: 'មិនទាន់បញ្ជាក់',
	statusUnknown: 'មិនដឹង',
	caseStatus: { open: 'កំពុងដំណើរការ', in_court: 'នៅតុលាការ', closed: 'បានបិទ' },
	animalStatus: {
		in_care: 'កំពុងថែទាំ',
		released: 'បានដោះលែង',
		transferred: 'បានផ្ទេរ',
		died: 'បានស្លាប់',
		euthanized: 'បានធ្វើឃាតដោយមេត្តា',
		escaped: 'បានរត់គេច'
	},
	sex: { male: 'ឈ្មោល', female: 'ញី', unknown: 'មិនដឹងភេទ' },
	ageClass: { neonate: 'ទើបកើត', juvenile: 'កូនតូច', subadult: 'ជិតពេញវ័យ', adult: 'ពេញវ័យ', unknown: 'មិនដឹងអាយុ' },
	unit: { count: 'ចំនួន', kg: 'គ.ក្រ', g: 'ក្រាម' },
	itemStatus: { held: 'កំពុងរក្សាទុក', handed_over: 'បានប្រគល់', destroyed: 'បានបំផ្លាញ' },
	eventType: {
		seized: 'ចាប់យក',
		transported: 'ដឹកជញ្ជូន',
		received_at_centre: 'ទទួលនៅមជ្ឈមណ្ឌល',
		intake_examined: 'ពិនិត្យពេលទទួល',
		moved: 'ផ្លាស់ទីតាំង',
		sampled: 'យកសំណាក',
		handed_over: 'ប្រគល់',
		released: 'ដោះលែង',
		transferred_out: 'ផ្ទេរចេញ',
		died: 'ស្លាប់',
		euthanized: 'ធ្វើឃាតដោយមេត្តា',
		destroyed: 'បំផ្លាញ ឬបោះចោល',
		escaped: 'បានរត់គេច'
	},
	recordAs: { group: 'កំណត់ត្រាជាក្រុម', individual: 'កំណត់ត្រាម្នាក់ៗ' },
	reconciliation: {
		count_received: 'បានទទួល',
		in_care: 'កំពុងថែទាំ (ក្រុម)',
		split_out: 'កំណត់ត្រាម្នាក់ៗ',
		released: 'បានដោះលែង',
		transferred: 'បានផ្ទេរ',
		died: 'បានស្លាប់',
		euthanized: 'បានធ្វើឃាតដោយមេត្តា',
		escaped: 'បានរត់គេច'
	}
} satisfies typeof domainEn;
