import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import { emptyNote, field, hashStyle, heading, inl, lines, sectionTable, txt, utc, type Sheet } from './sheet-format';
import { term } from './sheet-labels';

type Veterinary = NonNullable<EvidenceContent['veterinary']>;

const numberCell = (n: number | null): TableCell => ({ text: n === null ? '' : String(n), alignment: 'right' });

function lotIntake(sheet: Sheet, exams: Veterinary['lot_intake']): Content {
	const { L } = sheet;
	const V = L.veterinary;
	if (exams.length === 0) return emptyNote(V.lotIntake, L.empty.none, true);
	const rows = exams.map((x): TableCell[] => [
		txt(sheet.lotLabels.get(x.lot_id) ?? ''),
		{ text: utc(x.examined_at) },
		numberCell(x.count_examined),
		numberCell(x.count_with_findings),
		txt(x.notes ?? '')
	]);
	return sectionTable(V.lotIntake, [40, 70, 50, 50, '*'], [L.lots.lot, V.examinedAt, V.examined, V.withFindings, V.notes], rows, true);
}

function firstExams(sheet: Sheet, exams: Veterinary['first_exams']): Content {
	const { L } = sheet;
	const V = L.veterinary;
	if (exams.length === 0) return emptyNote(V.firstExams, L.empty.none, true);
	const rows = exams.map((x): TableCell[] => [
		{ text: sheet.animalCodes.get(x.animal_id) ?? '', ...hashStyle, fontSize: 7 },
		{ text: utc(x.examined_at) },
		numberCell(x.weight_g),
		numberCell(x.body_condition_score),
		txt(x.assessment ?? '')
	]);
	return sectionTable(V.firstExams, [64, 70, 50, 50, '*'], [V.animal, V.examinedAt, V.weight, V.bodyCondition, V.assessment], rows, true);
}

function deaths(sheet: Sheet, records: Veterinary['deaths']): Content {
	const { L } = sheet;
	const V = L.veterinary;
	if (records.length === 0) return emptyNote(V.deaths, L.empty.none, true);
	const rows = records.map((d): TableCell[] => [
		{ text: lines(inl(term(L.eventType, d.kind), { bold: true }), d.head_count === null ? [] : inl(L.events.heads(d.head_count))) },
		txt(d.subject_label ?? ''),
		{ text: utc(d.occurred_at, false, '\n') },
		txt(d.found_dead === null ? '' : d.found_dead ? L.yes : L.no),
		{ text: lines(field(V.cause, d.cause), field(V.method, d.method), field(V.reason, d.reason)) },
		txt(d.necropsy_cause ?? '')
	]);
	const header = [V.kind, L.photos.subject, V.occurredAt, V.foundDead, V.cause, V.necropsy];
	return sectionTable(V.deaths, [62, 64, 56, 40, '*', 110], header, rows, true);
}

/** Only on sheets issued with veterinary detail (the prosecutor's grant decides). */
export function veterinarySection(sheet: Sheet): Content {
	const vet = sheet.content.veterinary;
	if (vet === null) return [];
	return [heading(sheet.L.sections.veterinary), lotIntake(sheet, vet.lot_intake), firstExams(sheet, vet.first_exams), deaths(sheet, vet.deaths)];
}
