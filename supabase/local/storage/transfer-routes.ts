import { randomUUID } from 'node:crypto';
import type { StorageDeps } from './deps.ts';
import type { Version } from './disk.ts';
import { ERRORS } from './errors.ts';
import { ok, readJson, stringField, type RouteContext } from './http.ts';
import { assertValidBucketName, assertValidKey } from './names.ts';
import { retire, rowVersion, writeRowFor } from './versions.ts';

interface Transfer {
	bucket: string;
	from: string;
	toBucket: string;
	to: string;
}

async function readTransfer(ctx: RouteContext): Promise<Transfer> {
	const body = await readJson(ctx.req);
	const bucket = stringField(body, 'bucketId');
	const toBucket = typeof body.destinationBucket === 'string' && body.destinationBucket ? body.destinationBucket : bucket;
	assertValidBucketName(bucket);
	assertValidBucketName(toBucket);
	const from = stringField(body, 'sourceKey');
	const to = stringField(body, 'destinationKey');
	assertValidKey(from);
	assertValidKey(to);
	return { bucket, from, toBucket, to };
}

/** Both keys locked, always in the same order, so that two opposite moves cannot deadlock. */
function lockBoth<T>(deps: StorageDeps, t: Transfer, fn: () => Promise<T>): Promise<T> {
	const [a, b] = [`${t.bucket}/${t.from}`, `${t.toBucket}/${t.to}`].sort();
	return deps.locks.run(a, () => (a === b ? fn() : deps.locks.run(b, fn)));
}

/**
 * POST /object/move: the bytes get a second version file at the new key first (a hard link, so no
 * copy), then the row moves to it as the caller (UPDATE policy, checked on the new name), then the
 * old file goes. A crash in between leaves one of the two files as an orphan, never a row without bytes.
 */
export async function moveObject(ctx: RouteContext) {
	const t = await readTransfer(ctx);
	const { db, disk } = ctx.deps;
	await lockBoth(ctx.deps, t, async () => {
		if (t.bucket === t.toBucket && t.from === t.to) return;
		const from = rowVersion(await db.object(t.bucket, t.from, undefined));
		if (!from) throw ERRORS.noSuchKey();
		const placed = { bucket: t.toBucket, key: t.to, version: randomUUID() };
		await duplicate(ctx, from, placed);
		await writeRowFor(disk, placed, async () => {
			const [moved] = await db.updateObject(t.bucket, t.from, { bucket_id: t.toBucket, name: t.to, version: placed.version }, ctx.caller.jwt);
			if (moved) return;
			if (await db.object(t.bucket, t.from, ctx.caller.jwt)) throw ERRORS.accessDenied('new row violates row-level security policy');
			throw ERRORS.noSuchKey();
		});
		await retire(disk, from);
	});
	ok(ctx.res, { message: 'Successfully moved' });
}

/** POST /object/copy: the caller must see the source and may insert the destination (RLS). */
export async function copyObject(ctx: RouteContext) {
	const t = await readTransfer(ctx);
	const { db, disk } = ctx.deps;
	const result = await lockBoth(ctx.deps, t, async () => {
		const source = await db.object(t.bucket, t.from, ctx.caller.jwt);
		const from = rowVersion(source);
		if (!source || !from) throw ERRORS.noSuchKey();
		const placed = { bucket: t.toBucket, key: t.to, version: randomUUID() };
		await duplicate(ctx, from, placed);
		const row = await writeRowFor(disk, placed, () =>
			db.insertObject(
				{
					bucket_id: t.toBucket,
					name: t.to,
					metadata: { ...source.metadata, lastModified: new Date().toISOString() },
					user_metadata: source.user_metadata,
					version: placed.version,
					owner: ctx.caller.owner,
					owner_id: ctx.caller.owner
				},
				ctx.caller.jwt
			)
		);
		return { Id: row.id, Key: `${t.toBucket}/${t.to}` };
	});
	ok(ctx.res, result);
}

async function duplicate(ctx: RouteContext, from: Version, to: Version) {
	try {
		await ctx.deps.disk.duplicate(from, to);
	} catch (err) {
		console.error(`[storage] could not duplicate ${from.bucket}/${from.key}: ${(err as Error).message}`);
		throw ERRORS.internal();
	}
}
