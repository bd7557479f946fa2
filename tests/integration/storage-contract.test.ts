import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, client, clientWithToken, demo } from '../support/clients.ts';
import { diskFiles, filesUnder, rowFiles, versionPath, versionsOf } from '../support/storage-files.ts';

/**
 * The Storage contract as supabase-js sees it. User tokens are signed here with the stack's secret
 * (as GoTrue would sign them) so that these tests do not depend on the auth handlers.
 */
const stack = inject('stack');
const storageDir = join(stack.dataDir, 'storage');
const run = Date.now().toString(36);

const USERS = { admin: demo.admin.id, keeper: demo.keeper.id, prosecutor: demo.prosecutor.id };

const tempFiles = () => filesUnder(join(storageDir, '.tmp'));
/** Whether any version of the object is on disk. */
const stored = (bucket: string, key: string) => versionsOf(storageDir, bucket, key).length > 0;

async function bytesOf(blob: Blob | null): Promise<Buffer> {
	expect(blob).not.toBeNull();
	return Buffer.from(await blob!.arrayBuffer());
}

/** A raw request, for what supabase-js (and fetch's URL normalisation) would never send. */
function rawRequest(method: string, path: string, body: Buffer, headers: Record<string, string>) {
	const url = new URL(stack.url);
	return new Promise<{ status: number; body: Record<string, string> }>((resolve, reject) => {
		const req = httpRequest(
			{ host: url.hostname, port: url.port, method, path, headers: { ...headers, 'content-length': String(body.length) } },
			(res) => {
				let text = '';
				res.on('data', (d) => (text += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

describe('storage buckets', () => {
	it('creates, reads, lists, updates, empties and deletes a bucket with the service key', async () => {
		const service = client('service');
		const id = `crud-${run}`;
		const created = await service.storage.createBucket(id, {
			public: false,
			fileSizeLimit: '1MB',
			allowedMimeTypes: ['text/plain']
		});
		expect(created).toEqual({ data: { name: id }, error: null });

		const { data: bucket } = await service.storage.getBucket(id);
		expect(bucket).toMatchObject({ id, name: id, public: false, file_size_limit: 1048576, allowed_mime_types: ['text/plain'] });

		const { data: list } = await service.storage.listBuckets();
		expect(list?.map((b) => b.id)).toContain(id);

		const dup = await service.storage.createBucket(id, { public: false });
		expect(dup.error).toMatchObject({ status: 400, statusCode: '409', message: 'The resource already exists' });

		expect((await service.storage.updateBucket(id, { public: true })).data).toEqual({ message: 'Successfully updated' });
		expect((await service.storage.getBucket(id)).data?.public).toBe(true);

		expect((await service.storage.from(id).upload('one.txt', 'one', { contentType: 'text/plain' })).error).toBeNull();
		const notEmpty = await service.storage.deleteBucket(id);
		expect(notEmpty.error).toMatchObject({ statusCode: '409', message: 'The bucket you tried to delete is not empty' });

		expect((await service.storage.emptyBucket(id)).data).toEqual({ message: 'Successfully emptied' });
		expect(stored(id, 'one.txt')).toBe(false);
		expect((await service.storage.deleteBucket(id)).data).toEqual({ message: 'Successfully deleted' });

		const gone = await service.storage.getBucket(id);
		expect(gone.error).toMatchObject({ status: 400, statusCode: '404', message: 'Bucket not found' });
	});

	it('refuses bucket creation to the anon key by RLS, and shows it no buckets', async () => {
		const anon = client('anon');
		const { error } = await anon.storage.createBucket(`anon-${run}`, { public: true });
		expect(error).toMatchObject({ status: 400, statusCode: '403', message: 'new row violates row-level security policy' });
		expect((await anon.storage.listBuckets()).data).toEqual([]);
		expect((await client('service').storage.getBucket(`anon-${run}`)).error?.statusCode).toBe('404');
	});

	it('refuses bucket names that would not be a plain directory', async () => {
		for (const name of ['..', '.tmp', 'a/b', 'tab\there']) {
			const { error } = await client('service').storage.createBucket(name, { public: false });
			expect(error, name).toMatchObject({ statusCode: '400' });
		}
	});
});

describe('storage objects', () => {
	const bucket = `files-${run}`;
	let service: SupabaseClient;

	beforeAll(async () => {
		service = client('service');
		const { error } = await service.storage.createBucket(bucket, { public: false });
		expect(error).toBeNull();
	});

	it('uploads a raw body and a multipart Blob/File, and downloads the same bytes', async () => {
		const files = service.storage.from(bucket);
		const raw = Buffer.from('raw bytes \u00e9\u0000\u00ff');
		const up = await files.upload('raw/one.bin', raw, { contentType: 'application/octet-stream', cacheControl: '60' });
		expect(up.error).toBeNull();
		expect(up.data).toMatchObject({ path: 'raw/one.bin', fullPath: `${bucket}/raw/one.bin` });
		expect(up.data?.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await bytesOf((await files.download('raw/one.bin')).data)).toEqual(raw);

		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
		const file = new File([png], 'x.png', { type: 'image/png' });
		expect((await files.upload('multi/pic.png', file, { metadata: { animal: 'PT-2026-000123' } })).error).toBeNull();
		const { data: blob } = await files.download('multi/pic.png');
		expect(blob?.type).toBe('image/png');
		expect(await bytesOf(blob)).toEqual(Buffer.from(png));
		expect((await files.info('multi/pic.png')).data?.metadata).toEqual({ animal: 'PT-2026-000123' });

		const info = await files.info('raw/one.bin');
		expect(info.data).toMatchObject({ size: raw.length, contentType: 'application/octet-stream', cacheControl: 'max-age=60' });
		expect((await files.exists('raw/one.bin')).data).toBe(true);
		expect((await files.exists('raw/none.bin')).data).toBe(false);
	});

	it('refuses a duplicate without x-upsert, replaces with it, and updates with PUT', async () => {
		const files = service.storage.from(bucket);
		expect((await files.upload('dup.txt', 'first', { contentType: 'text/plain' })).error).toBeNull();
		const dup = await files.upload('dup.txt', 'second', { contentType: 'text/plain' });
		expect(dup.error).toMatchObject({ status: 400, statusCode: '409', message: 'The resource already exists' });
		expect((await bytesOf((await files.download('dup.txt')).data)).toString()).toBe('first');

		expect((await files.upload('dup.txt', 'second', { contentType: 'text/plain', upsert: true })).error).toBeNull();
		expect((await bytesOf((await files.download('dup.txt')).data)).toString()).toBe('second');

		expect((await files.update('dup.txt', 'third', { contentType: 'text/plain' })).error).toBeNull();
		expect((await bytesOf((await files.download('dup.txt')).data)).toString()).toBe('third');

		const missing = await files.update('never-uploaded.txt', 'x', { contentType: 'text/plain' });
		expect(missing.error).toMatchObject({ statusCode: '404', message: 'Object not found' });
		expect(stored(bucket, 'never-uploaded.txt')).toBe(false);
	});

	it('gives every write a new version file, deletes the previous one, and serves the row\'s bytes', async () => {
		const files = service.storage.from(bucket);
		const md5 = (text: string) => `"${createHash('md5').update(text).digest('hex')}"`;
		const versions: string[] = [];
		for (const [text, write] of [
			['first', () => files.upload('ver.txt', 'first', { contentType: 'text/plain' })],
			['second', () => files.upload('ver.txt', 'second', { contentType: 'text/plain', upsert: true })],
			['third!', () => files.update('ver.txt', 'third!', { contentType: 'text/plain' })]
		] as const) {
			expect((await write()).error).toBeNull();
			const { data: info } = await files.info('ver.txt');
			expect(info).toMatchObject({ etag: md5(text), size: text.length });
			expect(versionsOf(storageDir, bucket, 'ver.txt')).toEqual([info!.version]);
			const res = await fetch(`${stack.url}/storage/v1/object/${bucket}/ver.txt`, { headers: { authorization: `Bearer ${stack.serviceRoleKey}` } });
			expect(res.headers.get('etag')).toBe(md5(text));
			expect(await res.text()).toBe(text);
			versions.push(info!.version);
		}
		expect(new Set(versions).size).toBe(3);
	});

	it('signs URLs that fetch the object, and refuses tampered, foreign and expired tokens', async () => {
		const files = service.storage.from(bucket);
		await files.upload('signed/doc.txt', 'signed content', { contentType: 'text/plain' });
		await files.upload('signed/other.txt', 'other', { contentType: 'text/plain' });

		const { data, error } = await files.createSignedUrl('signed/doc.txt', 60);
		expect(error).toBeNull();
		const res = await fetch(data!.signedUrl);
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('signed content');

		const url = new URL(data!.signedUrl);
		const token = url.searchParams.get('token')!;
		const tampered = new URL(url);
		tampered.searchParams.set('token', token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA'));
		const bad = await fetch(tampered);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({ statusCode: '400', error: 'InvalidJWT', message: 'signature verification failed' });

		const foreign = new URL(url.toString().replace('signed/doc.txt', 'signed/other.txt'));
		expect(await (await fetch(foreign)).json()).toMatchObject({ statusCode: '400', error: 'InvalidSignature' });

		const expired = await new SignJWT({ url: `${bucket}/signed/doc.txt` })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setIssuedAt(Math.floor(Date.now() / 1000) - 120)
			.setExpirationTime(Math.floor(Date.now() / 1000) - 60)
			.sign(new TextEncoder().encode(stack.jwtSecret));
		const old = new URL(url);
		old.searchParams.set('token', expired);
		const expiredRes = await fetch(old);
		expect(expiredRes.status).toBe(400);
		expect(await expiredRes.json()).toMatchObject({ statusCode: '400', message: '"exp" claim timestamp check failed' });

		const many = await files.createSignedUrls(['signed/doc.txt', 'signed/missing.txt'], 60);
		expect(many.error).toBeNull();
		expect(many.data?.[0]).toMatchObject({ path: 'signed/doc.txt', error: null });
		expect(await (await fetch(many.data![0].signedUrl!)).text()).toBe('signed content');
		expect(many.data?.[1]).toMatchObject({
			path: 'signed/missing.txt',
			signedUrl: null,
			error: 'Either the object does not exist or you do not have access to it'
		});

		const notThere = await files.createSignedUrl('signed/missing.txt', 60);
		expect(notThere.error).toMatchObject({ statusCode: '404' });
	});

	it('lists one folder level with folders first, by prefix, search, limit and offset', async () => {
		const files = service.storage.from(bucket);
		for (const key of ['tree/a.txt', 'tree/b.txt', 'tree/sub/c.txt', 'tree/sub/deeper/d.txt', 'tree_x/e.txt']) {
			expect((await files.upload(key, key, { contentType: 'text/plain' })).error).toBeNull();
		}
		const { data: level, error } = await files.list('tree');
		expect(error).toBeNull();
		expect(level?.map((o) => o.name)).toEqual(['sub', 'a.txt', 'b.txt']);
		expect(level?.[0]).toMatchObject({ id: null, metadata: null });
		expect(level?.[1]).toMatchObject({ metadata: { size: 10, mimetype: 'text/plain' } });
		expect(level?.[1].id).toMatch(/^[0-9a-f-]{36}$/);

		expect((await files.list('tree/sub')).data?.map((o) => o.name)).toEqual(['deeper', 'c.txt']);
		expect((await files.list('tree', { search: 'b' })).data?.map((o) => o.name)).toEqual(['b.txt']);
		expect((await files.list('tree', { limit: 1, offset: 1 })).data?.map((o) => o.name)).toEqual(['a.txt']);
		const desc = await files.list('tree', { sortBy: { column: 'name', order: 'desc' } });
		expect(desc.data?.map((o) => o.name)).toEqual(['sub', 'b.txt', 'a.txt']);
		const top = (await files.list()).data?.map((o) => o.name) ?? [];
		expect(top).toEqual(expect.arrayContaining(['tree', 'tree_x']));
	});

	it('removes objects (rows and bytes), answering with what was deleted', async () => {
		const files = service.storage.from(bucket);
		await files.upload('rm/1.txt', '1', { contentType: 'text/plain' });
		await files.upload('rm/2.txt', '2', { contentType: 'text/plain' });
		expect(stored(bucket, 'rm/1.txt')).toBe(true);
		const { data, error } = await files.remove(['rm/1.txt', 'rm/nothing.txt', '../bad']);
		expect(error).toBeNull();
		expect(data?.map((o) => o.name)).toEqual(['rm/1.txt']);
		expect(stored(bucket, 'rm/1.txt')).toBe(false);
		expect((await files.download('rm/1.txt')).error).toMatchObject({ status: 400 });
		expect((await bytesOf((await files.download('rm/2.txt')).data)).toString()).toBe('2');
	});

	it('moves and copies objects', async () => {
		const files = service.storage.from(bucket);
		await files.upload('mv/from.txt', 'moving', { contentType: 'text/plain' });
		expect((await files.move('mv/from.txt', 'mv/to.txt')).data).toEqual({ message: 'Successfully moved' });
		expect(stored(bucket, 'mv/from.txt')).toBe(false);
		expect((await bytesOf((await files.download('mv/to.txt')).data)).toString()).toBe('moving');

		const copy = await files.copy('mv/to.txt', 'mv/copy.txt');
		expect(copy.data).toEqual({ path: `${bucket}/mv/copy.txt` });
		expect((await bytesOf((await files.download('mv/copy.txt')).data)).toString()).toBe('moving');
		expect((await bytesOf((await files.download('mv/to.txt')).data)).toString()).toBe('moving');
		const clash = await files.copy('mv/to.txt', 'mv/copy.txt');
		expect(clash.error).toMatchObject({ statusCode: '409' });
	});

	it('keeps keys "a" and "a/b" apart, as S3 does', async () => {
		const files = service.storage.from(bucket);
		expect((await files.upload('nest', 'outer', { contentType: 'text/plain' })).error).toBeNull();
		expect((await files.upload('nest/inner', 'inner', { contentType: 'text/plain' })).error).toBeNull();
		expect((await bytesOf((await files.download('nest')).data)).toString()).toBe('outer');
		expect((await bytesOf((await files.download('nest/inner')).data)).toString()).toBe('inner');
	});

	it('writes no row when the file cannot be put in place, so no row points at a missing file', async () => {
		// A plain file where the key's directory must go makes the final rename fail.
		mkdirSync(join(storageDir, bucket), { recursive: true });
		const blocker = join(storageDir, bucket, 'blocked');
		writeFileSync(blocker, 'not a directory');
		try {
			const { error } = await service.storage.from(bucket).upload('blocked/photo.txt', 'x', { contentType: 'text/plain' });
			expect(error).toMatchObject({ status: 500, statusCode: '500' });
			expect((await service.storage.from(bucket).exists('blocked/photo.txt')).data).toBe(false);
			expect(tempFiles()).toEqual([]);
		} finally {
			rmSync(blocker);
		}
	});

	it('serves public buckets without a JWT, and never private ones', async () => {
		const pub = `public-${run}`;
		await service.storage.createBucket(pub, { public: true });
		await service.storage.from(pub).upload('open.txt', 'open', { contentType: 'text/plain' });
		const res = await fetch(service.storage.from(pub).getPublicUrl('open.txt').data.publicUrl);
		expect(await res.text()).toBe('open');
		await service.storage.from(bucket).upload('closed.txt', 'closed', { contentType: 'text/plain' });
		const closed = await fetch(service.storage.from(bucket).getPublicUrl('closed.txt').data.publicUrl);
		expect(closed.status).toBe(400);
		expect(await closed.json()).toMatchObject({ statusCode: '404' });
	});

	it('refuses path traversal and control characters as InvalidKey, writing nothing', async () => {
		const before = filesUnder(stack.dataDir).filter((f) => !f.startsWith('db/') && !f.endsWith('.log'));
		const auth = { authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'text/plain' };
		for (const key of ['a/..%2F..%2F..%2Fescape.txt', '..%2Fescape.txt', 'a%5C..%5Cescape.txt', 'nul%00.txt', 'bell%07.txt', '%2Fabs.txt', 'a%2F%2Fb.txt', 'x/.%2F.txt']) {
			const r = await rawRequest('POST', `/storage/v1/object/${bucket}/${key}`, Buffer.from('evil'), auth);
			expect(r.status, key).toBe(400);
			expect(r.body, key).toMatchObject({ statusCode: '400', error: 'InvalidKey' });
			expect(r.body.message, key).toMatch(/^Invalid key: /);
		}
		const bucketTraversal = await rawRequest('POST', `/storage/v1/object/..%2F..%2Fdb/x.txt`, Buffer.from('evil'), auth);
		expect(bucketTraversal.status).toBe(400);
		// supabase-js does not encode '..': fetch resolves it away, and the request hits no route.
		const viaClient = await service.storage.from(bucket).upload('../../../escape.txt', 'evil', { contentType: 'text/plain' });
		expect(viaClient.error).not.toBeNull();
		const after = filesUnder(stack.dataDir).filter((f) => !f.startsWith('db/') && !f.endsWith('.log'));
		expect(after).toEqual(before);
		expect(existsSync(join(stack.dataDir, 'escape.txt'))).toBe(false);
	});
});

describe('photos bucket policies', () => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9]);
	let keeper: SupabaseClient;
	let prosecutor: SupabaseClient;
	let admin: SupabaseClient;

	beforeAll(async () => {
		keeper = clientWithToken(await accessToken(USERS.keeper));
		prosecutor = clientWithToken(await accessToken(USERS.prosecutor));
		admin = clientWithToken(await accessToken(USERS.admin));
	});

	it('is a private bucket with the migration limits', async () => {
		const { data } = await client('service').storage.getBucket('photos');
		expect(data).toMatchObject({ public: false, file_size_limit: 26214400 });
		expect(data?.allowed_mime_types).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf']);
	});

	it('lets a keeper upload; refuses a prosecutor, leaving no file; lets the prosecutor read', async () => {
		const key = `animals/${run}/intake.png`;
		const up = await keeper.storage.from('photos').upload(key, new Blob([png], { type: 'image/png' }));
		expect(up.error).toBeNull();
		expect(stored('photos', key)).toBe(true);

		const refusedKey = `animals/${run}/by-prosecutor.png`;
		const refused = await prosecutor.storage.from('photos').upload(refusedKey, new Blob([png], { type: 'image/png' }));
		expect(refused.error).toMatchObject({ status: 400, statusCode: '403', message: 'new row violates row-level security policy' });
		expect(stored('photos', refusedKey)).toBe(false);
		expect(tempFiles()).toEqual([]);

		expect(await bytesOf((await prosecutor.storage.from('photos').download(key)).data)).toEqual(Buffer.from(png));
		const signed = await prosecutor.storage.from('photos').createSignedUrl(key, 60);
		expect(Buffer.from(await (await fetch(signed.data!.signedUrl)).arrayBuffer())).toEqual(Buffer.from(png));
		expect((await prosecutor.storage.from('photos').list(`animals/${run}`)).data?.map((o) => o.name)).toEqual(['intake.png']);

		// Anonymous callers see nothing of a private bucket.
		expect((await client('anon').storage.from('photos').download(key)).error).toMatchObject({ status: 400 });
		expect((await client('anon').storage.from('photos').list(`animals/${run}`)).data).toEqual([]);
	});

	it('never lets a keeper replace or delete a photo; an admin may', async () => {
		const key = `animals/${run}/evidence.png`;
		expect((await keeper.storage.from('photos').upload(key, new Blob([png], { type: 'image/png' }))).error).toBeNull();

		const replace = await keeper.storage.from('photos').upload(key, new Blob([new Uint8Array([1])], { type: 'image/png' }), { upsert: true });
		expect(replace.error).toMatchObject({ statusCode: '403' });
		const put = await keeper.storage.from('photos').update(key, new Blob([new Uint8Array([1])], { type: 'image/png' }));
		expect(put.error).toMatchObject({ statusCode: '403' });
		expect((await keeper.storage.from('photos').remove([key])).data).toEqual([]);
		expect(await bytesOf((await keeper.storage.from('photos').download(key)).data)).toEqual(Buffer.from(png));
		// The refused versions were deleted again; the row's one is untouched.
		const { data: info } = await keeper.storage.from('photos').info(key);
		expect(versionsOf(storageDir, 'photos', key)).toEqual([info?.version]);
		expect(tempFiles()).toEqual([]);

		const removed = await admin.storage.from('photos').remove([key]);
		expect(removed.data?.map((o) => o.name)).toEqual([key]);
		expect(stored('photos', key)).toBe(false);
	});

	it('refuses a type outside allowed_mime_types before storing anything', async () => {
		const key = `animals/${run}/notes.txt`;
		const { error } = await keeper.storage.from('photos').upload(key, 'text', { contentType: 'text/plain' });
		expect(error).toMatchObject({ status: 400, statusCode: '415', message: 'mime type text/plain is not supported' });
		expect(stored('photos', key)).toBe(false);
	});

	it('refuses a 26 MB upload (raw, multipart and streamed) and writes nothing', async () => {
		const big = new Uint8Array(26 * 1024 * 1024);
		const files = keeper.storage.from('photos');
		const raw = await files.upload(`animals/${run}/big-raw.png`, big, { contentType: 'image/png' });
		expect(raw.error).toMatchObject({ status: 400, statusCode: '413', message: 'The object exceeded the maximum allowed size' });
		const multi = await files.upload(`animals/${run}/big-multi.png`, new Blob([big], { type: 'image/png' }));
		expect(multi.error).toMatchObject({ status: 400, statusCode: '413' });

		// No content-length: the server must stop reading at the limit instead of taking 200 MB. It
		// answers 413 at the limit, discards a little more so that a client sending a small excess
		// can read that answer, then cuts the connection: a client still sending by then may see the
		// cut before the answer, which is the only way an endless upload can end.
		let sent = 0;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent >= 200 * 1024 * 1024) return controller.close();
				sent += 1024 * 1024;
				controller.enqueue(new Uint8Array(1024 * 1024));
			}
		});
		const streamed = await files.upload(`animals/${run}/big-stream.png`, endless, { contentType: 'image/png' });
		expect(streamed.error).not.toBeNull();
		if (!/fetch failed/.test(streamed.error!.message)) expect(streamed.error).toMatchObject({ status: 400, statusCode: '413' });
		expect(sent).toBeLessThan(200 * 1024 * 1024);

		for (const name of ['big-raw.png', 'big-multi.png', 'big-stream.png']) {
			expect(stored('photos', `animals/${run}/${name}`)).toBe(false);
		}
		expect(tempFiles()).toEqual([]);
		const { data, error: listError } = await client('service').storage.from('photos').list(`animals/${run}`);
		expect(listError).toBeNull();
		expect(data?.map((o) => o.name)).not.toContain('big-raw.png');
	});
});

describe('storage authorisation', () => {
	it('refuses expired and forged JWTs as the real service does', async () => {
		const expired = clientWithToken(await accessToken(USERS.keeper, { expiresIn: -60 }));
		const e1 = await expired.storage.from('photos').upload(`x-${run}.png`, new Blob([new Uint8Array([1])], { type: 'image/png' }));
		expect(e1.error).toMatchObject({ status: 400, statusCode: '403', message: '"exp" claim timestamp check failed' });
		expect((await expired.storage.from('photos').list()).error).toMatchObject({ statusCode: '403' });

		const forged = clientWithToken(await accessToken(USERS.admin, { secret: 'not-the-secret-but-long-enough-to-sign-with-hs256' }));
		const e2 = await forged.storage.listBuckets();
		expect(e2.error).toMatchObject({ status: 400, statusCode: '403', message: 'signature verification failed' });
		expect(stored('photos', `x-${run}.png`)).toBe(false);
	});

	it('answers unknown routes with a Storage-shaped 404', async () => {
		const res = await fetch(`${stack.url}/storage/v1/nothing/here`, { headers: { authorization: `Bearer ${stack.anonKey}` } });
		expect(res.status).toBe(404);
		expect(await res.json()).toMatchObject({ statusCode: '404' });
	});
});

describe('storage disk consistency', () => {
	it('leaves only files that a crash between writing bytes and their row can leave: orphans', async () => {
		const service = client('service');
		const id = `crash-${run}`;
		await service.storage.createBucket(id, { public: false });
		const files = service.storage.from(id);
		for (let i = 0; i < 8; i++) {
			expect((await files.upload(`k/${i}.txt`, `v0-${i}`, { contentType: 'text/plain' })).error).toBeNull();
			expect((await files.upload(`k/${i}.txt`, `v1-${i}`, { contentType: 'text/plain', upsert: true })).error).toBeNull();
		}
		expect((await files.move('k/0.txt', 'moved/0.txt')).error).toBeNull();
		expect((await files.move('k/1.txt', 'k/1.txt/under')).error).toBeNull();
		expect((await files.copy('k/2.txt', 'copied/2.txt')).error).toBeNull();
		expect((await files.update('copied/2.txt', 'v2-copy', { contentType: 'text/plain' })).error).toBeNull();
		expect((await files.remove(['k/3.txt', 'k/4.txt'])).error).toBeNull();
		expect((await files.copy('k/5.txt', 'k/6.txt')).error).toMatchObject({ statusCode: '409' });
		expect((await files.move('k/5.txt', 'k/6.txt')).error).toMatchObject({ statusCode: '409' });

		// What a crash leaves: bytes put in place whose row was never written (a new key, and a new
		// version of an existing key), and an old version whose row moved on before its file went.
		const { data: kept } = await files.info('k/7.txt');
		const planted = [versionPath(id, 'k/never.txt', randomUUID()), versionPath(id, 'k/7.txt', randomUUID())];
		for (const file of planted) {
			mkdirSync(dirname(join(storageDir, file)), { recursive: true });
			writeFileSync(join(storageDir, file), 'bytes no row names');
		}
		try {
			expect((await files.exists('k/never.txt')).data).toBe(false);
			expect((await bytesOf((await files.download('k/7.txt')).data)).toString()).toBe('v1-7');
			expect((await files.info('k/7.txt')).data?.etag).toBe(kept?.etag);
			expect((await bytesOf((await files.download('copied/2.txt')).data)).toString()).toBe('v2-copy');
			expect((await bytesOf((await files.download('k/2.txt')).data)).toString()).toBe('v1-2');
			expect((await bytesOf((await files.download('k/1.txt/under')).data)).toString()).toBe('v1-1');

			const rows = await rowFiles(service, [id]);
			expect(rows).toHaveLength(7);
			expect(diskFiles(storageDir, [id])).toEqual([...rows, ...planted].sort());
		} finally {
			for (const file of planted) rmSync(join(storageDir, file));
		}
	});

	it('has exactly the version file of every row on disk, and no other file, after everything above', async () => {
		expect(tempFiles()).toEqual([]);
		const service = client('service');
		const buckets = ((await service.storage.listBuckets()).data ?? []).map((b) => b.id);
		const rows = await rowFiles(service, buckets);
		expect(rows.length).toBeGreaterThan(10);
		expect(filesUnder(storageDir).sort()).toEqual(rows);
	});
});
