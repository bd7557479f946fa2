import type { BucketRow } from './db.ts';
import { ERRORS, StorageError } from './errors.ts';
import { ok, readJson, type RouteContext } from './http.ts';
import { assertValidBucketName, parseSizeLimit } from './names.ts';
import { retire, rowVersion } from './versions.ts';

const BUCKET_COLUMNS = 'id,name,owner,public,file_size_limit,allowed_mime_types,created_at,updated_at';
const SORTABLE = new Set(['id', 'name', 'created_at', 'updated_at']);

/** The real service labels every bucket with its type; this stack has only standard (file) buckets. */
const present = (b: BucketRow) => ({ ...b, type: 'STANDARD' });

function bucketParam(ctx: RouteContext): string {
	let id: string;
	try {
		id = decodeURIComponent(ctx.params[0]);
	} catch {
		throw ERRORS.invalidBucketName();
	}
	assertValidBucketName(id);
	return id;
}

/** GET /bucket: the buckets the caller may see (RLS on storage.buckets), with storage-js's paging options. */
export async function listBuckets(ctx: RouteContext) {
	const q = ctx.query;
	const params = new URLSearchParams({ select: BUCKET_COLUMNS });
	const column = SORTABLE.has(q.get('sortColumn') ?? '') ? q.get('sortColumn')! : 'name';
	params.set('order', `${column}.${q.get('sortOrder') === 'desc' ? 'desc' : 'asc'}`);
	const limit = Number(q.get('limit'));
	const offset = Number(q.get('offset'));
	if (Number.isSafeInteger(limit) && limit > 0) params.set('limit', String(limit));
	if (Number.isSafeInteger(offset) && offset > 0) params.set('offset', String(offset));
	const search = q.get('search');
	if (search) params.set('name', `ilike.*${search.replace(/[*%_\\]/g, '')}*`);
	ok(ctx.res, (await ctx.deps.db.listBuckets(ctx.caller.jwt, params.toString())).map(present));
}

export async function getBucket(ctx: RouteContext) {
	const bucket = await ctx.deps.db.bucket(bucketParam(ctx), ctx.caller.jwt);
	if (!bucket) throw ERRORS.noSuchBucket();
	ok(ctx.res, present(bucket));
}

function bucketSettings(body: Record<string, unknown>): Partial<BucketRow> {
	const out: Partial<BucketRow> = {};
	if (body.public !== undefined) out.public = body.public === true;
	if (body.file_size_limit !== undefined) out.file_size_limit = parseSizeLimit(body.file_size_limit);
	if (body.allowed_mime_types !== undefined) {
		const types = body.allowed_mime_types;
		if (types !== null && (!Array.isArray(types) || !types.every((t) => typeof t === 'string' && /^[\w.+-]+\/[\w.+*-]+$/.test(t)))) {
			throw ERRORS.invalidRequest('allowed_mime_types must be a list of mime types');
		}
		out.allowed_mime_types = types as string[] | null;
	}
	return out;
}

/** POST /bucket: created as the caller, so only roles that RLS (or bypassrls) allows may create one. */
export async function createBucket(ctx: RouteContext) {
	const body = await readJson(ctx.req);
	const id = body.id ?? body.name;
	assertValidBucketName(id);
	const row = { id, name: id, owner: ctx.caller.owner, owner_id: ctx.caller.owner, public: false, ...bucketSettings(body) };
	try {
		await ctx.deps.db.insertBucket(row, ctx.caller.jwt);
	} catch (err) {
		if (err instanceof StorageError && err.code === 'ResourceAlreadyExists') {
			throw new StorageError(409, 'BucketAlreadyExists', 'The resource already exists', 'Duplicate');
		}
		throw err;
	}
	ok(ctx.res, { name: id });
}

export async function updateBucket(ctx: RouteContext) {
	const id = bucketParam(ctx);
	const patch = { ...bucketSettings(await readJson(ctx.req)), updated_at: new Date().toISOString() };
	const rows = await ctx.deps.db.updateBucket(id, patch, ctx.caller.jwt);
	if (rows.length === 0) throw ERRORS.noSuchBucket();
	ok(ctx.res, { message: 'Successfully updated' });
}

/** POST /bucket/{id}/empty: deletes, as the caller, every object the caller may delete, then its bytes. */
export async function emptyBucket(ctx: RouteContext) {
	const id = bucketParam(ctx);
	const { db, disk } = ctx.deps;
	if (!(await db.bucket(id, ctx.caller.jwt))) throw ERRORS.noSuchBucket();
	for (;;) {
		const page = await db.objectNames(id, ctx.caller.jwt, 1000);
		if (page.length === 0) break;
		const deleted = await db.deleteObjects(id, page.map((o) => o.name), ctx.caller.jwt);
		for (const o of deleted) await retire(disk, rowVersion(o));
		// Rows the caller may see but not delete stay; stop instead of looping over them forever.
		if (deleted.length === 0 || page.length < 1000) break;
	}
	ok(ctx.res, { message: 'Successfully emptied' });
}

export async function deleteBucket(ctx: RouteContext) {
	const id = bucketParam(ctx);
	const { db, disk } = ctx.deps;
	if (await db.hasObjects(id)) throw ERRORS.bucketNotEmpty();
	let rows: BucketRow[];
	try {
		rows = await db.deleteBucket(id, ctx.caller.jwt);
	} catch (err) {
		// An object uploaded since the check above: the foreign key refuses, as the bucket is not empty.
		if (err instanceof StorageError && err.code === 'NoSuchBucket') throw ERRORS.bucketNotEmpty();
		throw err;
	}
	if (rows.length === 0) throw ERRORS.noSuchBucket();
	await disk.removeBucket(id);
	ok(ctx.res, { message: 'Successfully deleted' });
}
