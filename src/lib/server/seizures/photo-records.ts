import { createHash, randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { fieldErrors } from '$lib/schemas/form-errors';
import { PHOTO_EXTENSIONS, photoUploadSchema, sniffPhotoType, type PhotoUploadInput } from '$lib/schemas/photo';
import type { Database } from '$lib/types/database';
import { recordRefusal, storageRefusal, type PhotoRefusal } from './photo-refusals';

export const PHOTO_BUCKET = 'photos';
/** Long enough for a phone on a slow link to scroll to a thumbnail, short enough not to be shared. */
const SIGNED_URL_SECONDS = 600;
const LIST_LIMIT = 200;

export interface PhotoRecord {
	id: string;
	sha256: string;
	byteSize: number;
	contentType: string;
	storagePath: string;
	caption: string | null;
	takenAt: string | null;
	uploadedAt: string;
}

export interface PhotoView extends PhotoRecord {
	uploadedBy: string;
	/** Null when storage would not sign it (the object is missing): the record still shows its hash. */
	url: string | null;
}

export type { PhotoRefusal } from './photo-refusals';

/** The case, plus at most one of lot/animal/item. Only the case: every photo of the case. */
export interface PhotoSubject {
	caseId: string;
	lotId?: string;
	animalId?: string;
	itemId?: string;
}

const RECORD_COLUMNS = 'id, sha256, byte_size, content_type, storage_path, caption, taken_at, uploaded_at' as const;
export type RecordRow = Pick<Database['public']['Tables']['photos']['Row'], 'id' | 'sha256' | 'byte_size' | 'content_type' | 'storage_path' | 'caption' | 'taken_at' | 'uploaded_at'>;

/**
 * Stores the file, then its record with the SHA-256 computed here from the same bytes. The
 * record's insert is what RLS and the foreign keys judge; if it is refused, the object is removed
 * again, so no photo is ever half-saved. Keepers may not delete from the bucket, so `cleanup` is
 * the client allowed to remove that orphan (the app passes the service client); default: `supabase`.
 */
export async function uploadPhoto(
	supabase: SupabaseClient<Database>,
	input: PhotoUploadInput,
	{ cleanup = supabase }: { cleanup?: SupabaseClient<Database> } = {}
): Promise<{ ok: true; photo: PhotoRecord } | { ok: false; refusal: PhotoRefusal }> {
	const parsed = photoUploadSchema.safeParse(input);
	if (!parsed.success) return { ok: false, refusal: { kind: 'invalid', errors: fieldErrors(parsed.error) } };
	const { file, caseId, lotId, animalId, itemId, caption, takenAt } = parsed.data;

	const bytes = new Uint8Array(await file.arrayBuffer());
	// The bytes decide the type, not the browser's label: what the bucket holds is what it says.
	const contentType = sniffPhotoType(bytes);
	if (!contentType) {
		return { ok: false, refusal: { kind: 'invalid', errors: { file: 'photo_type_invalid' } } };
	}
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const storagePath = `cases/${caseId}/${randomUUID()}.${PHOTO_EXTENSIONS[contentType]}`;

	const stored = await supabase.storage.from(PHOTO_BUCKET).upload(storagePath, bytes, { contentType, upsert: false });
	if (stored.error) return { ok: false, refusal: storageRefusal(stored.error) };

	const { data, error } = await supabase
		.from('photos')
		.insert({
			case_id: caseId,
			lot_id: lotId ?? null,
			animal_id: animalId ?? null,
			item_id: itemId ?? null,
			storage_path: storagePath,
			sha256,
			byte_size: bytes.byteLength,
			content_type: contentType,
			caption,
			taken_at: takenAt
		})
		.select(RECORD_COLUMNS)
		.single();
	if (!error) return { ok: true, photo: photoRecord(data) };

	await removeOrphan(cleanup, storagePath);
	return { ok: false, refusal: recordRefusal(error) };
}

/** Records of a subject, newest first, each with a short-lived signed URL (one storage call for all). */
export async function listPhotos(supabase: SupabaseClient<Database>, subject: PhotoSubject): Promise<PhotoView[]> {
	let query = supabase
		.from('photos')
		.select(`${RECORD_COLUMNS}, uploader:staff!photos_uploaded_by_fkey(full_name)`)
		.eq('case_id', subject.caseId);
	if (subject.lotId) query = query.eq('lot_id', subject.lotId);
	if (subject.animalId) query = query.eq('animal_id', subject.animalId);
	if (subject.itemId) query = query.eq('item_id', subject.itemId);
	const { data, error } = await query.order('uploaded_at', { ascending: false }).limit(LIST_LIMIT);
	if (error) throw new Error(`listing photos of case ${subject.caseId} failed: ${error.code} ${error.message}`);
	return signedPhotoViews(supabase, subject.caseId, data.map((p) => ({ ...p, uploader_name: p.uploader?.full_name ?? null })));
}

/** Photo records with short-lived URLs, signed in one storage call. */
export async function signedPhotoViews(
	supabase: SupabaseClient<Database>,
	caseId: string,
	rows: (RecordRow & { uploader_name: string | null })[]
): Promise<PhotoView[]> {
	if (rows.length === 0) return [];
	const signed = await supabase.storage.from(PHOTO_BUCKET).createSignedUrls(rows.map((p) => p.storage_path), SIGNED_URL_SECONDS);
	// Without URLs the page still lists every record and its hash; only the thumbnails are missing.
	if (signed.error) console.error(`signing photo URLs of case ${caseId} failed:`, signed.error.message);
	const urls = new Map((signed.data ?? []).map((s) => [s.path, s.error ? null : s.signedUrl]));
	return rows.map((p) => ({ ...photoRecord(p), uploadedBy: p.uploader_name ?? '', url: urls.get(p.storage_path) ?? null }));
}

function photoRecord(row: RecordRow): PhotoRecord {
	return {
		id: row.id,
		sha256: row.sha256,
		byteSize: row.byte_size,
		contentType: row.content_type,
		storagePath: row.storage_path,
		caption: row.caption,
		takenAt: row.taken_at,
		uploadedAt: row.uploaded_at
	};
}

async function removeOrphan(cleanup: SupabaseClient<Database>, storagePath: string) {
	const { data, error } = await cleanup.storage.from(PHOTO_BUCKET).remove([storagePath]);
	// A policy refusal removes nothing and reports no error: only the returned list tells.
	if (error || !data?.some((o) => o.name === storagePath)) {
		console.error(`photo object ${storagePath} has no record and could not be removed:`, error?.message ?? 'not removed');
	}
}
