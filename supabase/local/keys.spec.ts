import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET } from './config.ts';
import { apiKey } from './keys.ts';

describe('apiKey', () => {
	it('reproduces the Supabase CLI demo anon key with the CLI secret', async () => {
		expect(await apiKey(DEV_JWT_SECRET, 'anon')).toBe(
			'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'
		);
	});

	it('signs different keys for another secret', async () => {
		const other = await apiKey('x'.repeat(40), 'service_role');
		expect(other).not.toBe(await apiKey(DEV_JWT_SECRET, 'service_role'));
		expect(JSON.parse(Buffer.from(other.split('.')[1], 'base64url').toString())).toEqual({
			iss: 'supabase-demo',
			role: 'service_role',
			exp: 1983812996
		});
	});
});
