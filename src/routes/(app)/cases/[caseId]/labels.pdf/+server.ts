import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { animalLabelSheet, type AnimalLabel } from '$lib/server/pdf/animal-labels';
import { renderPdf } from '$lib/server/pdf/pdf-fonts';
import { readIntakeSummary } from '$lib/server/seizures/intake-summary';
import type { RequestHandler } from './$types';

/**
 * The label sheet of a case's individual animals, one QR label each. Read with the caller's
 * rights (hooks.server.ts already requires active staff): a case they cannot read is a 404.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const m = messages(locals.locale);
	const summary = await readIntakeSummary(locals.supabase, params.caseId);
	if (!summary) error(404, m.intake.caseNotFound);

	const numbered = summary.lots.length > 1;
	const labels: AnimalLabel[] = summary.lots.flatMap((lot, i) =>
		lot.codes.map((code) => ({
			code,
			scientificName: lot.scientificName,
			englishName: lot.englishName,
			lotLabel: numbered ? `Lot ${i + 1}` : undefined
		}))
	);
	if (labels.length === 0) error(400, m.intake.noIndividualAnimals);

	const pdf = await renderPdf(
		await animalLabelSheet({ caseNumber: summary.caseNumber, centreName: summary.centreName, labels, verifyBaseUrl: url.origin })
	);
	// Case numbers may hold "/" and spaces; a file name may not.
	const fileName = `labels-${summary.caseNumber.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="${fileName}"`,
			'content-length': String(pdf.length),
			// Case details: kept out of shared caches; the next print reads the case again.
			'cache-control': 'private, no-store'
		}
	});
};
