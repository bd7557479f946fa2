/**
 * Reads the TAP that pgTAP functions return as query rows (plan, ok/not ok, diagnostics) and lists
 * what failed: every "not ok" with its diagnostics, and a plan that the run did not meet.
 */
export function tapFailures(rows: unknown[]): string[] {
	const lines = rows
		.flatMap((row) => Object.values(row as Record<string, unknown>))
		.filter((v): v is string => typeof v === 'string')
		.flatMap((v) => v.split('\n'))
		.filter((l) => /^(ok|not ok|1\.\.\d+|#)/.test(l));
	const failures: string[] = [];
	let planned: number | null = null;
	let ran = 0;
	for (const line of lines) {
		const plan = /^1\.\.(\d+)$/.exec(line);
		if (plan) planned = Number(plan[1]);
		else if (line.startsWith('not ok')) failures.push(line);
		else if (line.startsWith('#') && failures.length > 0) failures[failures.length - 1] += `\n${line}`;
		if (/^(ok|not ok)/.test(line)) ran++;
	}
	if (planned === null) failures.push('no plan: the file did not run to its select plan(…)');
	else if (planned !== ran) failures.push(`planned ${planned} tests but ran ${ran}`);
	return failures;
}
