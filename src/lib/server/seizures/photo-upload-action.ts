import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import type { FieldErrors } from '$lib/schemas/form-errors';
import { requireRole } from '$lib/server/guards';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import { CARE_ROLES } from './care-roles';
import { parsePhotoForm, type PhotoFormValues } from './photo-form';
import { uploadPhoto, type PhotoSubject } from './photo-records';

/** ActionData of `?/uploadPhoto`, for the photo upload form. */
export interface PhotoUploadFailure {
	errors: FieldErrors;
	values: PhotoFormValues;
	message?: string;
}
export interface PhotoUploaded {
	id: string;
	sha256: string;
}

/**
 * The body of a `?/uploadPhoto` action: `return photoUploadAction(event, { caseId, animalId })`.
 * The page decides the subject from its URL; on a case page (subject = the case alone) a hidden
 * `lotId` or `itemId` field may narrow it, and the foreign keys refuse one from another case.
 * Answers `{ photoUploaded }` or fail(…, { photoUpload }).
 */
export async function photoUploadAction({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>, subject: PhotoSubject) {
	await requireRole(locals, ...CARE_ROLES);
	const m = messages(locals.locale).photos;
	const form = parsePhotoForm(await request.formData());
	if (!form.ok) return fail(400, { photoUpload: { errors: form.errors, values: form.values } satisfies PhotoUploadFailure });

	const caseOnly = !subject.lotId && !subject.animalId && !subject.itemId;
	const target = caseOnly ? { ...subject, lotId: form.lotId, itemId: form.itemId } : subject;
	const result = await uploadPhoto(
		locals.supabase,
		{ ...target, file: form.file, caption: form.caption, takenAt: form.takenAt },
		{ cleanup: orphanCleanupClient() }
	);
	if (result.ok) return { photoUploaded: { id: result.photo.id, sha256: result.photo.sha256 } satisfies PhotoUploaded };

	const failure = (status: number, extra: Partial<PhotoUploadFailure>) =>
		fail(status, { photoUpload: { errors: {}, values: form.values, ...extra } satisfies PhotoUploadFailure });
	const refusal = result.refusal;
	switch (refusal.kind) {
		case 'invalid':
			return failure(400, { errors: refusal.errors });
		case 'forbidden':
			return failure(403, { message: m.forbidden });
		case 'subject_mismatch':
			return failure(400, { message: m.subjectMismatch });
		case 'failed':
			console.error('uploading a photo failed:', refusal.detail);
			return failure(500, { message: m.failed });
	}
}

/**
 * Only admins may delete from the bucket, so removing the object of a refused upload needs the
 * service client; it removes nothing but that one path. Without a service key the user's own
 * client tries (and an orphan is logged if it cannot).
 */
function orphanCleanupClient() {
	try {
		return supabaseAdmin();
	} catch {
		return undefined;
	}
}
