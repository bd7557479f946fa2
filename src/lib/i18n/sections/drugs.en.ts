/** The admin's drug list: drugs, their concentrations and their usual dose ranges per class. */
export const drugsEn = {
	nav: 'Drug list',
	title: 'Drug list',
	intro: 'Vets prescribe from this list; the volume to give is calculated from the concentration. Enter dose ranges from a formulary, with its page, never from memory.',
	listTitle: 'Drugs and their dose ranges',
	empty: 'No drugs yet: add the first one below.',
	concentration: (mgPerMl: string) => `${mgPerMl} mg/ml`,
	range: (min: string, max: string) => `${min}–${max} mg/kg`,
	noRanges: 'No dose ranges yet: every prescription of it will need a written reason.',
	colClass: 'Class',
	colRange: 'Usual range',
	colSource: 'Source',
	addDrugTitle: 'Add a drug',
	name: 'Name, with the strength',
	nameHint: 'e.g. "Meloxicam 5 mg/ml". Another strength is another drug.',
	concentrationLabel: 'Concentration in mg/ml',
	concentrationHint: 'It cannot be changed later: prescriptions are calculated from it.',
	form: 'Form (optional)',
	formHint: 'e.g. injectable, oral suspension, tablet.',
	notes: 'Notes (optional)',
	addDrug: 'Add the drug',
	drugAdded: (name: string) => `${name} added to the drug list.`,
	addRangeTitle: 'Add a dose range',
	drug: 'Drug',
	chooseDrug: 'Choose a drug…',
	taxonClass: 'Class of animal',
	chooseClass: 'Choose a class…',
	min: 'Lowest dose in mg/kg',
	max: 'Highest dose in mg/kg',
	source: 'Source',
	sourceHint: 'The formulary or paper, with the page: the next vet must be able to check it.',
	addRange: 'Add the dose range',
	rangeAdded: 'Dose range added.',
	saving: 'Saving…',
	fixBelow: 'Nothing was saved: some details are missing or wrong, see the messages below.',
	forbidden: 'Only the administrator may change the drug list.',
	refused: 'The database refused these details; nothing was saved. Check them and try again.'
};

/** Messages of the drug schemas and the database's refusals, spread into `validation`. */
export const drugValidationEn = {
	drug_name_required: 'Enter the name of the drug (at least 2 characters).',
	drug_name_taken: 'A drug with this name is already on the list.',
	drug_form_too_short: 'Write the form out (at least 2 characters), or leave it blank.',
	drug_unknown: 'This drug is not on the list.',
	concentration_invalid: 'Enter the concentration in mg/ml, greater than zero, e.g. 5 or 0.5 (a point, not a comma).',
	taxon_class_required: 'Choose the class of animal.',
	dose_range_source_required: 'Enter where this range comes from.',
	dose_range_reversed: 'The highest dose cannot be lower than the lowest.',
	dose_range_exists: 'This drug already has a range for this class.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'drugs.concentration': ['5'],
	'drugs.range': ['0.1', '0.5'],
	'drugs.drugAdded': ['Meloxicam 5 mg/ml']
};
