import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StackInfo } from '../../supabase/local/stack.ts';

/** The stack as its own process (as `npm run stack` runs it), for tests that must kill it. */
export interface StackProcess {
	info: StackInfo;
	child: ChildProcess;
	/** Kills the stack's whole process group at once, as a crash or power cut would. */
	crash(): Promise<void>;
}

export async function spawnStack(env: Record<string, string>): Promise<StackProcess> {
	const dataDir = env.STACK_DATA_DIR;
	rmSync(join(dataDir, 'stack.json'), { force: true });
	const child = spawn(process.execPath, ['--import', 'tsx', 'supabase/local/main.ts'], {
		env: { ...process.env, ...env, STACK_QUIET: '1' },
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	const file = join(dataDir, 'stack.json');
	for (let i = 0; i < 1200 && !existsSync(file); i++) {
		if (child.exitCode !== null) throw new Error(`stack exited: ${stderr}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	if (!existsSync(file)) throw new Error(`stack did not start in 60 s: ${stderr}`);
	return {
		info: JSON.parse(readFileSync(file, 'utf8')),
		child,
		async crash() {
			process.kill(-child.pid!, 'SIGKILL');
			await exited;
		}
	};
}
