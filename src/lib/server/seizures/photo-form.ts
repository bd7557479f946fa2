import { localInputToIso } from '$lib/domain/centre-time';
import type { FieldErrors } from '$lib/schemas/form-errors';

/** What the upload form sends besides the file, kept to re-fill the form after a refusal. */
export interface PhotoFormValues {
	caption: string;
	takenAt: string;
}

export type PhotoForm =
	| { ok: true; values: PhotoFormValues; file: File; caption: string; takenAt: string | null; lotId?: string; itemId?: string }
	| { ok: false; values: PhotoFormValues; errors: FieldErrors };

const text = (data: FormData, name: string) => {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
};

/**
 * The upload form's fields: `file`, `caption`, `takenAt` (datetime-local, centre time) and, on
 * pages listing several subjects, a hidden `lotId` or `itemId`. The file and the limits are
 * judged by photoUploadSchema; only the local time needs turning into an instant here.
 */
export function parsePhotoForm(data: FormData): PhotoForm {
	const values = { caption: text(data, 'caption'), takenAt: text(data, 'takenAt') };
	const file = data.get('file');
	// A browser always sends the part (empty when nothing was chosen); only a script can omit it.
	if (!(file instanceof File)) return { ok: false, values, errors: { file: 'photo_file_required' } };
	let takenAt: string | null = null;
	if (values.takenAt.trim() !== '') {
		takenAt = localInputToIso(values.takenAt);
		if (!takenAt) return { ok: false, values, errors: { takenAt: 'datetime_invalid' } };
	}
	return {
		ok: true,
		values,
		file,
		caption: values.caption,
		takenAt,
		lotId: text(data, 'lotId') || undefined,
		itemId: text(data, 'itemId') || undefined
	};
}
