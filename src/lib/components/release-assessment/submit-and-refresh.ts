import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';

/**
 * For `use:enhance` on the assessment's forms: marks the form busy while it is sent, keeps what
 * was typed, and on a refusal also reloads the page's data. SvelteKit reloads it only after a
 * success; but a refusal such as "someone changed this since you opened it" must show the
 * assessment as it is now, as the same refusal without JavaScript does.
 */
export function submitAndRefresh(setBusy: (busy: boolean) => void): SubmitFunction {
	return () => {
		setBusy(true);
		return async ({ result, update }) => {
			if (result.type === 'failure') await invalidateAll();
			await update({ reset: false });
			setBusy(false);
		};
	};
}
