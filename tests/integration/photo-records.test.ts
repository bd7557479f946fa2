import { createHash, randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { custodyEventSchema } from '$lib/schemas/custody-event';
import { recordCustodyEvent } from '$lib/server/seizures/custody-events';
import { listPhotos, uploadPhoto } from '$lib/server/seizures/photo-records';
import type { Database } from '$lib/types/database';
import { client, demo, signedIn } from '../support/clients.ts';

/**
 * Photo records against the real stack, with supabase-js as the app uses it: the hash stored is
 * the hash of the bytes stored, a refused record leaves no object behind, and the custody ledger
 * copies the hash of a photo it cites.
 */
type Client = SupabaseClient<Database>;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A 1×1 PNG with a text chunk naming the run, so every run uploads different bytes. */
function png(tag: string): Uint8Array<ArrayBuffer> {
	const head = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
	const text = Buffer.concat([Buffer.from('tEXtrun\0'), Buffer.from(tag)]);
	const chunk = Buffer.alloc(12 + text.length - 4);
	chunk.writeUInt32BE(text.length - 4, 0);
	text.copy(chunk, 4);
	const tail = Buffer.from('0000000d4944415478da63f8cfc0f01f0005000201a5f1c2d80000000049454e44ae426082', 'hex');
	return new Uint8Array(Buffer.concat([head, chunk, tail]));
}

const run = Date.now().toString(36);
let keeper: Client;
let service: Client;
let caseId: string;
let animal: { id: string; code: string };

async function objectsUnder(folder: string): Promise<string[]> {
	const { data, error } = await keeper.storage.from('photos').list(folder, { limit: 1000 });
	expect(error).toBeNull();
	return (data ?? []).map((o) => o.name);
}

beforeAll(async () => {
	keeper = (await signedIn(demo.keeper.email, demo.keeper.password)) as unknown as Client;
	service = client('service') as unknown as Client;
	const { data, error } = await keeper.rpc('record_seizure', {
		payload: {
			caseNumber: `IT-PHOTO-${run}`,
			seizedAt: '2026-06-14T05:30:00+07:00',
			location: { description: 'Checkpoint on road 6, Kampong Thom' },
			agency: 'Wildlife Rapid Rescue Team',
			leadOfficer: { name: 'Chea Sophal', agency: 'Forestry Administration', idNumber: 'FA-1123' },
			lots: [{ species: 'Python bivittatus', count: 1, recordAs: 'individual' }],
			items: []
		}
	});
	expect(error).toBeNull();
	const result = data as { caseId: string; lots: { animalCodes: string[] }[] };
	caseId = result.caseId;
	const code = result.lots[0].animalCodes[0];
	const found = await keeper.from('animals').select('id').eq('code', code).single();
	expect(found.error).toBeNull();
	animal = { id: found.data!.id, code };
});

describe('uploadPhoto', () => {
	let photo: { id: string; sha256: string; storagePath: string };
	const bytes = png(run);

	it('stores the file and a record whose SHA-256 is that of the bytes', async () => {
		const file = new File([bytes], 'flank.png', { type: 'image/png' });
		const result = await uploadPhoto(keeper, { caseId, animalId: animal.id, file, caption: 'Left flank' }, { cleanup: service });
		expect(result).toMatchObject({ ok: true });
		if (!result.ok) return;
		photo = result.photo;
		expect(result.photo).toMatchObject({ sha256: sha256(bytes), byteSize: bytes.length, contentType: 'image/png', caption: 'Left flank' });
		expect(result.photo.storagePath).toMatch(new RegExp(`^cases/${caseId}/[0-9a-f-]{36}\\.png$`));

		const row = await keeper.from('photos').select('sha256, byte_size, uploaded_by, animal_id').eq('id', photo.id).single();
		expect(row.data).toEqual({ sha256: sha256(bytes), byte_size: bytes.length, uploaded_by: demo.keeper.id, animal_id: animal.id });
	});

	it('gives back the same bytes: downloaded and through the signed URL of listPhotos', async () => {
		const { data: blob, error } = await keeper.storage.from('photos').download(photo.storagePath);
		expect(error).toBeNull();
		expect(sha256(new Uint8Array(await blob!.arrayBuffer()))).toBe(photo.sha256);

		const listed = await listPhotos(keeper, { caseId, animalId: animal.id });
		expect(listed.map((p) => p.id)).toEqual([photo.id]);
		expect(listed[0]).toMatchObject({ uploadedBy: 'Vannak Sok', sha256: photo.sha256 });
		const fetched = await fetch(listed[0].url!);
		expect(sha256(new Uint8Array(await fetched.arrayBuffer()))).toBe(photo.sha256);
	});

	it('removes the object again when the record is refused (an animal of no such case)', async () => {
		const file = new File([png(`${run}-orphan`)], 'other.png', { type: 'image/png' });
		const result = await uploadPhoto(keeper, { caseId, animalId: randomUUID(), file }, { cleanup: service });
		expect(result).toEqual({ ok: false, refusal: { kind: 'subject_mismatch' } });
		expect(await objectsUnder(`cases/${caseId}`)).toEqual([photo.storagePath.split('/').pop()]);
	});

	it('removes the object again when the case is not one the user can see', async () => {
		const hidden = randomUUID();
		const file = new File([png(`${run}-hidden`)], 'x.png', { type: 'image/png' });
		const result = await uploadPhoto(keeper, { caseId: hidden, file }, { cleanup: service });
		expect(result).toEqual({ ok: false, refusal: { kind: 'forbidden' } });
		expect(await objectsUnder(`cases/${hidden}`)).toEqual([]);
		expect((await service.storage.from('photos').list(`cases/${hidden}`)).data).toEqual([]);
	});

	it('refuses bytes that are not a photo, whatever the label says, before storing anything', async () => {
		const file = new File([new TextEncoder().encode('MZ not a photo')], 'evil.png', { type: 'image/png' });
		const result = await uploadPhoto(keeper, { caseId, file }, { cleanup: service });
		expect(result).toEqual({ ok: false, refusal: { kind: 'invalid', errors: { file: 'photo_type_invalid' } } });
		expect(await objectsUnder(`cases/${caseId}`)).toHaveLength(1);
	});

	it('refuses a prosecutor: storage itself says no', async () => {
		const prosecutor = (await signedIn(demo.prosecutor.email, demo.prosecutor.password)) as unknown as Client;
		const file = new File([png(`${run}-p`)], 'p.png', { type: 'image/png' });
		expect(await uploadPhoto(prosecutor, { caseId, file })).toEqual({ ok: false, refusal: { kind: 'forbidden' } });
	});

	it('is cited by a custody event, which copies its SHA-256 into the hash chain', async () => {
		const input = custodyEventSchema.parse({
			animalCode: animal.code,
			eventType: 'moved',
			occurredAt: new Date().toISOString(),
			place: 'Quarantine block B',
			to: { name: 'Vannak Sok', agency: 'Phnom Tamao Wildlife Rescue Centre' },
			photoIds: [photo.id]
		});
		const recorded = await recordCustodyEvent(keeper, input);
		expect(recorded).toMatchObject({ ok: true });
		if (!recorded.ok) return;
		const { data } = await keeper.from('custody_events').select('photo_ids, photo_sha256').eq('id', recorded.event.id).single();
		expect(data).toEqual({ photo_ids: [photo.id], photo_sha256: [photo.sha256] });
		const { data: chain } = await keeper.rpc('verify_custody_chain', { p_case_id: caseId });
		expect(chain?.[0]).toMatchObject({ valid: true });
	});
});
