import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Caller } from './auth.ts';
import type { ObjectRow } from './db.ts';
import type { StorageDeps } from './deps.ts';
import { ERRORS, StorageError } from './errors.ts';
import { readMultipart } from './multipart.ts';
import { retire, rowVersion, writeRowFor } from './versions.ts';
import { assertAllowedMime, assertValidKey } from './names.ts';

/** POST without x-upsert: create only; POST with x-upsert: create or replace; PUT: replace only. */
export type UploadMode = 'create' | 'upsert' | 'update';

interface Incoming {
	source: AsyncIterable<Uint8Array>;
	mimetype: string;
	cacheControl: string;
	userMetadata: Record<string, unknown> | null;
}

/**
 * An upload, in the order that keeps disk and rows consistent: bytes → temp file (fsynced) → renamed
 * to a fresh version's own path → the row naming that version, written through PostgREST as the
 * caller (RLS decides) → the previous version's file deleted. A crash between any two steps leaves
 * at worst a file no row names (the sweep's business), never a row whose bytes are missing or
 * differ from its eTag and size.
 */
export async function upload(deps: StorageDeps, req: IncomingMessage, caller: Caller, bucketId: string, key: string, mode: UploadMode) {
	assertValidKey(key);
	const bucket = await deps.db.bucket(bucketId, undefined);
	if (!bucket) throw ERRORS.noSuchBucket();
	const limit = Math.min(deps.config.maxUploadBytes, bucket.file_size_limit ?? Infinity);
	const incoming = await readIncoming(req, limit);
	assertAllowedMime(incoming.mimetype, bucket.allowed_mime_types);

	const temp = await deps.disk.writeTemp(incoming.source, limit);
	try {
		// Locked from reading the previous version to deleting it, so no other write of this key
		// (nor the sweep) runs in between.
		return await deps.locks.run(`${bucketId}/${key}`, async () => {
			const metadata = {
				eTag: temp.eTag,
				size: temp.size,
				mimetype: incoming.mimetype,
				cacheControl: incoming.cacheControl,
				lastModified: new Date().toISOString(),
				contentLength: temp.size,
				httpStatusCode: 200
			};
			const placed = { bucket: bucketId, key, version: randomUUID() };
			const row = { metadata, user_metadata: incoming.userMetadata, version: placed.version, owner: caller.owner, owner_id: caller.owner };
			const previous = mode === 'create' ? null : await deps.db.object(bucketId, key, undefined);
			try {
				await deps.disk.commit(temp.path, placed);
			} catch (err) {
				console.error(`[storage] could not move an upload into place: ${(err as Error).message}`);
				throw ERRORS.internal();
			}
			const written = await writeRowFor(deps.disk, placed, () => writeRow(deps, caller, bucketId, key, mode, row));
			if (previous?.version !== placed.version) await retire(deps.disk, rowVersion(previous));
			return { Id: written.id, Key: `${bucketId}/${key}` };
		});
	} finally {
		await deps.disk.discard(temp.path);
	}
}

async function writeRow(deps: StorageDeps, caller: Caller, bucket: string, key: string, mode: UploadMode, row: Partial<ObjectRow>) {
	const { db } = deps;
	if (mode !== 'create') {
		const [updated] = await db.updateObject(bucket, key, row, caller.jwt);
		if (updated) return updated;
		// Nothing updated: either no such object, or RLS hid it from UPDATE. The real service tells
		// these apart (an upsert over a row the caller may see but not update is AccessDenied).
		if (await db.object(bucket, key, caller.jwt)) throw ERRORS.accessDenied('new row violates row-level security policy');
		if (mode === 'update') throw ERRORS.noSuchKey();
	}
	return db.insertObject({ ...row, bucket_id: bucket, name: key }, caller.jwt);
}

async function readIncoming(req: IncomingMessage, limit: number): Promise<Incoming> {
	const contentType = req.headers['content-type'] ?? '';
	if (/^multipart\/form-data/i.test(contentType)) {
		const { file, fields } = await readMultipart(req, contentType, limit);
		const cache = fields.get('cacheControl');
		return {
			source: file.stream() as unknown as AsyncIterable<Uint8Array>,
			mimetype: fields.get('contentType') || file.type || 'application/octet-stream',
			cacheControl: cache ? (/^\d+$/.test(cache) ? `max-age=${cache}` : cache) : 'no-cache',
			userMetadata: parseMetadata(fields.get('metadata'))
		};
	}
	// Refuse before reading a byte when the client declares the size up front.
	if (Number(req.headers['content-length'] ?? 0) > limit) throw ERRORS.entityTooLarge();
	const header = req.headers['x-metadata'];
	return {
		// destroyOnReturn: false keeps the socket alive when we stop reading early, to answer on it.
		source: req.iterator({ destroyOnReturn: false }),
		mimetype: contentType || 'application/octet-stream',
		cacheControl: req.headers['cache-control'] || 'no-cache',
		userMetadata: typeof header === 'string' ? parseMetadata(Buffer.from(header, 'base64').toString('utf8')) : null
	};
}

function parseMetadata(text: string | undefined): Record<string, unknown> | null {
	if (!text) return null;
	try {
		const value: unknown = JSON.parse(text);
		if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
	} catch {
		// fall through
	}
	throw new StorageError(400, 'InvalidRequest', 'Invalid metadata: it must be a JSON object');
}
