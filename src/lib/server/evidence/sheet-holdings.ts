import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import { emptyNote, field, hashStyle, inl, lines, sectionTable, speciesInline, speciesName, txt, type Sheet } from './sheet-format';
import { term } from './sheet-labels';

type Lot = EvidenceContent['lots'][number];

const OUTCOMES = ['in_care', 'split_out', 'released', 'transferred', 'died', 'euthanized', 'escaped'] as const;
// Lot, species, received, the outcomes, the check.
const LOT_COLUMNS = 4 + OUTCOMES.length;

/** Every animal received is accounted for: in care as a group, split out into individuals, or gone one of the ways out. */
export function reconciles(lot: Lot): boolean {
	return OUTCOMES.reduce((sum, key) => sum + lot[key], 0) === lot.count_received;
}

export function lotsSection(sheet: Sheet): Content {
	const { L, content } = sheet;
	if (content.lots.length === 0) return emptyNote(L.sections.lots, L.empty.lots);
	const rows = content.lots.flatMap((lot): TableCell[][] => {
		const ok = reconciles(lot);
		const counts: TableCell[] = [lot.count_received, ...OUTCOMES.map((k) => lot[k])].map((n) => ({ text: String(n), alignment: 'right' }));
		const row: TableCell[] = [
			txt(lot.label),
			speciesName(sheet, lot.species_id),
			...counts,
			txt(ok ? L.lots.reconciles : L.lots.doesNotReconcile, { bold: true, color: ok ? '#1b5e20' : '#b71c1c' })
		];
		const notes = lines(
			lot.split_out > 0 ? inl(L.lots.individuals(lot.animals_in_care, lot.animals_ended)) : [],
			field(L.lots.conditionOnArrival, lot.condition_on_arrival)
		);
		if (notes.length === 0) return [row];
		const spanned = Array.from({ length: LOT_COLUMNS - 2 }, () => ({ text: '' }));
		return [row, [{ text: '' }, { text: notes, colSpan: LOT_COLUMNS - 1, color: '#333' }, ...spanned]];
	});
	const r = L.reconciliation;
	const header = [L.lots.lot, L.species.scientificName, r.count_received, ...OUTCOMES.map((k) => r[k]), L.lots.check];
	const widths = [36, '*', ...Array.from({ length: 1 + OUTCOMES.length }, () => 38), 52];
	return [sectionTable(L.sections.lots, widths, header, rows), txt(L.lots.rule, { fontSize: 6.5, color: '#444', margin: [0, 2, 0, 0] })];
}

export function animalsSection(sheet: Sheet): Content {
	const { L, content } = sheet;
	if (content.animals.length === 0) return emptyNote(L.sections.animals, L.empty.animals);
	const rows = content.animals.map((a): TableCell[] => [
		{ text: a.code, ...hashStyle, fontSize: 7 },
		speciesName(sheet, a.species_id),
		txt(sheet.lotLabels.get(a.lot_id) ?? ''),
		txt(term(L.sex, a.sex)),
		txt(term(L.ageClass, a.age_class)),
		{ text: lines(field(L.animals.microchip, a.microchip), field(L.animals.ring, a.ring), field(L.animals.tag, a.tag)) },
		txt(a.distinctive_marks ?? ''),
		txt(term(L.animalStatus, a.status))
	]);
	const a = L.animals;
	const header = [a.code, L.species.scientificName, L.lots.lot, a.sex, a.age, a.identifiers, a.marks, L.case.status];
	return sectionTable(L.sections.animals, [62, 78, 28, 44, 48, 100, '*', 46], header, rows);
}

export function itemsSection(sheet: Sheet): Content {
	const { L, content } = sheet;
	const empty = content.subject.kind === 'case' ? L.empty.items : L.empty.itemsOfSubject;
	if (content.items.length === 0) return emptyNote(L.sections.items, empty);
	const rows = content.items.map((item): TableCell[] => [
		{ text: lines(inl(item.description), item.species_id ? speciesInline(sheet, item.species_id) : []) },
		txt(`${item.quantity} ${term(L.unit, item.unit)}`),
		txt(item.seal_numbers.join(', ') || L.notRecorded),
		txt(item.storage_location ?? L.notRecorded),
		txt(term(L.itemStatus, item.status))
	]);
	const i = L.items;
	return sectionTable(L.sections.items, ['*', 60, 110, 110, 60], [i.description, i.quantity, i.seals, i.storage, L.case.status], rows);
}
