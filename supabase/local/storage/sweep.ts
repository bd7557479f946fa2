import type { StorageDeps } from './deps.ts';
import { storedFiles, type StoredFile } from './stored.ts';

/**
 * Version files are only ever written before their row and deleted after it (see upload.ts), so a
 * crash can leave files that no row names: a version whose row write never happened, or the
 * previous version of a row that moved on. This removes them. Files younger than MIN_AGE_MS are
 * left alone, and every removal is decided again under the key's lock, so an upload, copy or move
 * in flight is never raced. Returns how many files were removed.
 */
const MIN_AGE_MS = 60_000;
/** Files checked against storage.objects per round of PostgREST requests. */
const PAGE = 100;

export async function sweepOrphans(deps: StorageDeps): Promise<number> {
	const cutoff = Date.now() - MIN_AGE_MS;
	let page: StoredFile[] = [];
	let removed = 0;
	for await (const file of storedFiles(deps.disk)) {
		if (file.mtimeMs > cutoff) continue;
		page.push(file);
		if (page.length === PAGE) {
			removed += await settlePage(deps, page);
			page = [];
		}
	}
	return removed + (await settlePage(deps, page));
}

/** One batched read of the rows first: most files are named by their row and need nothing more. */
async function settlePage(deps: StorageDeps, page: StoredFile[]): Promise<number> {
	const named = new Set<string>();
	for (const bucket of new Set(page.map((f) => f.bucket))) {
		const keys = [...new Set(page.filter((f) => f.bucket === bucket).map((f) => f.key))];
		for (const row of await deps.db.objects(bucket, keys, undefined)) named.add(`${bucket}\n${row.name}\n${row.version}`);
	}
	let removed = 0;
	for (const file of page) {
		if (named.has(`${file.bucket}\n${file.key}\n${file.version}`)) continue;
		if (await settle(deps, file)) removed++;
	}
	return removed;
}

async function settle(deps: StorageDeps, file: StoredFile): Promise<boolean> {
	const { disk, db } = deps;
	return deps.locks.run(`${file.bucket}/${file.key}`, async () => {
		const row = await db.object(file.bucket, file.key, undefined);
		if (row?.version === file.version) return false;
		await disk.removeVersion({ bucket: file.bucket, key: file.key, version: file.version });
		return true;
	});
}
