import { randomUUID } from 'node:crypto';
import type { StorageDeps } from './deps.ts';
import { ERRORS } from './errors.ts';
import { ok, readJson, stringField, type RouteContext } from './http.ts';
import { assertValidBucketName, assertValidKey } from './names.ts';

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

/** POST /object/move: renames the row as the caller (UPDATE policy, checked on the new name), then the file. */
export async function moveObject(ctx: RouteContext) {
	const t = await readTransfer(ctx);
	const { db, disk } = ctx.deps;
	await lockBoth(ctx.deps, t, async () => {
		if (t.bucket === t.toBucket && t.from === t.to) return;
		const [moved] = await db.updateObject(t.bucket, t.from, { bucket_id: t.toBucket, name: t.to }, ctx.caller.jwt);
		if (!moved) {
			if (await db.object(t.bucket, t.from, ctx.caller.jwt)) throw ERRORS.accessDenied('new row violates row-level security policy');
			throw ERRORS.noSuchKey();
		}
		try {
			await disk.move(t.bucket, t.from, t.toBucket, t.to);
		} catch (err) {
			await db.updateObject(t.toBucket, t.to, { bucket_id: t.bucket, name: t.from }, undefined).catch(() => {});
			console.error(`[storage] could not move a file: ${(err as Error).message}`);
			throw ERRORS.internal();
		}
	});
	ok(ctx.res, { message: 'Successfully moved' });
}

/** POST /object/copy: the caller must see the source and may insert the destination (RLS). */
export async function copyObject(ctx: RouteContext) {
	const t = await readTransfer(ctx);
	const { db, disk } = ctx.deps;
	const result = await lockBoth(ctx.deps, t, async () => {
		const source = await db.object(t.bucket, t.from, ctx.caller.jwt);
		if (!source) throw ERRORS.noSuchKey();
		const temp = await disk.copyToTemp(t.bucket, t.from);
		try {
			const row = await db.insertObject(
				{
					bucket_id: t.toBucket,
					name: t.to,
					metadata: { ...source.metadata, lastModified: new Date().toISOString() },
					user_metadata: source.user_metadata,
					version: randomUUID(),
					owner: ctx.caller.owner,
					owner_id: ctx.caller.owner
				},
				ctx.caller.jwt
			);
			try {
				await disk.commit(temp, t.toBucket, t.to);
			} catch (err) {
				await db.deleteObjects(t.toBucket, [t.to], undefined).catch(() => {});
				console.error(`[storage] could not copy a file: ${(err as Error).message}`);
				throw ERRORS.internal();
			}
			return { Id: row.id, Key: `${t.toBucket}/${t.to}` };
		} finally {
			await disk.discard(temp);
		}
	});
	ok(ctx.res, result);
}
