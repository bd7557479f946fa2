import type { IncomingMessage } from 'node:http';
import { ERRORS } from './errors.ts';

/** Room for boundaries, part headers and the small text fields storage-js sends next to the file. */
const FORM_OVERHEAD = 64 * 1024;

export interface UploadForm {
	file: File;
	fields: Map<string, string>;
}

/**
 * Parses a multipart/form-data upload with the web platform's own parser (undici's Response.formData)
 * instead of a dependency. That parser buffers, so the request stream is cut off as soon as it passes
 * the size limit: at most limit + FORM_OVERHEAD bytes are ever held. storage-js sends the file as the
 * part named '' and the options as text parts (cacheControl, metadata); the first file part wins.
 */
export async function readMultipart(req: IncomingMessage, contentType: string, limit: number): Promise<UploadForm> {
	let seen = 0;
	let tooLarge = false;
	// Not Readable.toWeb: cancelling that destroys the request, and with it the socket we answer on.
	const chunks = req.iterator({ destroyOnReturn: false });
	const counted = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const { value, done } = await chunks.next();
			if (done) return controller.close();
			seen += (value as Buffer).length;
			if (seen > limit + FORM_OVERHEAD) {
				tooLarge = true;
				return controller.error(ERRORS.entityTooLarge());
			}
			controller.enqueue(value as Buffer);
		}
	});
	let form: FormData;
	try {
		form = await new Response(counted, { headers: { 'content-type': contentType } }).formData();
	} catch {
		if (tooLarge) throw ERRORS.entityTooLarge();
		throw ERRORS.invalidRequest('The multipart body could not be parsed');
	} finally {
		// Detaches the iterator's 'readable' listener, without which the caller could not drain the rest.
		await chunks.return?.();
	}
	let file: File | null = null;
	const fields = new Map<string, string>();
	for (const [name, value] of form.entries()) {
		if (typeof value === 'string') fields.set(name, value);
		else file ??= value;
	}
	if (!file) throw ERRORS.invalidRequest('No content provided');
	if (file.size > limit) throw ERRORS.entityTooLarge();
	return { file, fields };
}
