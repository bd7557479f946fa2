import type { Messages, ValidationKey } from '$lib/i18n';

/** The sentence for a field's message key; an unknown species is named, so the row is easy to find. */
export function errorText(m: Messages, key: ValidationKey | undefined, species = ''): string | undefined {
	if (!key) return undefined;
	return key === 'species_unknown' && species.trim() ? m.intake.unknownSpecies(species.trim()) : m.validation[key];
}
