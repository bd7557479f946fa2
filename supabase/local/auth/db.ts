import type { RestClient } from '../rest-client.ts';
import { authError, unexpectedFailure } from './errors.ts';

type Wording = Record<string, readonly [number, string]>;

/**
 * Calls one stack_internal.auth_* function through PostgREST (the only SQL client the stack may
 * have, see DESIGN.md) and turns its {"error": code} answer into GoTrue's refusal. PostgREST
 * failures are logged here and reach the client as a bare 500, never as a stack trace.
 */
export async function callAuth<T>(rest: RestClient, fn: string, args: Record<string, unknown>, wording: Wording = {}): Promise<T> {
	let result;
	try {
		result = await rest.rpc<T & { error?: string }>(fn, args);
	} catch (err) {
		console.error(`[auth] ${fn} failed: ${(err as Error).message}`);
		throw unexpectedFailure();
	}
	if (!result.ok) {
		console.error(`[auth] ${fn} failed: HTTP ${result.status} ${JSON.stringify(result.data)}`);
		throw unexpectedFailure();
	}
	const data = result.data;
	if (data && typeof data === 'object' && typeof data.error === 'string') throw authError(data.error, wording);
	return data;
}
