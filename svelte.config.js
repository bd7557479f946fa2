import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Server-side form actions are the write path; the built-in origin check stays on.
		csrf: { trustedOrigins: [] },
		// The embedded stack and the benchmarks are TypeScript too: type-check them with the app.
		typescript: {
			config(tsconfig) {
				tsconfig.include.push('../supabase/local/**/*.ts', '../bench/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
