import { fail } from '@sveltejs/kit';
import { verifyUploadSchema } from '$lib/schemas/evidence-verification';
import { fieldErrors, type FieldErrors } from '$lib/schemas/form-errors';
import { checkUploadedSheet } from './verify-sheet';

/**
 * The body of the verify pages' `?/upload` action: the PDF is read into memory, checked and
 * dropped; nothing about it is stored. `documentId` is the page's document, if any.
 */
export async function verifyUploadAction(request: Request, documentId?: string) {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		// A body cut off or not multipart: the same answer as no file at all.
		return fail(400, { errors: { file: 'verify_file_required' } satisfies FieldErrors });
	}
	const parsed = verifyUploadSchema.safeParse({ file: data.get('file') });
	if (!parsed.success) {
		const errors = fieldErrors(parsed.error);
		return fail(errors.file === 'verify_file_too_large' ? 413 : 400, { errors });
	}
	const bytes = new Uint8Array(await parsed.data.file.arrayBuffer());
	return { check: await checkUploadedSheet(bytes, documentId) };
}
