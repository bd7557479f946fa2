import { createHash, randomUUID } from 'node:crypto';
import { rmSync, type ReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, rmdir, stat, unlink, utimes } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { ERRORS } from './errors.ts';

/**
 * Each version of an object is its own file, <bucket>/<key segments>/~v/<version>, named after the
 * row's `version`. A version file is complete (fsynced) before any row names it and is deleted only
 * after no row names it any more, so a crash leaves at worst an orphan file (see sweep.ts), never a
 * row without its bytes. Keys 'a' and 'a/b' can both exist in Storage (S3 has no folders): the key
 * is a directory, and '~' is not a valid key character, so VERSIONS_DIR never collides with a key.
 */
export const VERSIONS_DIR = '~v';
/** The pre-versioning layout: one file per key, adopted or removed by the sweep. */
/** Inside the storage root so that rename() never crosses file systems; '.'-names are not buckets. */
const TEMP_DIR = '.tmp';
/** Versions become file names: only what randomUUID() (and the real service) produces is accepted. */
const VERSION_NAME = /^[0-9A-Za-z-]{1,64}$/;

export const isVersionName = (v: unknown): v is string => typeof v === 'string' && VERSION_NAME.test(v);

export interface TempFile {
	path: string;
	size: number;
	/** As the real service stores it: the MD5 of the bytes, in double quotes. */
	eTag: string;
}

/** One object version as stored: bucket, key and the version a row must name for it to be kept. */
export interface Version {
	bucket: string;
	key: string;
	version: string;
}

export class DiskStore {
	readonly root: string;

	constructor(dataDir: string) {
		this.root = resolve(dataDir, 'storage');
		// Temp files only live during a request: any found at start are from a crash, never committed.
		rmSync(this.inside(TEMP_DIR), { recursive: true, force: true });
	}

	/** Every path this store touches goes through here: nothing resolves outside the storage root. */
	inside(...parts: string[]): string {
		const full = resolve(this.root, ...parts);
		if (full !== this.root && !full.startsWith(this.root + sep)) throw ERRORS.invalidKey(parts.join('/'));
		return full;
	}

	bucketDir(bucket: string): string {
		return this.inside(bucket);
	}

	/** The file of one version; a row without a usable version has no file, so it reads as missing. */
	versionFile({ bucket, key, version }: Version): string {
		if (!isVersionName(version)) throw ERRORS.noSuchKey();
		return this.inside(bucket, ...key.split('/'), VERSIONS_DIR, version);
	}

	/**
	 * Streams bytes into a new temp file, stopping as soon as `limit` is passed (nothing buffered
	 * beyond one chunk), then fsyncs it. The temp file is removed on every failure.
	 */
	async writeTemp(source: AsyncIterable<Uint8Array>, limit: number): Promise<TempFile> {
		await mkdir(this.inside(TEMP_DIR), { recursive: true });
		const path = this.inside(TEMP_DIR, randomUUID());
		const handle = await open(path, 'wx', 0o600);
		const md5 = createHash('md5');
		let size = 0;
		try {
			for await (const chunk of source) {
				size += chunk.length;
				if (size > limit) throw ERRORS.entityTooLarge();
				md5.update(chunk);
				await handle.write(chunk);
			}
			await handle.sync();
		} catch (err) {
			await handle.close().catch(() => {});
			await unlink(path).catch(() => {});
			throw err;
		}
		await handle.close();
		return { path, size, eTag: `"${md5.digest('hex')}"` };
	}

	async discard(tempPath: string): Promise<void> {
		await unlink(tempPath).catch(() => {});
	}

	/** Moves an fsynced temp file to its version's path, durably, before any row names that version. */
	commit(tempPath: string, to: Version): Promise<void> {
		return this.place(to, (dest) => rename(tempPath, dest));
	}

	/**
	 * A second version file with the same bytes (for copy and move); the source stays until its row
	 * moves on. A hard link when possible: version files are never written in place, so sharing the
	 * bytes between two objects is safe.
	 */
	duplicate(from: Version, to: Version): Promise<void> {
		const src = this.versionFile(from);
		return this.place(to, async (dest) => {
			const linked = await link(src, dest).then(
				() => true,
				(err: NodeJS.ErrnoException) => {
					if (err.code === 'ENOENT') throw err;
					return false; // No hard links on this file system: copy instead.
				}
			);
			// A link keeps the source's mtime; the sweep must see this file as new, not as an old orphan.
			if (linked) return utimes(dest, new Date(), new Date());
			// Not atomic, but harmless: until the row names this version, a partial file is just an orphan.
			await copyFile(src, dest);
			const handle = await open(dest, 'r+');
			await handle.sync().finally(() => handle.close());
		});
	}

	/** Puts a file at a version's path, then fsyncs its directory and every directory mkdir created. */
	private async place(to: Version, put: (dest: string) => Promise<void>): Promise<void> {
		const dest = this.versionFile(to);
		let created: string | undefined;
		for (let attempt = 0; ; attempt++) {
			try {
				created = await mkdir(dirname(dest), { recursive: true });
				await put(dest);
				break;
			} catch (err) {
				// A concurrent delete of another key may prune a fresh parent directory in between.
				if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 2) throw err;
			}
		}
		let dir = dirname(dest);
		await syncDir(dir);
		while (created && dir !== dirname(created) && dir !== this.root) {
			dir = dirname(dir);
			await syncDir(dir);
		}
	}

	/** Deletes one version's file (once no row names it) and the directories that leaves empty. */
	async removeVersion(v: Version): Promise<void> {
		await unlink(this.versionFile(v)).catch((err: NodeJS.ErrnoException) => {
			if (err.code !== 'ENOENT') throw err;
		});
		await this.prune(v.bucket, [...v.key.split('/'), VERSIONS_DIR]);
	}

	/** Removes now-empty directories, deepest first, up to (not including) the bucket directory. */
	private async prune(bucket: string, segments: string[]): Promise<void> {
		for (let n = segments.length; n > 0; n--) {
			try {
				await rmdir(this.inside(bucket, ...segments.slice(0, n)));
			} catch {
				return;
			}
		}
	}

	async removeBucket(bucket: string): Promise<void> {
		await rm(this.bucketDir(bucket), { recursive: true, force: true });
	}

	/** Opens the file before answering, so that a later delete of this version cannot cut the stream. */
	async read(v: Version): Promise<{ size: number; stream: ReadStream }> {
		const handle = await open(this.versionFile(v), 'r').catch(() => {
			throw ERRORS.noSuchKey();
		});
		try {
			const { size } = await handle.stat();
			return { size, stream: handle.createReadStream() };
		} catch (err) {
			await handle.close();
			throw err;
		}
	}
}

async function syncDir(dir: string): Promise<void> {
	const handle = await open(dir, 'r').catch(() => null);
	await handle?.sync().catch(() => {});
	await handle?.close();
}
