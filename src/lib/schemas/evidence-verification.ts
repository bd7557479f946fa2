import { z } from 'zod';
import { issue } from './common';

/**
 * What public.verify_evidence_document() answers (migration 20261125010300), checked at the
 * boundary and turned into the camelCase the page and the partner API both use. Holds no personal
 * data: positions, field and section names, hashes and dates only.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const position = z.number().int();

export const VERIFICATION_STATUSES = ['unchanged', 'superseded', 'altered'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

const foundSchema = z
	.object({
		found: z.literal(true),
		document_id: z.string(),
		status: z.enum(VERIFICATION_STATUSES),
		subject: z.enum(['case', 'lot', 'animal', 'item']),
		subject_label: z.string().nullable(),
		case_number: z.string(),
		language: z.enum(['en', 'km']),
		generated_at: z.string(),
		generated_for_request: z.boolean(),
		content_hash: sha256,
		content_hash_now: sha256,
		pdf_sha256: sha256,
		chain_head: sha256,
		chain_events: z.number().int(),
		chain: z.object({
			valid: z.boolean(),
			events: z.number().int(),
			head: z.string(),
			first_broken_position: position.nullable(),
			problem: z.string().nullable()
		}),
		changed_events: z.array(
			z.object({
				position,
				type: z.string(),
				occurred_at: z.string(),
				changed_fields: z.array(z.string()).nullable()
			})
		),
		missing_events: z.array(position),
		events_added: z.number().int(),
		changed_sections: z.array(z.string())
	})
	.transform((v) => ({
		found: true as const,
		documentId: v.document_id,
		status: v.status,
		subject: v.subject,
		subjectLabel: v.subject_label,
		caseNumber: v.case_number,
		language: v.language,
		generatedAt: v.generated_at,
		generatedForRequest: v.generated_for_request,
		contentHash: v.content_hash,
		contentHashNow: v.content_hash_now,
		pdfSha256: v.pdf_sha256,
		chainHead: v.chain_head,
		chainEvents: v.chain_events,
		chain: {
			valid: v.chain.valid,
			events: v.chain.events,
			head: v.chain.head,
			firstBrokenPosition: v.chain.first_broken_position,
			problem: v.chain.problem
		},
		changedEvents: v.changed_events.map((e) => ({
			position: e.position,
			type: e.type,
			occurredAt: e.occurred_at,
			changedFields: e.changed_fields ?? []
		})),
		missingEvents: v.missing_events,
		eventsAdded: v.events_added,
		changedSections: v.changed_sections
	}));

export const evidenceVerificationSchema = z.union([z.object({ found: z.literal(false) }), foundSchema]);

export type SheetVerification = z.output<typeof foundSchema>;

/**
 * The most a verifier may upload: the app's request body limit (BODY_SIZE_LIMIT, 27 MB with the
 * multipart envelope). A larger sheet (many large photographs) is checked by its document ID.
 */
export const VERIFY_UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

/** Any UUID, as printed on the sheet (lower case) or typed in capitals. */
const DOCUMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The "type a document ID" form of /verify. */
export const verifyLookupSchema = z.object({
	id: z.string().trim().toLowerCase().regex(DOCUMENT_ID, issue('verify_document_id_invalid'))
});

/** The upload form of the verify pages; what the file is, checkUploadedSheet() decides. */
export const verifyUploadSchema = z.object({
	file: z
		.instanceof(File, { error: issue('verify_file_required') })
		.refine((f) => f.size > 0, issue('verify_file_required'))
		.refine((f) => f.size <= VERIFY_UPLOAD_MAX_BYTES, issue('verify_file_too_large'))
});
