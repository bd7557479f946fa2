import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import postgres from 'postgres';
import QRCode from 'qrcode';
import ws from 'ws';
import { evidenceDraftSchema } from '../src/lib/schemas/evidence-content.ts';
import { evidenceSheet } from '../src/lib/server/evidence/evidence-sheet.ts';
import { issueEvidenceSheet } from '../src/lib/server/evidence/issue-sheet.ts';
import { sheetPhotoImages } from '../src/lib/server/evidence/sheet-photos.ts';
import { renderPdf } from '../src/lib/server/pdf/pdf-fonts.ts';
import type { Database } from '../src/lib/types/database.ts';
import { stackConfigFromEnv } from '../supabase/local/config.ts';
import { demoAccounts } from '../supabase/local/demo-accounts.ts';
import { freePort } from '../supabase/local/postgrest.ts';
import { startStack } from '../supabase/local/stack.ts';
import { actAs } from './fixtures/care-centre.ts';
import { BOAT_LOTS, seizurePayload } from './fixtures/seizures.ts';

/**
 * Evidence sheets of the 785-animal boat seizure with 50 photos cited in its ledger, on the
 * embedded stack: issuing a sheet of the whole case and of one animal (the database's draft, the
 * photos read from storage and checked against their SHA-256, the PDF drawn and stored, the issue
 * recorded), in process as the app does it; then verification, in plain SQL and as the public
 * JSON API answers it. Run: npx tsx bench/evidence-speed.ts   (RUNS=10 by default)
 */
const RUNS = Number(process.env.RUNS ?? 10);
const WARMUP = 2;
const ADMIN_ID = '00000000-0000-4000-8000-0000000000a1';
const PHOTOS = 50;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(1);
const summary = (xs: number[]) => `p50 ${pct(xs, 0.5)} ms, p95 ${pct(xs, 0.95)} ms`;

async function timed(label: string, fn: () => Promise<unknown>) {
	const ms: number[] = [];
	let first = 0;
	for (let i = 0; i < RUNS + WARMUP; i++) {
		const t = performance.now();
		await fn();
		if (i === 0) first = performance.now() - t;
		if (i >= WARMUP) ms.push(performance.now() - t);
	}
	console.log(`${label}: ${summary(ms)} (first, cold: ${first.toFixed(0)} ms)`);
}

async function signedIn(url: string, anonKey: string, who: keyof typeof demoAccounts): Promise<SupabaseClient<Database>> {
	const client = createClient<Database>(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false }, realtime: { transport: ws as never } });
	const { error } = await client.auth.signInWithPassword({ email: demoAccounts[who].email, password: demoAccounts[who].password });
	if (error) throw error;
	return client;
}

