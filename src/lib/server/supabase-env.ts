import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { z } from 'zod';

/**
 * Where the app finds Supabase. Read at run time (never baked into the build) so one build serves
 * a hosted project or the embedded local stack. Unset variables fall back to the stack.json that
 * `npm run stack` writes once it serves.
 */
export interface SupabaseEnv {
	url: string;
	anonKey: string;
	serviceRoleKey: string | null;
}

const key = z.string().trim().min(20, 'looks too short to be a Supabase key');
const fromVariables = z.object({
	PUBLIC_SUPABASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
	PUBLIC_SUPABASE_ANON_KEY: key,
	SUPABASE_SERVICE_ROLE_KEY: key.optional()
});
const fromStackJson = z.object({
	url: z.url({ protocol: /^https?$/ }),
	anonKey: key,
	serviceRoleKey: key
});

const HOW_TO_FIX =
	'Start the local stack with `npm run stack`, or set PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY.';

let cached: { file: string; mtimeMs: number; value: SupabaseEnv } | null = null;

export function supabaseEnv(): SupabaseEnv {
	const vars = {
		PUBLIC_SUPABASE_URL: publicEnv.PUBLIC_SUPABASE_URL || undefined,
		PUBLIC_SUPABASE_ANON_KEY: publicEnv.PUBLIC_SUPABASE_ANON_KEY || undefined,
		SUPABASE_SERVICE_ROLE_KEY: privateEnv.SUPABASE_SERVICE_ROLE_KEY || undefined
	};
	if (vars.PUBLIC_SUPABASE_URL || vars.PUBLIC_SUPABASE_ANON_KEY) {
		// Half a configuration must not silently mix with the local stack's keys.
		const parsed = fromVariables.safeParse(vars);
		if (!parsed.success) throw new Error(`Supabase settings are invalid: ${describe(parsed.error)}. ${HOW_TO_FIX}`);
		const v = parsed.data;
		return { url: v.PUBLIC_SUPABASE_URL, anonKey: v.PUBLIC_SUPABASE_ANON_KEY, serviceRoleKey: v.SUPABASE_SERVICE_ROLE_KEY ?? null };
	}
	return readStackJson(resolve(privateEnv.STACK_DATA_DIR || '.data', 'stack.json'));
}

/** Re-read when the file changes: a restarted stack signs new keys. */
function readStackJson(file: string): SupabaseEnv {
	let mtimeMs: number;
	try {
		mtimeMs = statSync(file).mtimeMs;
	} catch {
		throw new Error(`No Supabase settings and no local stack (${file} is missing). ${HOW_TO_FIX}`);
	}
	if (cached && cached.file === file && cached.mtimeMs === mtimeMs) return cached.value;
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		throw new Error(`${file} is not valid JSON. ${HOW_TO_FIX}`);
	}
	const parsed = fromStackJson.safeParse(json);
	if (!parsed.success) throw new Error(`${file} is incomplete: ${describe(parsed.error)}. ${HOW_TO_FIX}`);
	cached = { file, mtimeMs, value: parsed.data };
	return parsed.data;
}

function describe(error: z.ZodError): string {
	return error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ');
}
