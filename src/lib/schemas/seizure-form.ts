import type { z } from 'zod';
import { localInputToIso } from '$lib/domain/centre-time';
import { isValidationKey, type FieldErrors } from './form-errors';
import type { SeizureInput } from './seizure';

/**
 * The intake form posts flat named fields (`caseNumber`, `location.lat`, `lots.0.count`…) so it
 * works without JavaScript; these turn them into the seizureSchema input and its issues back into
 * those same names. Field names are the schema paths, so an issue finds its input by its path.
 */
export const HEADER_FIELDS = [
	'caseNumber',
	'seizedAt',
	'location.description',
	'location.lat',
	'location.lng',
	'agency',
	'leadOfficer.name',
	'leadOfficer.agency',
	'leadOfficer.idNumber',
	'legalBasis',
	'courtReference',
	'notes',
	'offenderDetails',
	'informantDetails',
	'receivedAt'
] as const;
export const LOT_FIELDS = ['species', 'count', 'recordAs', 'condition'] as const;
export const ITEM_FIELDS = ['description', 'species', 'quantity', 'unit', 'sealNumbers', 'storageLocation'] as const;

export type HeaderField = (typeof HEADER_FIELDS)[number];
export type LotRow = Record<(typeof LOT_FIELDS)[number], string>;
export type ItemRow = Record<(typeof ITEM_FIELDS)[number], string>;

/** Everything the user typed, as typed: what a refused form is re-rendered with. */
export interface SeizureFormValues {
	header: Partial<Record<HeaderField, string>>;
	lots: LotRow[];
	items: ItemRow[];
}

export const emptyLot = (): LotRow => ({ species: '', count: '', recordAs: 'group', condition: '' });
export const emptyItem = (): ItemRow => ({ description: '', species: '', quantity: '', unit: 'kg', sealNumbers: '', storageLocation: '' });

// A select always posts something, so recordAs and unit do not make a row "filled in".
const isBlankLot = (r: LotRow) => !r.species.trim() && !r.count.trim() && !r.condition.trim();
const isBlankItem = (r: ItemRow) => ITEM_FIELDS.every((f) => f === 'unit' || !r[f].trim());

