import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/types/database';
import { SHEET_BUCKET } from './issue-sheet';

/**
 * The PDF of an issued sheet exactly as issued, if the caller may read it (an admin of the centre,
 * or the prosecutor whose request it fulfilled: RLS on the document row and on the stored file).
 * Null when there is no such document for this caller.
 */
export async function issuedSheetPdf(supabase: SupabaseClient<Database>, documentId: string): Promise<Uint8Array | null> {
	const { data: doc, error } = await supabase.from('evidence_documents').select('storage_path').eq('id', documentId).maybeSingle();
	if (error?.code === '22P02') return null;
	if (error) throw new Error(`reading evidence document ${documentId} failed: ${error.code} ${error.message}`);
	if (!doc) return null;
	const file = await supabase.storage.from(SHEET_BUCKET).download(doc.storage_path);
	if (file.error) throw new Error(`reading the file of evidence document ${documentId} failed: ${file.error.message}`);
	return new Uint8Array(await file.data.arrayBuffer());
}

/** A download name a court clerk can file: case number, subject and the document ID's first block. */
export function sheetFileName(caseNumber: string, documentId: string): string {
	const safe = caseNumber.replace(/[^A-Za-z0-9._-]+/g, '-');
	return `evidence-sheet-${safe}-${documentId.slice(0, 8)}.pdf`;
}
