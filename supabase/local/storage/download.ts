import type { ObjectRow } from './db.ts';
import { ERRORS } from './errors.ts';
import { ok, type RouteContext } from './http.ts';
import { assertValidKey, splitBucketPath } from './names.ts';
import { verifyObjectToken } from './signed-url.ts';
import { rowVersion } from './versions.ts';

/** GET|HEAD /object[/authenticated]/{bucket}/{key}: the row must be visible to the caller (RLS select). */
export async function downloadAuthenticated(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	assertValidKey(key);
	const row = await ctx.deps.db.object(bucket, key, ctx.caller.jwt);
	if (!row) throw ERRORS.noSuchKey();
	await serve(ctx, row, ctx.caller.jwt);
}

/** GET|HEAD /object/public/{bucket}/{key}: no JWT, but only from buckets marked public. */
export async function downloadPublic(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	assertValidKey(key);
	const b = await ctx.deps.db.bucket(bucket, undefined);
	if (!b || !b.public) throw ERRORS.noSuchBucket();
	const row = await ctx.deps.db.object(bucket, key, undefined);
	if (!row) throw ERRORS.noSuchKey();
	await serve(ctx, row, undefined);
}

/** GET /object/sign/{bucket}/{key}?token=…: the token is the authorisation, whoever presents it. */
export async function downloadSigned(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	const token = ctx.query.get('token');
	if (!token) throw ERRORS.missingParameter('token');
	await verifyObjectToken(ctx.deps.secret, token, bucket, key);
	assertValidKey(key);
	const row = await ctx.deps.db.object(bucket, key, undefined);
	if (!row) throw ERRORS.noSuchKey();
	await serve(ctx, row, undefined);
}

/** GET /object/info[/authenticated]/{bucket}/{key}: the row as the real service's info() shape. */
export async function objectInfo(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	assertValidKey(key);
	const row = await ctx.deps.db.object(bucket, key, ctx.caller.jwt);
	if (!row) throw ERRORS.noSuchKey();
	const m = (row.metadata ?? {}) as Record<string, unknown>;
	ok(ctx.res, {
		id: row.id,
		name: row.name,
		version: row.version,
		bucket_id: row.bucket_id,
		size: m.size ?? null,
		content_type: m.mimetype ?? null,
		cache_control: m.cacheControl ?? null,
		etag: m.eTag ?? null,
		metadata: row.user_metadata,
		last_modified: m.lastModified ?? row.updated_at,
		created_at: row.created_at
	});
}

/**
 * The file of the version the row names, so never bytes that do not match its eTag and size. A
 * write may replace that version between reading the row and opening the file: then the row is
 * read again (as the same caller) and its new version served instead.
 */
async function open(ctx: RouteContext, row: ObjectRow, as: string | undefined) {
	for (let attempt = 0; ; attempt++) {
		const version = rowVersion(row);
		if (!version) throw ERRORS.noSuchKey();
		try {
			return { row, file: await ctx.deps.disk.read(version) };
		} catch (err) {
			const again = attempt < 2 ? await ctx.deps.db.object(row.bucket_id, row.name, as) : null;
			if (!again || again.version === row.version) throw err;
			row = again;
		}
	}
}

async function serve(ctx: RouteContext, found: ObjectRow, as: string | undefined) {
	const { req, res, query } = ctx;
	const { row, file } = await open(ctx, found, as);
	const m = (row.metadata ?? {}) as Record<string, string | number | undefined>;
	const headers: Record<string, string> = {
		'content-type': String(m.mimetype ?? 'application/octet-stream'),
		'cache-control': String(m.cacheControl ?? 'no-cache'),
		'content-length': String(file.size),
		'accept-ranges': 'none'
	};
	if (m.eTag) headers.etag = String(m.eTag);
	if (m.lastModified) headers['last-modified'] = new Date(String(m.lastModified)).toUTCString();
	const download = query.get('download');
	if (download !== null) {
		const name = download || row.name.split('/').pop()!;
		headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
	}
	if (m.eTag && req.headers['if-none-match'] === m.eTag) {
		file.stream.destroy();
		res.writeHead(304, { etag: String(m.eTag) }).end();
		return;
	}
	res.writeHead(200, headers);
	if (req.method === 'HEAD') {
		file.stream.destroy();
		res.end();
		return;
	}
	await new Promise<void>((resolve) => {
		file.stream.on('error', () => res.destroy());
		res.on('close', () => {
			file.stream.destroy();
			resolve();
		});
		file.stream.pipe(res);
	});
}