function readRows<F extends string>(data: FormData, prefix: string, fields: readonly F[], empty: () => Record<F, string>) {
	const rows = new Map<number, Record<F, string>>();
	const pattern = new RegExp(`^${prefix}\\.(\\d{1,4})\\.(\\w+)$`);
	for (const [name, value] of data) {
		const match = pattern.exec(name);
		if (!match || typeof value !== 'string' || !(fields as readonly string[]).includes(match[2])) continue;
		const index = Number(match[1]);
		if (!rows.has(index)) rows.set(index, empty());
		rows.get(index)![match[2] as F] = value;
	}
	return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** The posted form, rows in their posted order, blank rows included (the user may be adding them). */
export function readSeizureForm(data: FormData): SeizureFormValues {
	const header: SeizureFormValues['header'] = {};
	for (const field of HEADER_FIELDS) {
		const value = data.get(field);
		if (typeof value === 'string') header[field] = value;
	}
	return { header, lots: readRows(data, 'lots', LOT_FIELDS, emptyLot), items: readRows(data, 'items', ITEM_FIELDS, emptyItem) };
}

/** Rows left empty are not part of the seizure; dropping them first keeps issue indexes = row indexes. */
export function withoutBlankRows(values: SeizureFormValues): SeizureFormValues {
	return { header: values.header, lots: values.lots.filter((r) => !isBlankLot(r)), items: values.items.filter((r) => !isBlankItem(r)) };
}

const text = (v: string | undefined) => (v?.trim() ? v : undefined);
// Blank is "not given" (the schema names the missing field). Only plain decimals are numbers:
// Number() would also read "1e3" as 1000 and "0x10" as 16.
const number = (v: string | undefined) => {
	const t = v?.trim();
	if (!t) return undefined;
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};
// An unreadable date goes through as typed, so the schema reports it as invalid, not as missing.
const instant = (v: string | undefined) => (v?.trim() ? (localInputToIso(v) ?? v) : v);
const seals = (v: string) =>
	v
		.split(/[,\n]/)
		.map((s) => s.trim())
		.filter(Boolean);

/** The seizureSchema input for values whose blank rows are already dropped. */
export function toSeizureInput(values: SeizureFormValues): SeizureInput {
	const h = values.header;
	const lat = number(h['location.lat']);
	const lng = number(h['location.lng']);
	return {
		caseNumber: h.caseNumber ?? '',
		seizedAt: instant(h.seizedAt) ?? '',
		location: { description: h['location.description'] ?? '', lat, lng },
		agency: h.agency ?? '',
		leadOfficer: { name: h['leadOfficer.name'] ?? '', agency: h['leadOfficer.agency'] ?? '', idNumber: h['leadOfficer.idNumber'] ?? '' },
		legalBasis: text(h.legalBasis),
		courtReference: text(h.courtReference),
		notes: text(h.notes),
		offenderDetails: text(h.offenderDetails),
		informantDetails: text(h.informantDetails),
		receivedAt: h.receivedAt?.trim() ? instant(h.receivedAt) : undefined,
		// Missing or unreadable numbers and unknown choices go through as they are: the schema names them.
		lots: values.lots.map((r) => ({
			species: r.species,
			count: number(r.count) as number,
			recordAs: r.recordAs as 'group' | 'individual',
			condition: text(r.condition)
		})),
		items: values.items.map((r) => ({
			description: r.description,
			species: text(r.species),
			quantity: number(r.quantity) as number,
			unit: r.unit as 'count' | 'kg' | 'g',
			sealNumbers: seals(r.sealNumbers),
			storageLocation: text(r.storageLocation)
		}))
	};
}

/**
 * fieldErrors with the whole path as the field name (`lots.3.count`, `location.lat`), the first
 * message per field. Deeper paths (one seal of a row) belong to the row's field (`items.0.sealNumbers`).
 */
export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const path = issue.path.map(String);
		const depth = path[0] === 'lots' || path[0] === 'items' ? 3 : 2;
		const field = path.slice(0, depth).join('.') || 'form';
		out[field] ??= isValidationKey(issue.message) ? issue.message : 'invalid';
	}
	return out;
}

/** The form's messages: "received before seized" is left out when the seizure time is itself wrong. */
export function seizureFormErrors(error: z.ZodError): FieldErrors {
	const errors = fieldErrorsByPath(error);
	if (errors.seizedAt && errors.receivedAt === 'received_before_seized') delete errors.receivedAt;
	return errors;
}

/** Species typed by English or Khmer name (no JavaScript: no autocomplete) become the scientific name. */
export function withScientificNames(values: SeizureFormValues, species: SpeciesNames[]): SeizureFormValues {
	const byName = new Map<string, string>();
	for (const s of species) {
		for (const name of [s.english_name, s.khmer_name]) if (name) byName.set(name.trim().toLowerCase(), s.scientific_name);
	}
	const scientific = (name: string) => byName.get(name.trim().toLowerCase()) ?? name;
	return {
		header: values.header,
		// Missing or unreadable numbers and unknown choices go through as they are: the schema names them.
		lots: values.lots.map((r) => ({ ...r, species: scientific(r.species) })),
		items: values.items.map((r) => ({ ...r, species: r.species.trim() ? scientific(r.species) : r.species }))
	};
}

/** `species_unknown` on every row whose (non-blank) species the test says is unknown. */
export function unknownSpeciesErrors(values: SeizureFormValues, isUnknown: (name: string) => boolean): FieldErrors {
	const errors: FieldErrors = {};
	for (const kind of ['lots', 'items'] as const) {
		values[kind].forEach((row, i) => {
			if (row.species.trim() && isUnknown(row.species.trim().toLowerCase())) errors[`${kind}.${i}.species`] = 'species_unknown';
		});
	}
	return errors;
}

export interface SpeciesNames {
	scientific_name: string;
	english_name: string;
	khmer_name: string | null;
}
