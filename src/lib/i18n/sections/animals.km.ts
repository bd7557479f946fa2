import type { animalsEn } from './animals.en';

/** Khmer; see docs/i18n.md (needs a Khmer-speaking reviewer before production). */
export const animalsKm = {
	title: (code: string) => `សត្វ ${code}`,
	codeLabel: 'កូដសត្វ',
	identityTitle: 'អត្តសញ្ញាណ',
	species: 'ប្រភេទសត្វ',
	conservation: 'ស្ថានភាពអភិរក្ស',
	iucnYear: (category: string, year: number) => `${category} (IUCN ឆ្នាំ ${year})`,
	iucn: (category: string) => `${category} (ចំណាត់ថ្នាក់ IUCN)`,
	iucnUnknown: 'មិនដឹងស្ថានភាព IUCN',
	citesUnknown: 'មិនដឹងស្ថានភាព CITES',
	sex: 'ភេទ',
	ageClass: 'វ័យ',
	microchip: 'មីក្រូឈីប',
	ring: 'កងជើង',
	tag: 'ស្លាក',
	distinctiveMarks: 'សញ្ញាសម្គាល់ពិសេស',
	notRecorded: 'មិនទាន់បានកត់ត្រា',
	caseLabel: 'សំណុំរឿងចាប់យក',
	lotLabel: 'ក្រុមសត្វ',
	lotLink: 'សត្វទាំងអស់ក្នុងក្រុមនេះ',
	notes: 'កំណត់សម្គាល់',
	sectionsLabel: 'នៅលើទំព័រនេះ',
	timelineTitle: 'ប្រវត្តិកាន់កាប់',
	timelineIntro: 'ព្រឹត្តិការណ៍កាន់កាប់ទាំងអស់នៃសំណុំរឿង នៃក្រុមសត្វមុនពេលវាមានកំណត់ត្រាផ្ទាល់ខ្លួន និងនៃសត្វនេះផ្ទាល់ ចាស់បំផុតនៅខាងលើ។',
	timelineEmpty: 'មិនទាន់មានព្រឹត្តិការណ៍កាន់កាប់នៅឡើយទេ។',
	readOnly: 'អ្នកអាចអានកំណត់ត្រានេះបាន។ ការកត់ត្រាការកាន់កាប់ និងរូបថត គឺសម្រាប់បុគ្គលិកថែទាំ។'
} satisfies typeof animalsEn;
