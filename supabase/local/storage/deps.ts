import type { StackConfig } from '../config.ts';
import type { StorageDb } from './db.ts';
import type { DiskStore } from './disk.ts';

/** What every storage route needs; built once per stack in index.ts. */
export interface StorageDeps {
	config: StackConfig;
	db: StorageDb;
	disk: DiskStore;
	/** The project's JWT secret, for callers' tokens and signed URLs alike. */
	secret: Uint8Array;
	locks: KeyedLock;
}

/**
 * Serialises writes to one object key inside this process, so that two uploads of the same key
 * cannot interleave "row written" and "file renamed" and leave the row describing the other's bytes.
 */
export class KeyedLock {
	private tails = new Map<string, Promise<void>>();

	async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
		const previous = this.tails.get(key) ?? Promise.resolve();
		let release!: () => void;
		const current = new Promise<void>((r) => (release = r));
		const tail = previous.then(() => current);
		this.tails.set(key, tail);
		await previous;
		try {
			return await fn();
		} finally {
			release();
			if (this.tails.get(key) === tail) this.tails.delete(key);
		}
	}
}
