import type { ValidationKey } from '$lib/i18n';
import type { FieldErrors } from '$lib/schemas/form-errors';
import { emptyItem, emptyLot, type ItemRow, type LotRow, type SeizureFormValues } from '$lib/schemas/seizure-form';

/** A row being typed, with the messages the server gave it: they move with the row when another is removed. */
export type DraftRow<R> = R & { key: number; errors: Partial<Record<keyof R & string, ValidationKey>> };

let nextKey = 0;

function draftRows<R extends object>(rows: R[], kind: 'lots' | 'items', errors: FieldErrors): DraftRow<R>[] {
	return rows.map((row, i) => {
		const own: Record<string, ValidationKey> = {};
		for (const [path, key] of Object.entries(errors)) {
			const field = path.startsWith(`${kind}.${i}.`) ? path.slice(`${kind}.${i}.`.length) : null;
			if (field && key) own[field] = key;
		}
		return { ...row, key: nextKey++, errors: own as DraftRow<R>['errors'] };
	});
}

const whole = (count: string) => (/^\s*\d+\s*$/.test(count) ? Number(count) : 0);

/**
 * The species rows and evidence items of the form while they are typed. There is always one
 * species row to type into; rows left blank are ignored when the seizure is recorded.
 */
export class SeizureDraft {
	lots = $state<DraftRow<LotRow>[]>([]);
	items = $state<DraftRow<ItemRow>[]>([]);
	animalTotal = $derived(this.lots.reduce((sum, row) => sum + whole(row.count), 0));
	countedRows = $derived(this.lots.filter((row) => whole(row.count) > 0).length);

	constructor(values: SeizureFormValues | undefined, errors: FieldErrors) {
		this.lots = draftRows(values?.lots.length ? values.lots : [emptyLot()], 'lots', errors);
		this.items = draftRows(values?.items ?? [], 'items', errors);
	}

	/** Adds an empty row and returns its index. */
	add(kind: 'lots' | 'items'): number {
		if (kind === 'lots') return this.lots.push(...draftRows([emptyLot()], 'lots', {})) - 1;
		return this.items.push(...draftRows([emptyItem()], 'items', {})) - 1;
	}

	remove(kind: 'lots' | 'items', index: number) {
		if (kind === 'items') this.items.splice(index, 1);
		else if (this.lots.length > 1) this.lots.splice(index, 1);
		else this.lots[0] = draftRows([emptyLot()], 'lots', {})[0];
	}
}
