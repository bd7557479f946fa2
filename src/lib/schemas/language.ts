import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locale';
import { issue } from './common';

/** The language switch: which language, and the same-site page to go back to (checked separately). */
export const languageSchema = z.object({
	lang: z.enum(LOCALES, { error: issue('language_invalid') }),
	redirectTo: z.string().optional()
});
