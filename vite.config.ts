import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const integration = (name: string, lane: 'pglite' | 'postgres') => ({
	extends: true as const,
	test: {
		name,
		include: ['tests/integration/**/*.test.ts'],
		// These start PGlite stacks of their own: running them again in the postgres lane adds nothing.
		exclude:
			lane === 'postgres'
				? [
						'tests/integration/restart-durability.test.ts',
						'tests/integration/production-start.test.ts',
						'tests/integration/storage-crash-safety.test.ts',
						'tests/integration/auth-rate-limit.test.ts',
						'tests/integration/live-migrations.test.ts'
					]
				: [],
		environment: 'node',
		globalSetup: ['tests/support/stack-global-setup.ts'],
		provide: { lane },
		testTimeout: 30_000,
		hookTimeout: 120_000
	}
});

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.spec.ts', 'supabase/local/**/*.spec.ts'], environment: 'node' }
			},
			integration('integration', 'pglite'),
			// The same contract suite against a real PostgreSQL, when TEST_POSTGRES_URL names one.
			...(process.env.TEST_POSTGRES_URL ? [integration('integration-postgres', 'postgres')] : [])
		]
	}
});
