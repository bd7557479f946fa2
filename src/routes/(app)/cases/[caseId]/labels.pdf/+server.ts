import { error } from '@sveltejs/kit';
import { LABELS_PER_PART } from '$lib/domain/label-parts';
import { messages } from '$lib/i18n';
import { labelRequestSchema } from '$lib/schemas/label-request';
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

	const request = labelRequestSchema.safeParse(Object.fromEntries(url.searchParams));
	if (!request.success) error(400, m.intake.labelsRequestInvalid);
	const { part, codes } = request.data;
	const wanted = codes ? new Set(codes) : null;
	const chosen = wanted
		? labels.filter((l) => wanted.has(l.code))
		: labels.slice((part - 1) * LABELS_PER_PART, part * LABELS_PER_PART);
	if (chosen.length === 0) error(404, m.intake.labelsPartNotFound);

	const pdf = await renderPdf(
		await animalLabelSheet({ caseNumber: summary.caseNumber, centreName: summary.centreName, labels: chosen, verifyBaseUrl: url.origin })
	);
	// Case numbers may hold "/" and spaces; a file name may not.
	const suffix = wanted ? '-new' : labels.length > LABELS_PER_PART ? `-part-${part}` : '';
	const fileName = `labels-${summary.caseNumber.replace(/[^A-Za-z0-9._-]+/g, '-')}${suffix}.pdf`;
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
