import type { ServerResponse } from 'node:http';
import { sendJson } from '../handler.ts';

/**
 * An error as the Storage API renders it. The real service answers every 4xx with HTTP 400 and puts
 * the meaningful status in the body's `statusCode` string (supabase/storage src/http/error-handler.ts:
 * userStatusCode is 400 unless 500), and storage-js reads `statusCode` from the body, so clients see
 * e.g. error.status 400 and error.statusCode '404'. We answer the same.
 */
export class StorageError extends Error {
	constructor(
		readonly statusCode: number,
		readonly code: string,
		message: string,
		/** The legacy `error` field; the real service falls back to `code` when it has none. */
		readonly error: string = code,
		readonly httpStatus: number = statusCode === 500 ? 500 : 400
	) {
		super(message);
	}

	render() {
		return { statusCode: String(this.statusCode), code: this.code, error: this.error, message: this.message };
	}
}

/** The subset of the real service's ERRORS (src/internal/errors/codes.ts) that this stack raises. */
export const ERRORS = {
	noSuchBucket: () => new StorageError(404, 'NoSuchBucket', 'Bucket not found', 'Bucket not found'),
	noSuchKey: () => new StorageError(404, 'NoSuchKey', 'Object not found', 'not_found'),
	accessDenied: (message = 'Access denied') => new StorageError(403, 'AccessDenied', message, 'Unauthorized'),
	invalidJwt: (message = 'Invalid JWT') => new StorageError(400, 'InvalidJWT', message),
	invalidSignature: (message = 'Invalid signature') => new StorageError(400, 'InvalidSignature', message),
	expiredSignature: () => new StorageError(400, 'ExpiredToken', 'The provided token has expired.'),
	duplicate: () => new StorageError(409, 'ResourceAlreadyExists', 'The resource already exists', 'Duplicate'),
	bucketNotEmpty: () => new StorageError(409, 'ResourceNotEmpty', 'The bucket you tried to delete is not empty'),
	invalidKey: (key: string) => new StorageError(400, 'InvalidKey', `Invalid key: ${key}`),
	invalidBucketName: () => new StorageError(400, 'InvalidBucketName', 'Bucket name invalid', 'Invalid Input'),
	invalidMimeType: (mime: string) =>
		new StorageError(415, 'InvalidMimeType', `mime type ${mime} is not supported`, 'invalid_mime_type'),
	entityTooLarge: () =>
		new StorageError(413, 'EntityTooLarge', 'The object exceeded the maximum allowed size', 'Payload too large'),
	invalidRequest: (message: string) => new StorageError(400, 'InvalidRequest', message),
	missingParameter: (name: string) => new StorageError(400, 'MissingParameter', `Missing Required Parameter ${name}`),
	notFound: (method: string, path: string) =>
		// An unknown route is Fastify's own 404 on the real service, a real HTTP 404.
		new StorageError(404, 'NotFound', `Route ${method}:${path} not found`, 'Not Found', 404),
	internal: () => new StorageError(500, 'InternalError', 'Internal server error')
};

export function sendError(res: ServerResponse, err: StorageError, headers: Record<string, string> = {}) {
	sendJson(res, err.httpStatus, err.render(), headers);
}

/**
 * Maps a PostgREST error body (SQLSTATE in `code`) as the real service maps the same Postgres error
 * (src/storage/database/errors.ts): RLS refusal → AccessDenied, unique → Duplicate, missing FK target →
 * the related resource (here: the bucket) does not exist.
 */
export function fromPostgrest(body: unknown): StorageError {
	const { code, message } = (body ?? {}) as { code?: string; message?: string };
	switch (code) {
		case '42501':
			return ERRORS.accessDenied(
				message?.includes('row-level security') ? 'new row violates row-level security policy' : message
			);
		case '23505':
			return ERRORS.duplicate();
		case '23503':
			return ERRORS.noSuchBucket();
		case '22P02':
		case '23502':
		case '23514':
			return ERRORS.invalidRequest(message ?? 'Invalid value');
		default:
			return ERRORS.internal();
	}
}
