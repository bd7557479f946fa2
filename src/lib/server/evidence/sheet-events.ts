import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvidenceEvent } from '$lib/schemas/evidence-content';
import { emptyNote, field, hashStyle, inl, lines, sectionTable, shortHash, subjectText, utc, type Inline, type Sheet } from './sheet-format';
import { term, type SheetLabels } from './sheet-labels';

const CORRECTION = '#8a4b00';

function party(L: SheetLabels, label: string, name: string | null, agency: string | null, idNumber: string | null): Inline[] {
	const who = name === null ? L.events.nobody : [name, agency, idNumber && `${L.events.id} ${idNumber}`].filter(Boolean).join(', ');
	return field(label, who);
}

function codes(label: string, values: string[], shorten?: number): Inline[] {
	if (values.length === 0) return [];
	const shown = shorten ? values.map((v) => shortHash(v, shorten)) : values;
	// Photo hashes are hex; seal numbers are free text and may need the Khmer font.
	return [...inl(`${label}: `, { bold: true }), ...(shorten ? [{ text: shown.join(' '), ...hashStyle }] : inl(shown.join(', ')))];
}

function eventRow({ L }: Sheet, e: EvidenceEvent): TableCell[] {
	const E = L.events;
	const correction = e.corrects_position === null ? [] : inl(E.corrects(e.corrects_position), { bold: true, color: CORRECTION });
	return [
		{ text: String(e.position), bold: true },
		{ text: utc(e.occurred_at, false, '\n') },
		{
			text: lines(
				inl(term(L.eventType, e.type), { bold: true }),
				inl(subjectText(L, e.subject, e.subject_label)),
				e.head_count === null ? [] : inl(E.heads(e.head_count))
			)
		},
		{ text: lines(party(L, E.from, e.from_name, e.from_agency, e.from_id_number), party(L, E.to, e.to_name, e.to_agency, e.to_id_number)) },
		{
			text: lines(
				correction,
				field(E.reason, e.correction_reason),
				field(E.place, e.place),
				field(E.purpose, e.purpose),
				codes(E.sealsApplied, e.seals_applied),
				codes(E.sealsBroken, e.seals_broken),
				codes(E.photos, e.photo_sha256, 12),
				field(E.notes, e.notes)
			)
		},
		{
			text: lines(inl(`${E.by} ${e.recorded_by}`), [utc(e.recorded_at, true, '\n')], [{ text: shortHash(e.row_hash, 16), ...hashStyle }])
		}
	];
}

/** Every custody event of the sheet's subject, in chain order, corrections included as recorded. */
export function eventsSection(sheet: Sheet): Content {
	const { L, content } = sheet;
	if (content.events.length === 0) return emptyNote(L.sections.events, L.empty.events);
	const E = L.events;
	const header = [E.position, E.when, E.event, E.custody, E.details, E.recorded];
	return sectionTable(L.sections.events, [18, 44, 80, 130, '*', 74], header, content.events.map((e) => eventRow(sheet, e)));
}
