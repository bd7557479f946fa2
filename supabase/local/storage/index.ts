import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerContext, ServiceHandler } from '../handler.ts';
import { authenticate } from './auth.ts';
import { createBucket, deleteBucket, emptyBucket, getBucket, listBuckets, updateBucket } from './bucket-routes.ts';
import { StorageDb } from './db.ts';
import { KeyedLock, type StorageDeps } from './deps.ts';
import { DiskStore } from './disk.ts';
import { downloadAuthenticated, downloadPublic, downloadSigned, objectInfo } from './download.ts';
import { ERRORS, sendError, StorageError } from './errors.ts';
import type { RouteHandler } from './http.ts';
import { deleteObject, listObjects, removeObjects, signUrl, signUrls, uploadObject } from './object-routes.ts';
import { sweepOrphans } from './sweep.ts';
import { copyObject, moveObject } from './transfer-routes.ts';

interface Route {
	methods: string[];
	pattern: RegExp;
	handler: RouteHandler;
	/** Public and signed downloads need no JWT: the bucket flag or the URL's token authorises them. */
	anonymous?: boolean;
}

/**
 * How long, and how much of, a refused upload's remaining body is read and discarded before the
 * connection is cut: enough for a client to finish sending a small excess and read the answer,
 * never the rest of an endless stream (at localhost speed 3 s alone let through 200 MB).
 */
const LINGER_MS = 3000;
const LINGER_BYTES = 64 * 1024 * 1024;

const KEY = '([^/]+/.+)';
const BUCKET = '([^/]+)';

/** The Storage API routes storage-js uses, in match order (the specific /object/* ones first). */
const ROUTES: Route[] = [
	{ methods: ['GET'], pattern: /^\/bucket\/?$/, handler: listBuckets },
	{ methods: ['POST'], pattern: /^\/bucket\/?$/, handler: createBucket },
	{ methods: ['POST'], pattern: new RegExp(`^/bucket/${BUCKET}/empty/?$`), handler: emptyBucket },
	{ methods: ['GET'], pattern: new RegExp(`^/bucket/${BUCKET}/?$`), handler: getBucket },
	{ methods: ['PUT'], pattern: new RegExp(`^/bucket/${BUCKET}/?$`), handler: updateBucket },
	{ methods: ['DELETE'], pattern: new RegExp(`^/bucket/${BUCKET}/?$`), handler: deleteBucket },
	{ methods: ['POST'], pattern: new RegExp(`^/object/list/${BUCKET}/?$`), handler: listObjects },
	{ methods: ['POST'], pattern: /^\/object\/move\/?$/, handler: moveObject },
	{ methods: ['POST'], pattern: /^\/object\/copy\/?$/, handler: copyObject },
	{ methods: ['POST'], pattern: new RegExp(`^/object/sign/${BUCKET}/?$`), handler: signUrls },
	{ methods: ['POST'], pattern: new RegExp(`^/object/sign/${KEY}$`), handler: signUrl },
	{ methods: ['GET'], pattern: new RegExp(`^/object/sign/${KEY}$`), handler: downloadSigned, anonymous: true },
	{ methods: ['GET', 'HEAD'], pattern: new RegExp(`^/object/public/${KEY}$`), handler: downloadPublic, anonymous: true },
	{ methods: ['GET'], pattern: new RegExp(`^/object/info/(?:authenticated/)?${KEY}$`), handler: objectInfo },
	{ methods: ['GET', 'HEAD'], pattern: new RegExp(`^/object/authenticated/${KEY}$`), handler: downloadAuthenticated },
	{ methods: ['GET', 'HEAD'], pattern: new RegExp(`^/object/${KEY}$`), handler: downloadAuthenticated },
	{ methods: ['POST', 'PUT'], pattern: new RegExp(`^/object/${KEY}$`), handler: uploadObject },
	{ methods: ['DELETE'], pattern: new RegExp(`^/object/${BUCKET}/?$`), handler: removeObjects },
	{ methods: ['DELETE'], pattern: new RegExp(`^/object/${KEY}$`), handler: deleteObject }
];

/**
 * The Storage API subset behind /storage/v1 (the router strips the prefix). Bytes live on disk under
 * <dataDir>/storage; rows live in storage.buckets / storage.objects and are read and written only
 * through PostgREST, as the caller, so the project's RLS policies on storage.* apply as on Supabase.
 */
export function createStorageHandler(ctx: HandlerContext): ServiceHandler {
	const deps: StorageDeps = {
		config: ctx.config,
		db: new StorageDb(ctx.rest),
		disk: new DiskStore(ctx.config.dataDir),
		secret: new TextEncoder().encode(ctx.config.jwtSecret),
		locks: new KeyedLock()
	};
	// PostgREST is up by the time the stack builds its handlers. The sweep runs alongside requests
	// (it never races them, see sweep.ts) rather than holding up the start on a large store.
	sweepOrphans(deps).then(
		(n) => n > 0 && !ctx.config.quiet && console.log(`[storage] removed ${n} orphaned file(s) left by an interrupted write`),
		(err: Error) => console.error(`[storage] orphan sweep failed, to be retried at next start: ${err.message}`)
	);
	return async (req, res, path) => {
		const method = req.method ?? 'GET';
		try {
			const route = ROUTES.find((r) => r.methods.includes(method) && r.pattern.test(path));
			if (!route) throw ERRORS.notFound(method, path);
			const params = route.pattern.exec(path)!.slice(1);
			const caller = route.anonymous ? null! : await authenticate(req, deps.secret);
			const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
			await route.handler({ deps, req, res, params, query, caller });
		} catch (err) {
			fail(req, res, err);
		}
	};
}

/**
 * Bad input is always a rendered Storage error, never a stack trace. When the request body was not
 * read to the end (a refused or oversized upload), the rest is read and thrown away for a short
 * while (a "lingering close", as nginx does): closing at once would make the kernel answer the
 * client's next bytes with a reset, which can destroy our response before the client reads it.
 * A client that keeps streaming past the grace period is cut off.
 */
function fail(req: IncomingMessage, res: ServerResponse, err: unknown) {
	const error = err instanceof StorageError ? err : ERRORS.internal();
	if (!(err instanceof StorageError)) console.error('[storage] unexpected error', err);
	if (res.headersSent) {
		res.destroy();
		return;
	}
	sendError(res, error);
	if (!req.complete) {
		const cut = () => req.socket.destroy();
		const cutOff = setTimeout(cut, LINGER_MS).unref();
		let discarded = 0;
		req.on('data', (chunk: Buffer) => {
			discarded += chunk.length;
			if (discarded > LINGER_BYTES) {
				clearTimeout(cutOff);
				cut();
			}
		});
		req.once('end', () => clearTimeout(cutOff));
		req.resume();
	}
}
