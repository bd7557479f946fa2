import { readFileSync } from 'node:fs';

/** Where serve.ts writes the URL and keys of the stack it started, for tests that seed data through the API. */
export const E2E_STACK_FILE = 'test-results/e2e-stack.json';

export function e2eStack(): { url: string; anonKey: string; serviceRoleKey: string } {
	return JSON.parse(readFileSync(E2E_STACK_FILE, 'utf8'));
}
