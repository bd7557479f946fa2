import { ERRORS } from './errors.ts';
import { ok, readJson, type RouteContext } from './http.ts';
import { assertValidKey, isValidKey, splitBucketPath } from './names.ts';
import { parseExpiresIn, signObjectUrl } from './signed-url.ts';
import { upload } from './upload.ts';
import { retire, rowVersion } from './versions.ts';

export async function uploadObject(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	const mode = ctx.req.method === 'PUT' ? 'update' : ctx.req.headers['x-upsert'] === 'true' ? 'upsert' : 'create';
	ok(ctx.res, await upload(ctx.deps, ctx.req, ctx.caller, bucket, key, mode));
}

/** DELETE /object/{bucket}/{key}: the row goes first (as the caller, RLS decides), then the bytes. */
export async function deleteObject(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	assertValidKey(key);
	const [deleted] = await ctx.deps.db.deleteObjects(bucket, [key], ctx.caller.jwt);
	if (!deleted) throw ERRORS.noSuchKey();
	await retire(ctx.deps.disk, rowVersion(deleted));
	ok(ctx.res, { message: 'Successfully deleted' });
}

/** DELETE /object/{bucket} { prefixes }: answers with the rows actually deleted, as the real service. */
export async function removeObjects(ctx: RouteContext) {
	const { bucket } = splitBucketPath(ctx.params[0]);
	const { prefixes } = await readJson(ctx.req);
	if (!Array.isArray(prefixes) || prefixes.length === 0 || !prefixes.every((p) => typeof p === 'string')) {
		throw ERRORS.invalidRequest('body/prefixes must be a non-empty list of object names');
	}
	// Names that are not valid keys cannot exist; they are skipped rather than sent to PostgREST.
	const names = (prefixes as string[]).filter((p) => isValidKey(p));
	const deleted = names.length ? await ctx.deps.db.deleteObjects(bucket, names, ctx.caller.jwt) : [];
	for (const row of deleted) await retire(ctx.deps.disk, rowVersion(row));
	ok(ctx.res, deleted);
}

/** POST /object/list/{bucket}: one folder level, through storage.search with the caller's JWT. */
export async function listObjects(ctx: RouteContext) {
	const { bucket } = splitBucketPath(ctx.params[0]);
	const body = await readJson(ctx.req);
	let prefix = typeof body.prefix === 'string' ? body.prefix : '';
	if (prefix.length > 0 && !prefix.endsWith('/')) prefix += '/';
	const sortBy = (body.sortBy ?? {}) as { column?: unknown; order?: unknown };
	const rows = await ctx.deps.db.search(
		{
			prefix,
			bucketname: bucket,
			limits: clampInt(body.limit, 100, 0, 1000),
			levels: prefix.split('/').length,
			offsets: clampInt(body.offset, 0, 0, Number.MAX_SAFE_INTEGER),
			search: typeof body.search === 'string' ? body.search : '',
			sortcolumn: typeof sortBy.column === 'string' ? sortBy.column : 'name',
			sortorder: typeof sortBy.order === 'string' ? sortBy.order : 'asc'
		},
		ctx.caller.jwt
	);
	ok(ctx.res, rows);
}

/** POST /object/sign/{bucket}/{key}: only for an object the caller can see. */
export async function signUrl(ctx: RouteContext) {
	const { bucket, key } = splitBucketPath(ctx.params[0]);
	const expiresIn = parseExpiresIn((await readJson(ctx.req)).expiresIn);
	assertValidKey(key);
	if (!(await ctx.deps.db.object(bucket, key, ctx.caller.jwt))) throw ERRORS.noSuchKey();
	ok(ctx.res, { signedURL: await signObjectUrl(ctx.deps.secret, bucket, key, expiresIn) });
}

/** POST /object/sign/{bucket} { expiresIn, paths }: one entry per path, an error for the ones not visible. */
export async function signUrls(ctx: RouteContext) {
	const { bucket } = splitBucketPath(ctx.params[0]);
	const body = await readJson(ctx.req);
	const expiresIn = parseExpiresIn(body.expiresIn);
	const paths = body.paths;
	if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string')) {
		throw ERRORS.invalidRequest('body/paths must be a non-empty list of object names');
	}
	const valid = (paths as string[]).filter(isValidKey);
	const found = new Set((await ctx.deps.db.objects(bucket, valid, ctx.caller.jwt)).map((o) => o.name));
	const out = [];
	for (const path of paths as string[]) {
		out.push(
			found.has(path)
				? { error: null, path, signedURL: await signObjectUrl(ctx.deps.secret, bucket, path, expiresIn) }
				: { error: 'Either the object does not exist or you do not have access to it', path, signedURL: null }
		);
	}
	ok(ctx.res, out);
}

function clampInt(value: unknown, fallback: number, min: number, max: number): number {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isSafeInteger(n) ? Math.min(Math.max(n, min), max) : fallback;
}
