import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { messages } from '$lib/i18n';
import { STAFF_ROLES } from '$lib/roles';
import { issuedSheetPdf, sheetFileName } from '$lib/server/evidence/issued-sheets';
import { requireRole } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/**
 * An issued evidence sheet, byte for byte as issued (its hash is on record). RLS decides who may
 * read it: the centre's admins and the prosecutor whose request it fulfilled. Anyone else, and
 * any id that is not a document, gets the same 404: a guessed id reveals nothing.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	await requireRole(locals, ...STAFF_ROLES);
	const notFound: () => never = () => error(404, messages(locals.locale).errors.notFound);
	const documentId = z.uuid().safeParse(params.documentId);
	if (!documentId.success) notFound();
	const pdf = await issuedSheetPdf(locals.supabase, documentId.data);
	if (!pdf) notFound();

	// The case number as printed on the sheet: the case itself may no longer be open to a prosecutor.
	const { data, error: readError } = await locals.supabase
		.from('evidence_documents')
		.select('case_number:content->case->>case_number')
		.eq('id', documentId.data)
		.single();
	if (readError) throw new Error(`reading evidence document ${documentId.data} failed: ${readError.code} ${readError.message}`);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(pdf.byteLength),
			'content-disposition': `attachment; filename="${sheetFileName(String(data.case_number ?? 'case'), documentId.data)}"`,
			'cache-control': 'private, no-store'
		}
	});
};
