/**
 * Enter moves to the next field of a row and, in its last field, asks for a new row: it never
 * submits the whole form from a row. Not while an input method is composing (Khmer keyboards).
 */
export function rowEnter(event: KeyboardEvent, fieldIds: string[], current: number, onLast: () => void) {
	if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return;
	event.preventDefault();
	const next = fieldIds[current + 1];
	if (next) document.getElementById(next)?.focus();
	else onLast();
}
