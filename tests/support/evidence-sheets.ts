import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { boatSeizure, callApi } from './api-app.ts';

/** Records the boat seizure as the given (intake) user through the API; its case id and number. */
export async function recordCase(origin: string, token: string, caseNumber: string): Promise<string> {
	const res = await callApi(origin, 'POST', '/api/v1/seizures', { token, body: boatSeizure(caseNumber) });
	if (res.status !== 201) throw new Error(`recording ${caseNumber} failed: ${res.status} ${JSON.stringify(res.body)}`);
	return res.body.caseId;
}

/** GET /api/v1/cases/{id}/evidence.pdf, with the PDF's bytes or the JSON refusal. */
export async function fetchSheet(origin: string, token: string, caseId: string, query = 'lang=en') {
	const res = await fetch(`${origin}/api/v1/cases/${caseId}/evidence.pdf?${query}`, { headers: { authorization: `Bearer ${token}` } });
	const bytes = new Uint8Array(await res.arrayBuffer());
	const isPdf = res.headers.get('content-type') === 'application/pdf';
	return {
		status: res.status,
		headers: res.headers,
		pdf: isPdf ? bytes : null,
		json: isPdf ? null : JSON.parse(new TextDecoder().decode(bytes))
	};
}

/** The tools' own warnings (fontconfig, D-Bus) are not the test's business; their output is. */
const QUIET: ['ignore', 'pipe', 'ignore'] = ['ignore', 'pipe', 'ignore'];

/** Runs a command-line tool on the PDF in a scratch folder (poppler, zbar). */
function withPdfFile<T>(pdf: Uint8Array, fn: (dir: string, file: string) => T): T {
	const dir = mkdtempSync(join(tmpdir(), 'rl-sheet-'));
	try {
		writeFileSync(join(dir, 'sheet.pdf'), pdf);
		return fn(dir, join(dir, 'sheet.pdf'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The text a reader would copy out of the PDF; zero-width spaces (Khmer word breaks) removed. */
export function pdfText(pdf: Uint8Array): string {
	return withPdfFile(pdf, (_, file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: QUIET })).replaceAll('\u200b', '');
}

/** What a phone reads from the QR code of the first page, rendered at 150 dpi. */
export function firstPageQr(pdf: Uint8Array): string {
	return withPdfFile(pdf, (dir, file) => {
		execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')], { stdio: QUIET });
		// QR codes only: zbar's other decoders print noise about the page's text.
		return execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', join(dir, 'page.png')], { encoding: 'utf8', stdio: QUIET }).trim();
	});
}

/**
 * What only someone with the database's own superuser can do: rewrite a stored custody event
 * with the ledger's guard switched off for that one statement.
 */
export async function tamperWithEvent(caseId: string, position: number, place: string): Promise<void> {
	const sql = postgres(inject('stack').dbUrl, { max: 1, onnotice: () => {} });
	try {
		await sql.begin(async (tx) => {
			await tx`alter table public.custody_events disable trigger custody_events_append_only`;
			await tx`update public.custody_events set place = ${place} where case_id = ${caseId} and position = ${position}`;
			await tx`alter table public.custody_events enable trigger custody_events_append_only`;
		});
	} finally {
		await sql.end();
	}
}

/** A form post as a browser without JavaScript sends it (SvelteKit checks the Origin). */
export async function postForm(origin: string, path: string, form: FormData, cookie = ''): Promise<Response> {
	return fetch(`${origin}${path}`, { method: 'POST', body: form, redirect: 'manual', headers: { origin, accept: 'text/html', cookie } });
}

/** Signs in through the app's login form; the session cookies to send with page requests. */
export async function appSession(origin: string, email: string, password: string): Promise<string> {
	const form = new FormData();
	form.set('email', email);
	form.set('password', password);
	const res = await postForm(origin, '/login?/signIn', form);
	if (res.status !== 303) throw new Error(`signing in to the app as ${email} failed: ${res.status}`);
	return res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}
