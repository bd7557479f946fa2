import { createHash } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import type { Database } from '$lib/types/database';

const PHOTO_BUCKET = 'photos';
// Thumbnails are drawn from the stored file itself: a sheet carries at most this many, of formats
// PDF can embed, small enough that a 50-photo sheet stays a few tens of MB at worst.
const MAX_EMBEDDED = 60;
const MAX_BYTES = 8 * 1024 * 1024;
const EMBEDDABLE = new Set(['image/jpeg', 'image/png']);
const PARALLEL = 6;
// Photos are immutable and known by their SHA-256, checked on every read: one read from storage
// serves every later sheet of the case (sheets of one animal after another) until this fills.
const CACHE_LIMIT = 96 * 1024 * 1024;
const cache = new Map<string, string>();
let cached = 0;

function keep(sha256: string, dataUrl: string) {
	cache.set(sha256, dataUrl);
	cached += dataUrl.length;
	for (const [old, value] of cache) {
		if (cached <= CACHE_LIMIT) break;
		cache.delete(old);
		cached -= value.length;
	}
}

/**
 * Data URLs of the photos a sheet can show, keyed by SHA-256. A file whose bytes no longer have
 * the hash recorded at upload is left out (the sheet lists it as not embedded): a sheet never shows
 * a picture under a fingerprint it does not have.
 */
export async function sheetPhotoImages(supabase: SupabaseClient<Database>, photos: EvidenceContent['photos']): Promise<Map<string, string>> {
	const wanted = photos.filter((p) => EMBEDDABLE.has(p.content_type) && p.byte_size <= MAX_BYTES).slice(0, MAX_EMBEDDED);
	const images = new Map<string, string>();
	for (let i = 0; i < wanted.length; i += PARALLEL) {
		await Promise.all(
			wanted.slice(i, i + PARALLEL).map(async (photo) => {
				const known = cache.get(photo.sha256);
				if (known) return void images.set(photo.sha256, known);
				const { data, error } = await supabase.storage.from(PHOTO_BUCKET).download(photo.storage_path);
				if (error || !data) {
					console.warn(`evidence sheet: photo ${photo.id} could not be read from storage:`, error?.message);
					return;
				}
				const bytes = Buffer.from(await data.arrayBuffer());
				if (createHash('sha256').update(bytes).digest('hex') !== photo.sha256) {
					console.error(`evidence sheet: photo ${photo.id} in storage no longer matches its recorded SHA-256`);
					return;
				}
				const dataUrl = `data:${photo.content_type};base64,${bytes.toString('base64')}`;
				keep(photo.sha256, dataUrl);
				images.set(photo.sha256, dataUrl);
			})
		);
	}
	return images;
}
