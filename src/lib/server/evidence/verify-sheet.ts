import { createHash } from 'node:crypto';
import { anonClient } from '$lib/server/api/client';
import { evidenceVerificationSchema, type SheetVerification } from '$lib/schemas/evidence-verification';
import { isUuid } from '$lib/server/seizures/species-ref';
import { readSheetReference } from './sheet-reference';

/**
 * Whether an issued sheet still matches the records; null when there is no such document. Always
 * asked as anon, so a visitor's session can neither widen nor narrow what the answer says.
 */
export async function verifySheet(documentId: string): Promise<SheetVerification | null> {
	if (!isUuid(documentId)) return null;
	const { data, error } = await anonClient().rpc('verify_evidence_document', { p_document_id: documentId });
	if (error) throw new Error(`verifying evidence document ${documentId} failed: ${error.code} ${error.message}`);
	const answer = evidenceVerificationSchema.parse(data);
	return answer.found ? answer : null;
}

export type UploadCheck =
	| { outcome: 'not_pdf' }
	| { outcome: 'no_reference' }
	/** The file names another document than the one the page is about. */
	| { outcome: 'other_document'; documentId: string }
	| { outcome: 'unknown_document'; documentId: string }
	/** Byte for byte the file that was issued. */
	| { outcome: 'identical'; verification: SheetVerification }
	/** It names the document, but it is not the issued file: edited, re-saved or printed to PDF again. */
	| { outcome: 'differs'; verification: SheetVerification; sha256: string };

/**
 * Checks an uploaded file against what was issued: the document ID inside it (the PDF's metadata),
 * then its SHA-256 against the issued file's. `documentId` is the page's document, if any.
 */
export async function checkUploadedSheet(bytes: Uint8Array, documentId?: string): Promise<UploadCheck> {
	if (!isPdf(bytes)) return { outcome: 'not_pdf' };
	const reference = readSheetReference(bytes);
	if (!reference) return { outcome: 'no_reference' };
	const named = reference.documentId.toLowerCase();
	if (documentId && named !== documentId.toLowerCase()) return { outcome: 'other_document', documentId: named };
	const verification = await verifySheet(named);
	if (!verification) return { outcome: 'unknown_document', documentId: named };
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 === verification.pdfSha256) return { outcome: 'identical', verification };
	return { outcome: 'differs', verification, sha256 };
}

/** PDF readers accept the header anywhere in the first kilobyte, so this does too. */
function isPdf(bytes: Uint8Array): boolean {
	const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
	return head.includes('%PDF-');
}
