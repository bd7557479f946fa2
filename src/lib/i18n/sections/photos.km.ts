import type { photoValidationEn, photosEn } from './photos.en';

/** Khmer; see docs/i18n.md (needs a Khmer-speaking reviewer before production). */
export const photosKm = {
	title: 'រូបថត',
	emptyTitle: 'មិនទាន់មានរូបថតនៅឡើយទេ',
	emptyBody: 'រូបថតដែលបន្ថែមនៅទីនេះត្រូវបានរក្សាទុកជាភស្តុតាង ដោយមានកូដផ្ទៀងផ្ទាត់ SHA-256 របស់វា ហើយមិនអាចប្ដូរបានឡើយ។',
	listLabel: 'រូបថត ថ្មីបំផុតនៅខាងលើ',
	noCaption: 'គ្មានចំណងជើង',
	uploadedBy: (name: string, when: string) => `បានផ្ទុកឡើងដោយ ${name} នៅ ${when}`,
	takenOn: (when: string) => `ថតនៅ ${when}`,
	fingerprint: 'កូដផ្ទៀងផ្ទាត់ SHA-256',
	fingerprintHint: 'ឯកសារដដែលតែងតែផ្ដល់កូដដដែល៖ សូមដកស្រង់កូដនេះដើម្បីបង្ហាញថារូបថតមិនត្រូវបានកែប្រែ។',
	openFile: 'បើកឯកសារ',
	notShown: 'មិនអាចបង្ហាញឯកសារនេះនៅទីនេះបានទេ ប៉ុន្តែកំណត់ត្រា និងកូដផ្ទៀងផ្ទាត់របស់វាត្រូវបានរក្សាទុក។',
	sizeMb: (megabytes: string) => `${megabytes} មេកាបៃ`,
	sizeKb: (kilobytes: string) => `${kilobytes} គីឡូបៃ`,
	uploadTitle: 'បន្ថែមរូបថត',
	file: 'រូបថត',
	fileHint: 'ថតរូប ឬជ្រើសរើសរូបមួយ៖ JPEG, PNG, WebP ឬ HEIC ធំបំផុត 25 មេកាបៃ។',
	caption: 'ចំណងជើង (មិនចាំបាច់)',
	captionHint: 'អ្វីដែលរូបថតបង្ហាញ ឧទាហរណ៍ «ចំហៀងខាងឆ្វេង ស្លាកស្នាមពីលើជើងក្រោយ»។',
	takenAt: 'ថតនៅពេល (មិនចាំបាច់)',
	takenAtHint: 'ម៉ោងកម្ពុជា។ ទុកទំនេរ ប្រសិនបើទើបតែថតរូបនេះ។',
	upload: 'ផ្ទុករូបថតឡើង',
	uploading: 'កំពុងផ្ទុកឡើង…',
	uploaded: 'បានរក្សាទុករូបថត។ សូមកត់ត្រាកូដផ្ទៀងផ្ទាត់ SHA-256 របស់វា៖',
	failed: 'មិនអាចរក្សាទុករូបថតបានទេ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកឡើយ។ សូមព្យាយាមម្ដងទៀត។',
	forbidden: 'គណនីរបស់អ្នកមិនអាចបន្ថែមរូបថតទៅកំណត់ត្រានេះបានទេ។',
	subjectMismatch: 'មិនអាចភ្ជាប់រូបថតនេះទៅកំណត់ត្រានោះបានទេ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកឡើយ។'
} satisfies typeof photosEn;

export const photoValidationKm = {
	photo_file_required: 'សូមជ្រើសរើសរូបថតដើម្បីផ្ទុកឡើង។',
	photo_too_large: 'ឯកសារនេះធំជាង 25 មេកាបៃ។',
	photo_type_invalid: 'សូមផ្ទុករូបថត JPEG, PNG, WebP ឬ HEIC ឡើង ឬឯកសារ PDF។'
} satisfies typeof photoValidationEn;
