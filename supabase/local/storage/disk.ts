import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, rmSync, type ReadStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { ERRORS } from './errors.ts';

/**
 * Each object is a directory named after its key holding one file, OBJECT_FILE. Keys 'a' and 'a/b'
 * can both exist in Storage (S3 has no folders); as plain files they would collide (file 'a' versus
 * directory 'a'). '~' is not a valid key character, so OBJECT_FILE never collides with a key segment.
 */
const OBJECT_FILE = '~object';
/** Inside the storage root so that rename() never crosses file systems; '.'-names are not buckets. */
const TEMP_DIR = '.tmp';

export interface TempFile {
	path: string;
	size: number;
	/** As the real service stores it: the MD5 of the bytes, in double quotes. */
	eTag: string;
}

export class DiskStore {
	readonly root: string;

	constructor(dataDir: string) {
		this.root = resolve(dataDir, 'storage');
		// Temp files only live during a request: any found at start are from a crash, never committed.
		rmSync(this.inside(TEMP_DIR), { recursive: true, force: true });
	}

	/** Every path this store touches goes through here: nothing resolves outside the storage root. */
	private inside(...parts: string[]): string {
		const full = resolve(this.root, ...parts);
		if (full !== this.root && !full.startsWith(this.root + sep)) throw ERRORS.invalidKey(parts.join('/'));
		return full;
	}

	bucketDir(bucket: string): string {
		return this.inside(bucket);
	}

	objectFile(bucket: string, key: string): string {
		return this.inside(bucket, ...key.split('/'), OBJECT_FILE);
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

	/** Copies an existing object into a new temp file (for copy), with the same durability. */
	async copyToTemp(bucket: string, key: string): Promise<string> {
		await mkdir(this.inside(TEMP_DIR), { recursive: true });
		const path = this.inside(TEMP_DIR, randomUUID());
		await copyFile(this.objectFile(bucket, key), path);
		const handle = await open(path, 'r+');
		await handle.sync().finally(() => handle.close());
		return path;
	}

	async discard(tempPath: string): Promise<void> {
		await unlink(tempPath).catch(() => {});
	}

	/** Moves a temp file into place atomically (replacing any previous version), then syncs the directory. */
	async commit(tempPath: string, bucket: string, key: string): Promise<void> {
		const dest = this.objectFile(bucket, key);
		for (let attempt = 0; ; attempt++) {
			await mkdir(dirname(dest), { recursive: true });
			try {
				await rename(tempPath, dest);
				break;
			} catch (err) {
				// A concurrent delete may prune the fresh directory between mkdir and rename.
				if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 2) throw err;
			}
		}
		await syncDir(dirname(dest));
	}

	/** Renames an object in place (for move). */
	async move(bucket: string, from: string, toBucket: string, to: string): Promise<void> {
		const dest = this.objectFile(toBucket, to);
		await mkdir(dirname(dest), { recursive: true });
		await rename(this.objectFile(bucket, from), dest);
		await syncDir(dirname(dest));
		await this.prune(bucket, from);
	}

	async remove(bucket: string, key: string): Promise<void> {
		await unlink(this.objectFile(bucket, key)).catch((err: NodeJS.ErrnoException) => {
			if (err.code !== 'ENOENT') throw err;
		});
		await this.prune(bucket, key);
	}

	/** Removes the now-empty directories of a deleted key, up to (not including) the bucket directory. */
	private async prune(bucket: string, key: string): Promise<void> {
		const segments = key.split('/');
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

	async read(bucket: string, key: string): Promise<{ size: number; stream: ReadStream }> {
		const file = this.objectFile(bucket, key);
		try {
			const st = await stat(file);
			return { size: st.size, stream: createReadStream(file) };
		} catch {
			throw ERRORS.noSuchKey();
		}
	}
}

async function syncDir(dir: string): Promise<void> {
	const handle = await open(dir, 'r').catch(() => null);
	await handle?.sync().catch(() => {});
	await handle?.close();
}
