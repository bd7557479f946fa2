import { ERRORS } from './errors.ts';

/**
 * The characters the real service accepts in object keys and bucket names (its isValidKey /
 * isValidBucketName: S3-safe characters). Everything else, including backslashes, NUL and other
 * control characters, is refused before anything touches the disk.
 */
const SAFE_CHARS = /^(\w|\/|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/;
const BUCKET_CHARS = /^(\w|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/;
const MAX_KEY_BYTES = 1024;
/** Each key segment becomes a directory name on disk, which the file system caps at 255 bytes. */
const MAX_SEGMENT_BYTES = 255;

/**
 * Object keys are stricter here than on the real service because they become file paths: no '.' or
 * '..' segments, no empty segments (leading, trailing or doubled '/'). S3 would store such keys
 * verbatim; a file system would resolve them, so they are refused as InvalidKey.
 */
export function assertValidKey(key: string): void {
	const ok =
		key.length > 0 &&
		Buffer.byteLength(key) <= MAX_KEY_BYTES &&
		SAFE_CHARS.test(key) &&
		key.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && Buffer.byteLength(s) <= MAX_SEGMENT_BYTES);
	if (!ok) throw ERRORS.invalidKey(key);
}

export function isValidKey(key: string): boolean {
	try {
		assertValidKey(key);
		return true;
	} catch {
		return false;
	}
}

/** Bucket ids are directory names: the real rules, minus names starting with '.' ('.', '..', '.tmp'). */
export function assertValidBucketName(name: unknown): asserts name is string {
	if (
		typeof name !== 'string' ||
		name.length === 0 ||
		name.length > 100 ||
		name.startsWith('.') ||
		name.trim() !== name ||
		!BUCKET_CHARS.test(name)
	) {
		throw ERRORS.invalidBucketName();
	}
}

/** Splits '/bucket/some/key' (still percent-encoded, as in the URL) into bucket and decoded key. */
export function splitBucketPath(rest: string): { bucket: string; key: string } {
	const slash = rest.indexOf('/');
	const rawBucket = slash === -1 ? rest : rest.slice(0, slash);
	const rawKey = slash === -1 ? '' : rest.slice(slash + 1);
	const bucket = decode(rawBucket, rawBucket);
	assertValidBucketName(bucket);
	return { bucket, key: decode(rawKey, rawKey) };
}

function decode(raw: string, shown: string): string {
	try {
		return decodeURIComponent(raw);
	} catch {
		throw ERRORS.invalidKey(shown);
	}
}

/** Parses a bucket's file_size_limit as the real API accepts it: bytes, or '20MB', '30KB', '1GB'. */
export function parseSizeLimit(value: unknown): number | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
	const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(value) : null;
	if (!m) throw ERRORS.invalidRequest('Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B');
	const units: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
	return Math.floor(Number(m[1]) * units[(m[2] ?? 'B').toUpperCase()]);
}

/** Allowed types may be exact ('image/png') or wildcards ('image/*'); parameters are ignored. */
export function assertAllowedMime(mime: string, allowed: string[] | null): void {
	if (!allowed || allowed.length === 0) return;
	const base = mime.split(';')[0].trim().toLowerCase();
	const ok = allowed.some((a) => {
		const t = a.trim().toLowerCase();
		return t === base || t === '*/*' || (t.endsWith('/*') && base.startsWith(t.slice(0, -1)));
	});
	if (!ok) throw ERRORS.invalidMimeType(mime);
}
