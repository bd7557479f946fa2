import type { Content, ContentLink, ContentTable, ContentText, Style, TableCell, TableLayout } from 'pdfmake/interfaces';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import { hasKhmer, scriptRuns, scriptText } from '$lib/server/pdf/khmer-text';
import { sheetLabels, type SheetLabels } from './sheet-labels';

export type Inline = string | ContentText;
type Species = EvidenceContent['species'][number];

/** What every section of a sheet draws with: its words, and the records it refers across. */
export interface Sheet {
	L: SheetLabels;
	language: 'en' | 'km';
	content: EvidenceContent;
	species: Map<string, Species>;
	lotLabels: Map<string, string>;
	animalCodes: Map<string, string>;
}

export function sheetOf(content: EvidenceContent, language: 'en' | 'km'): Sheet {
	return {
		L: sheetLabels(language),
		language,
		content,
		species: new Map(content.species.map((s) => [s.id, s])),
		lotLabels: new Map(content.lots.map((l) => [l.id, l.label])),
		animalCodes: new Map(content.animals.map((a) => [a.id, a.code]))
	};
}

/**
 * A text node for text that may hold Khmer (labels in Khmer, names and notes as recorded).
 * Only codes and hashes, which are ASCII, skip this and go straight to Courier.
 */
export function txt(text: string, style: Style = {}): ContentText {
	return { ...style, text: scriptText(text) };
}

/**
 * The same text as inlines of a larger text node. pdfmake ignores the style of a nested text
 * array, so each run carries the style itself.
 */
export function inl(text: string, style?: Style & ContentLink): Inline[] {
	if (!hasKhmer(text)) return [style ? { ...style, text } : text];
	return scriptRuns(text).map((run) => ({ ...style, ...run }));
}

/** "Label: value" inside a cell; nothing when there is no value. */
export function field(label: string, value: string | null | undefined): Inline[] {
	if (value == null || value === '') return [];
	return [...inl(`${label}: `, { bold: true }), ...inl(value)];
}

/**
 * The non-empty parts of a cell, one to a line. The line break ends the part's last inline
 * rather than standing alone: pdfmake works per inline, and a sheet has tens of thousands. (A
 * trailing line break would add a blank line, so the last part has none.)
 */
export function lines(...parts: Inline[][]): Inline[] {
	const out: Inline[] = [];
	for (const part of parts) {
		if (part.length === 0) continue;
		const last = out.length - 1;
		if (last >= 0) {
			const end = out[last];
			out[last] = typeof end === 'string' ? `${end}\n` : { ...end, text: `${end.text as string}\n` };
		}
		out.push(...part);
	}
	return out;
}

/**
 * A recorded time in UTC as "2026-11-21 08:30 UTC" (seconds for times the system stamped);
 * `separator` '\n' puts date and time on lines of their own, for narrow columns.
 */
export function utc(iso: string | null, seconds = false, separator = ' '): string {
	if (iso === null) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const text = date.toISOString();
	return `${text.slice(0, 10)}${separator}${text.slice(11, seconds ? 19 : 16)} UTC`;
}

export function shortHash(hash: string, length: number): string {
	return hash.length > length ? `${hash.slice(0, length)}…` : hash;
}

/** What a record concerns, e.g. "Animal PT-2026-000123"; lot labels already say "Lot". */
export function subjectText(L: SheetLabels, kind: 'case' | 'lot' | 'animal' | 'item', label: string | null): string {
	const shown = label ?? L.notRecorded;
	if (kind === 'lot') return shown;
	return kind === 'item' ? `${L.subjectKind.item}: ${shown}` : `${L.subjectKind[kind]} ${shown}`;
}

/** A species by its scientific name, in italics, as inlines of a larger text. */
export function speciesInline(sheet: Sheet, speciesId: string): Inline[] {
	const species = sheet.species.get(speciesId);
	return species ? inl(species.scientific_name, { italics: true }) : [sheet.L.notRecorded];
}

export function speciesName(sheet: Sheet, speciesId: string): ContentText {
	const species = sheet.species.get(speciesId);
	return species ? txt(species.scientific_name, { italics: true }) : { text: sheet.L.notRecorded };
}

export const hashStyle: Style = { font: 'Courier', fontSize: 6.5 };

const RULE = '#9e9e9e';

// Rules between rows only: cheap to draw for thousands of rows and easy to read on paper.
const sectionLayout: TableLayout = {
	hLineWidth: (i) => (i < 2 ? 0 : i === 2 ? 0.8 : 0.3),
	vLineWidth: () => 0,
	hLineColor: () => RULE,
	fillColor: (row) => (row === 1 ? '#eeeeee' : null),
	paddingLeft: (i) => (i === 0 ? 0 : 2),
	paddingRight: () => 2,
	paddingTop: () => 1.5,
	paddingBottom: () => 1.5
};

/** A section's title; `sub` for the parts of a section (the veterinary summary's tables). */
export function heading(text: string, sub = false): ContentText {
	return txt(text, sub ? { bold: true, fontSize: 8.5, margin: [0, 6, 0, 2] } : { bold: true, fontSize: 10.5, margin: [0, 12, 0, 4] });
}

export function emptyNote(title: string, note: string, sub = false): Content {
	return { stack: [heading(title, sub), txt(note, { italics: true, color: '#444', fontSize: 8 })], unbreakable: true };
}

/**
 * A section as one table whose first rows are its title and column headers: they repeat on every
 * page the table runs onto, and a title can never be left alone at the foot of a page.
 */
export function sectionTable(title: string, widths: (number | string)[], header: string[], rows: TableCell[][], sub = false): ContentTable {
	const span = widths.length;
	const titleRow: TableCell[] = [{ ...heading(title, sub), colSpan: span }, ...Array.from({ length: span - 1 }, () => ({ text: '' }))];
	return {
		table: {
			widths,
			headerRows: 2,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			body: [titleRow, header.map((h) => txt(h, { bold: true })), ...rows]
		},
		layout: sectionLayout,
		fontSize: 7
	};
}
