import type { evidenceValidationEn } from './evidence.en';

// Khmer texts await a native speaker's review, as the rest of the dictionary.
export const evidenceValidationKm = {
	evidence_only_admins: 'មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចចេញសន្លឹកភស្តុតាង ឬសម្រេចលើសំណើ។',
	evidence_request_unknown: 'មិនមានសំណើភស្តុតាងនេះនៅក្នុងមជ្ឈមណ្ឌលរបស់អ្នកទេ។',
	evidence_request_decided: 'សំណើនេះត្រូវបានសម្រេច ឬដកវិញរួចហើយ។',
	evidence_decline_reason_required: 'សូមប្រាប់មូលហេតុនៃការបដិសេធ (យ៉ាងតិច ៥ តួអក្សរ)។',
	evidence_chain_broken: 'ខ្សែសង្វាក់ថែរក្សានៃករណីនេះមិនត្រឹមត្រូវ៖ មិនអាចចេញសន្លឹកបានទេ រហូតដល់វាត្រូវបានដោះស្រាយ។',
	evidence_records_changed: 'កំណត់ត្រាបានផ្លាស់ប្តូរ ខណៈពេលកំពុងរៀបចំសន្លឹក។ សូមចេញវាម្តងទៀត។',
	evidence_subject_unknown: 'មិនមានករណី ក្រុម សត្វ ឬវត្ថុនេះ នៅក្នុងករណីដែលអ្នកអាចមើលបានទេ។',
	evidence_case_not_granted: 'ករណីនេះមិនត្រូវបានផ្តល់សិទ្ធិឱ្យអ្នកទេ។',
	evidence_purpose_required: 'សូមប្រាប់ថាសន្លឹកនេះសម្រាប់អ្វី (យ៉ាងតិច ៥ តួអក្សរ)។',
	evidence_needed_by_past: 'កាលបរិច្ឆេទដែលត្រូវការសន្លឹកបានកន្លងផុតហើយ។',
	evidence_case_required: 'សូមជ្រើសរើសករណី។',
	evidence_subject_required: 'សូមប្រាប់ថាសន្លឹកនេះសម្រាប់អ្វី៖ ករណីទាំងមូល ក្រុម សត្វ ឬវត្ថុ។',
	evidence_lot_required: 'សូមជ្រើសរើសក្រុម។',
	evidence_item_required: 'សូមជ្រើសរើសវត្ថុភស្តុតាង។',
	evidence_lot_not_in_case: 'ក្រុមនេះមិនមែនជាផ្នែកនៃករណីដែលបានជ្រើសរើសទេ។',
	evidence_item_not_in_case: 'វត្ថុនេះមិនមែនជាផ្នែកនៃករណីដែលបានជ្រើសរើសទេ។',
	evidence_animal_not_in_case: 'គ្មានសត្វដែលមានលេខកូដនេះ នៅក្នុងករណីដែលបានជ្រើសរើសទេ។',
	evidence_purpose_too_long: 'សូមប្រាប់គោលបំណងនៃសន្លឹក មិនឱ្យលើសពី ១០០០ តួអក្សរ។',
	evidence_court_case_too_long: 'លេខសំណុំរឿងតុលាការ មិនអាចលើសពី ១០០ តួអក្សរទេ។',
	evidence_decline_reason_too_long: 'មូលហេតុមិនអាចលើសពី ១០០០ តួអក្សរទេ។',
	grant_case_unknown: 'គ្មានករណីដែលមានលេខនេះ នៅក្នុងមជ្ឈមណ្ឌលរបស់អ្នកទេ។',
	grant_exists: 'ករណីនេះត្រូវបានផ្តល់សិទ្ធិឱ្យព្រះរាជអាជ្ញានេះរួចហើយ៖ សូមកែប្រែអ្វីដែលវារួមបញ្ចូល នៅក្នុងបញ្ជី។',
	grant_prosecutor_required: 'សូមជ្រើសរើសព្រះរាជអាជ្ញា។',
	grant_prosecutor_unknown: 'សូមជ្រើសរើសព្រះរាជអាជ្ញាសកម្មនៃមជ្ឈមណ្ឌលរបស់អ្នក។',
	grant_unknown: 'សិទ្ធិនេះលែងមានទៀតហើយ៖ សូមផ្ទុកទំព័រឡើងវិញ។'
} satisfies typeof evidenceValidationEn;
