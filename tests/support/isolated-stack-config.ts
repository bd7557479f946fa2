import { stackConfigFromEnv, type StackConfig } from '../../supabase/local/config.ts';
import { freePort } from '../../supabase/local/postgrest.ts';

/**
 * A quiet stack on free ports with its own data dir, so tests never touch a developer's running
 * `npm run stack` on 54321. `env` sets anything else the way the environment would.
 */
export async function isolatedStackConfig(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<StackConfig> {
	return {
		...stackConfigFromEnv({ ...env, STACK_QUIET: '1' }),
		apiPort: await freePort(),
		dbPort: await freePort(),
		dataDir
	};
}
