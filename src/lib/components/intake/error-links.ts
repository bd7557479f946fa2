import type { Messages } from '$lib/i18n';
import type { FieldErrors } from '$lib/schemas/form-errors';
import { HEADER_FIELDS, ITEM_FIELDS, LOT_FIELDS, type HeaderField } from '$lib/schemas/seizure-form';
import type { ErrorLink } from './error-summary.svelte';
import { errorText } from './error-text';
import type { SeizureDraft } from './seizure-draft.svelte';

function headerLabel(m: Messages, field: HeaderField): string {
	const i = m.intake;
	const officer = (label: string) => i.inRow(i.officerLegend, label);
	const labels: Record<HeaderField, string> = {
		caseNumber: i.caseNumber,
		seizedAt: i.seizedAt,
		'location.description': i.place,
		'location.lat': i.latitude,
		'location.lng': i.longitude,
		agency: i.seizingAgency,
		'leadOfficer.name': officer(i.officerName),
		'leadOfficer.agency': officer(i.officerAgency),
		'leadOfficer.idNumber': officer(i.officerId),
		legalBasis: i.legalBasis,
		courtReference: i.courtReference,
		notes: i.notes,
		offenderDetails: i.offenderDetails,
		informantDetails: i.informantDetails,
		receivedAt: i.receivedAt
	};
	return labels[field];
}

/**
 * The error summary, in the order of the form. Row messages come from the rows themselves, so a
 * link still finds its row after another row was removed.
 */
export function errorLinks(m: Messages, errors: FieldErrors, draft: SeizureDraft): ErrorLink[] {
	const links: ErrorLink[] = [];
	for (const field of HEADER_FIELDS) {
		const text = errorText(m, errors[field]);
		if (text) links.push({ target: `field-${field}`, label: headerLabel(m, field), text });
	}
	// Messages about all rows at once (none at all, too many) lead to the first row.
	const allLots = errorText(m, errors.lots);
	if (allLots) links.push({ target: 'field-lots.0.species', label: m.intake.animalsLegend, text: allLots });
	const allItems = errorText(m, errors.items);
	if (allItems) links.push({ target: draft.items.length ? 'field-items.0.description' : 'add-item', label: m.intake.itemsLegend, text: allItems });
	const lotLabels = { species: m.intake.species, count: m.intake.count, recordAs: m.intake.recordAs, condition: m.intake.condition };
	draft.lots.forEach((row, i) => {
		for (const field of LOT_FIELDS) {
			const text = errorText(m, row.errors[field], row.species);
			if (text) links.push({ target: `field-lots.${i}.${field}`, label: m.intake.inRow(m.intake.lotRow(i + 1), lotLabels[field]), text });
		}
	});
	const itemLabels = {
		description: m.intake.description,
		species: m.intake.itemSpecies,
		quantity: m.intake.quantity,
		unit: m.intake.unit,
		sealNumbers: m.intake.sealNumbers,
		storageLocation: m.intake.storageLocation
	};
	draft.items.forEach((row, i) => {
		for (const field of ITEM_FIELDS) {
			const text = errorText(m, row.errors[field], row.species);
			if (text) links.push({ target: `field-items.${i}.${field}`, label: m.intake.inRow(m.intake.itemRow(i + 1), itemLabels[field]), text });
		}
	});
	return links;
}
