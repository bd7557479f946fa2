import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';

/** Every file under a directory, relative to it (directories themselves left out). */
export function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => relative(dir, join(dir, f)));
}

/** Where the storage handlers keep one version of an object, relative to the storage root. */
export const versionPath = (bucket: string, key: string, version: string) => join(bucket, ...key.split('/'), '~v', version);

/** The version files on disk for one object: exactly one, the row's version, when all is well. */
export function versionsOf(storageDir: string, bucket: string, key: string): string[] {
	const dir = join(storageDir, bucket, ...key.split('/'), '~v');
	return existsSync(dir) ? readdirSync(dir) : [];
}

/** Every object key of a bucket, walking the folder levels that list() returns. */
async function keysOf(service: SupabaseClient, bucket: string, prefix = ''): Promise<string[]> {
	const { data, error } = await service.storage.from(bucket).list(prefix, { limit: 1000 });
	if (error) throw error;
	const keys: string[] = [];
	for (const entry of data) {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.id === null) keys.push(...(await keysOf(service, bucket, path)));
		else keys.push(path);
	}
	return keys;
}

/** The version file each row of the given buckets names (as versionPath), read through the API. */
export async function rowFiles(service: SupabaseClient, buckets: string[]): Promise<string[]> {
	const out: string[] = [];
	for (const bucket of buckets) {
		for (const key of await keysOf(service, bucket)) {
			const { data, error } = await service.storage.from(bucket).info(key);
			if (error) throw error;
			out.push(versionPath(bucket, key, data.version));
		}
	}
	return out.sort();
}

/** The version files on disk in the given buckets, as versionPath. */
export function diskFiles(storageDir: string, buckets: string[]): string[] {
	return buckets.flatMap((b) => filesUnder(join(storageDir, b)).map((f) => join(b, f))).sort();
}
