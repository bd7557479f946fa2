import { isVersionName, type DiskStore, type Version } from './disk.ts';
import { StorageError } from './errors.ts';

/**
 * Writes the row that names a version file already in place. When the write is refused, no row
 * names the file and it goes. Only a StorageError (PostgREST answered, or we refused) proves that:
 * anything else, such as a dropped connection, may have committed, so the file stays for the sweep
 * to judge against the rows later.
 */
export async function writeRowFor<T>(disk: DiskStore, placed: Version, write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (err) {
		if (err instanceof StorageError) await retire(disk, placed);
		throw err;
	}
}

/**
 * Deletes a version file once no row names it (after the row's update or delete committed). A
 * failure only leaves an orphan for the next sweep, so it is logged, never answered as an error.
 */
export async function retire(disk: DiskStore, v: Version | null): Promise<void> {
	if (!v) return;
	await disk.removeVersion(v).catch((err: Error) => {
		console.error(`[storage] could not delete ${v.bucket}/${v.key} version ${v.version}: ${err.message}`);
	});
}

/** The version file a row names, or null for a row without a usable version (nothing to delete). */
export function rowVersion(row: { bucket_id: string; name: string; version: string | null } | null | undefined): Version | null {
	return row && isVersionName(row.version) ? { bucket: row.bucket_id, key: row.name, version: row.version } : null;
}
