import { describe, expect, it } from 'vitest';
import { client } from '../support/clients.ts';

describe('stack smoke', () => {
	it('serves PostgREST behind /rest/v1', async () => {
		const { error } = await client('service').rpc('no_such_function');
		expect(error?.code).toBe('PGRST202');
	});
});