const dataDir = mkdtempSync(join(tmpdir(), 'rescue-ledger-bench-evidence-'));
const config = { ...stackConfigFromEnv({ STACK_QUIET: '1', STACK_AUTH_SIGN_IN_LIMIT: '1000' }), dataDir, apiPort: await freePort(), dbPort: await freePort() };
console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
const stack = await startStack(config);
try {
	const keeper = await signedIn(stack.url, stack.anonKey, 'keeper');
	const admin = await signedIn(stack.url, stack.anonKey, 'admin');
	const seized = await keeper.rpc('record_seizure', { payload: seizurePayload(`BENCH-EVID-${process.pid}`, BOAT_LOTS) });
	if (seized.error) throw seized.error;
	const caseId = (seized.data as { caseId: string }).caseId;

	// 50 photos (QR-code PNGs of a few KB: no camera files ship with the repo), cited by one event.
	const photoIds: string[] = [];
	for (let i = 0; i < PHOTOS; i++) {
		const bytes = await QRCode.toBuffer(`photo ${i} of the boat seizure ${randomUUID()}`, { scale: 8 });
		const path = `cases/${caseId}/${randomUUID()}.png`;
		const up = await keeper.storage.from('photos').upload(path, bytes, { contentType: 'image/png' });
		if (up.error) throw up.error;
		const row = await keeper
			.from('photos')
			.insert({ case_id: caseId, storage_path: path, sha256: createHash('sha256').update(bytes).digest('hex'), byte_size: bytes.byteLength, content_type: 'image/png', caption: `Sack ${i + 1} as opened` })
			.select('id')
			.single();
		if (row.error) throw row.error;
		photoIds.push(row.data.id);
	}
	const cited = await keeper.from('custody_events').insert({
		// subject, position and the hashes are required by the generated type; the chain trigger sets them.
		case_id: caseId, subject: 'case', position: 0, prev_hash: '', row_hash: '', event_type: 'sampled', occurred_at: new Date().toISOString(), place: 'Rescue centre intake yard',
		to_name: 'Sokha Keo', to_agency: 'Rescue centre', purpose: 'Photographs of the sacks as opened', photo_ids: photoIds
	});
	if (cited.error) throw cited.error;
	const animal = await keeper.from('animals').select('id, code').eq('case_id', caseId).order('code').limit(1).single();
	if (animal.error) throw animal.error;

	const sql = postgres(stack.dbUrl, { max: 1, onnotice: () => {} });
	const [{ events }] = await sql`select count(*)::int as events from public.custody_events where case_id = ${caseId}`;
	console.log(`case: ${BOAT_LOTS.reduce((s, l) => s + l.count, 0)} animals, ${events} custody events, ${PHOTOS} photos`);

	const issuer = { name: 'Bench Admin', origin: 'https://ledger.example.org' };
	let documentId = '';
	let bytes = 0;
	await timed('issue the sheet of the whole case (draft, photos, PDF, store, issue)', async () => {
		const out = await issueEvidenceSheet(admin, { subject: 'case', subjectId: caseId, requestId: null, language: 'en', includeVeterinary: true, includeOffender: false }, issuer);
		if (!out.ok) throw new Error(`refused: ${out.refusal.key}`);
		documentId = out.sheet.documentId;
		bytes = out.sheet.pdf.byteLength;
	});
	console.log(`  the case sheet is ${(bytes / 1024).toFixed(0)} KiB`);
	await timed('issue the sheet of one animal, in Khmer', async () => {
		const out = await issueEvidenceSheet(admin, { subject: 'animal', subjectId: animal.data.id, requestId: null, language: 'km', includeVeterinary: true, includeOffender: false }, issuer);
		if (!out.ok) throw new Error(`refused: ${out.refusal.key}`);
	});

	// Drawing alone, from the same draft and photos: what the app's process spends on the PDF.
	for (const [subject, subjectId, language] of [['case', caseId, 'en'], ['animal', animal.data.id, 'km']] as const) {
		const drafted = await admin.rpc('evidence_sheet_draft', { p_subject: subject, p_subject_id: subjectId, p_request_id: null as unknown as string, p_include_veterinary: true, p_include_offender: false });
		if (drafted.error) throw drafted.error;
		const draft = evidenceDraftSchema.parse(drafted.data);
		const photoImages = await sheetPhotoImages(admin, draft.content.photos);
		const input = { documentId: randomUUID(), language, generatedAt: new Date().toISOString(), generatedBy: 'Bench Admin', contentHash: draft.content_hash, chainHead: draft.chain_head, chainEvents: draft.chain_events, verifyUrl: 'https://ledger.example.org/verify/x', request: null, content: draft.content, photoImages };
		await timed(`drawing the PDF alone, ${subject} (${language})`, async () => renderPdf(await evidenceSheet(input)));
	}

	await timed('plain SQL, evidence_sheet_draft() of the whole case', () =>
		sql.begin(async (tx) => {
			await tx.unsafe(actAs(ADMIN_ID));
			await tx`select public.evidence_sheet_draft('case', ${caseId}, null, true, false)`;
		})
	);
	await timed('plain SQL, verify_evidence_document() of the case sheet', () => sql`select public.verify_evidence_document(${documentId})`);
	await sql.end();
	await timed('API, GET /rest/v1/rpc/verify_evidence_document (anon, through PostgREST)', async () => {
		const res = await fetch(`${stack.url}/rest/v1/rpc/verify_evidence_document?p_document_id=${documentId}`, { headers: { apikey: stack.anonKey } });
		const body = await res.json();
		if (body.status !== 'unchanged') throw new Error(`verify answered ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
	});
} finally {
	await stack.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
