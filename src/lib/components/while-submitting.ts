import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`: marks the form busy while it is sent (its button says so and cannot be
 * pressed twice on a slow connection), then applies the result as SvelteKit would. `reset: false`
 * keeps what was typed after a success too, for forms whose result is shown next to the input.
 */
export function whileSubmitting(setBusy: (busy: boolean) => void, { reset = true }: { reset?: boolean } = {}): SubmitFunction {
	return () => {
		setBusy(true);
		return async ({ update }) => {
			await update({ reset });
			setBusy(false);
		};
	};
}
