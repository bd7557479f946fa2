import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`, like whileSubmitting(), and calls `renewed` after a success: the form then
 * renders afresh (`{#key}`), so what its pickers showed is not left over from the last request.
 */
export function submitAndRenew(setBusy: (busy: boolean) => void, renewed: () => void): SubmitFunction {
	return () => {
		setBusy(true);
		return async ({ result, update }) => {
			await update();
			setBusy(false);
			if (result.type === 'success') renewed();
		};
	};
}
