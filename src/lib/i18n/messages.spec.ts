import { describe, expect, it } from 'vitest';
import { en } from './en';
import { km } from './km';

type Entry = string | ((...args: never[]) => string);

type Tree = { [key: string]: Entry | Tree };

/** section.key(.key…) → message, for both dictionaries. */
function flatten(dict: Tree, prefix = '', out = new Map<string, Entry>()): Map<string, Entry> {
	for (const [key, value] of Object.entries(dict)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'object') flatten(value, path, out);
		else out.set(path, value);
	}
	return out;
}

/** Section files (sections/*.en.ts) export `sampleArgs` for their function messages. */
const sectionSamples = Object.values(import.meta.glob<{ sampleArgs?: Record<string, unknown[]> }>('./sections/*.en.ts', { eager: true }));

/** Sample arguments for each function message: what it renders is checked, not just its type. */
const samples: Record<string, unknown[]> = {
	'staff.summary': [3],
	'staff.confirmActivate': ['Chan Vuthy'],
	'staff.confirmDeactivate': ['Chan Vuthy'],
	'staff.created': ['Chan Vuthy', 'chan@rescue-ledger.test'],
	'pagination.pageOf': [2, 5],
	'errors.wrongDesk': ['Desk', 'Role', 'Other'],
	'errors.or': [['A', 'B']],
	...Object.assign({}, ...sectionSamples.map((m) => m.sampleArgs ?? {}))
};

/** Keys whose Khmer text is deliberately not Khmer script. None yet; add with a reason. */
const LATIN_IN_KHMER = new Set<string>([]);

const KHMER = /[\u1780-\u17FF]/;
const english = flatten(en as unknown as Tree);
const khmer = flatten(km as unknown as Tree);

function render(key: string, value: Entry): string {
	if (typeof value === 'string') return value;
	const args = samples[key];
	if (!args) throw new Error(`add sample arguments for ${key} to messages.spec.ts`);
	return (value as (...a: unknown[]) => string)(...args);
}

describe('dictionaries', () => {
	it('have the same keys', () => {
		expect([...khmer.keys()].sort()).toEqual([...english.keys()].sort());
	});

	it('have no empty messages', () => {
		for (const dict of [english, khmer]) {
			for (const [key, value] of dict) expect(render(key, value).trim(), key).not.toBe('');
		}
	});

	it('write Khmer messages in Khmer script', () => {
		for (const [key, value] of khmer) {
			if (!LATIN_IN_KHMER.has(key)) expect(render(key, value), key).toMatch(KHMER);
		}
	});

	it('take the same number of parameters in both languages', () => {
		for (const [key, value] of english) {
			const other = khmer.get(key)!;
			expect(typeof other, key).toBe(typeof value);
			if (typeof value === 'function') expect((other as (...a: never[]) => string).length, key).toBe(value.length);
		}
	});

	it('put the parameters into the text', () => {
		expect(en.staff.summary(1)).toMatch(/^1 account in/);
		expect(en.staff.summary(12)).toMatch(/^12 accounts in/);
		expect(km.staff.summary(12)).toContain('12');
		expect(km.staff.created('Chan Vuthy', 'chan@x.test')).toContain('Chan Vuthy (chan@x.test)');
		expect(en.pagination.pageOf(2, 5)).toBe('Page 2 of 5');
		expect(km.pagination.pageOf(2, 5)).toBe('ទំព័រទី 2 នៃ 5');
		expect(en.errors.wrongDesk('Staff accounts', 'Administrator', 'Keeper')).toBe(
			'Staff accounts is for administrator accounts. You are signed in as keeper.'
		);
		expect(km.errors.or(['ក', 'ខ'])).toBe('ក ឬ ខ');
	});
});
