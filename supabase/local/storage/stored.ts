import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isVersionName, VERSIONS_DIR, type DiskStore } from './disk.ts';
import { assertValidBucketName, isValidKey } from './names.ts';

/** A version file of the object layout. */
export interface StoredFile {
	bucket: string;
	key: string;
	version: string;
	mtimeMs: number;
}

/**
 * Every file of the object layout under the storage root, one directory read at a time (nothing
 * is held but the current path). Anything else found there (temp files, stray files, names that
 * are no valid key or version) is not ours to judge and is left out.
 */
export async function* storedFiles(disk: DiskStore): AsyncGenerator<StoredFile> {
	for (const entry of await entries(disk.root)) {
		if (entry.isDirectory() && isBucketName(entry.name)) yield* walk(disk, entry.name, []);
	}
}

async function* walk(disk: DiskStore, bucket: string, segments: string[]): AsyncGenerator<StoredFile> {
	const dir = disk.inside(bucket, ...segments);
	const key = segments.join('/');
	const isKey = segments.length > 0 && isValidKey(key);
	for (const entry of await entries(dir)) {
		if (isKey && entry.name === VERSIONS_DIR && entry.isDirectory()) {
			for (const file of await entries(join(dir, VERSIONS_DIR))) {
				if (!file.isFile() || !isVersionName(file.name)) continue;
				const found = await describe(join(dir, VERSIONS_DIR, file.name), bucket, key, file.name);
				if (found) yield found;
			}
		} else if (entry.isDirectory()) {
			yield* walk(disk, bucket, [...segments, entry.name]);
		}
	}
}

/** A directory's entries; none when it went away meanwhile (a concurrent delete pruned it). */
async function entries(dir: string): Promise<Dirent[]> {
	return readdir(dir, { withFileTypes: true }).catch(() => []);
}

async function describe(path: string, bucket: string, key: string, version: string): Promise<StoredFile | null> {
	const st = await stat(path).catch(() => null);
	return st ? { bucket, key, version, mtimeMs: st.mtimeMs } : null;
}

function isBucketName(name: string): boolean {
	try {
		assertValidBucketName(name);
		return true;
	} catch {
		return false;
	}
}
