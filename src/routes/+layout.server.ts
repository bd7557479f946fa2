import type { LayoutServerLoad } from './$types';

// Every page, error pages included, reads its dictionary from this (see $lib/i18n/page-messages).
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
