import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EvidenceContent } from '$lib/schemas/evidence-content';
import { caseSection, requestSection, speciesSection, summaryLine, titleBlock } from './sheet-case';
import { offenderSection, signaturesSection } from './sheet-closing';
import { eventsSection } from './sheet-events';
import { FOOTER_HEIGHT, verificationFooter } from './sheet-footer';
import { sheetOf, subjectText, txt } from './sheet-format';
import { animalsSection, itemsSection, lotsSection } from './sheet-holdings';
import { photosSection } from './sheet-photo-grid';
import { sheetKeywords } from './sheet-reference';
import { veterinarySection } from './sheet-veterinary';

export interface EvidenceSheetInput {
	documentId: string; // uuid
	language: 'en' | 'km';
	generatedAt: string; // ISO time
	generatedBy: string; // staff full name
	contentHash: string; // sha256 hex of the content (from the database)
	chainHead: string; // sha256 hex of the chain head
	chainEvents: number; // events in the case's chain at generation
	verifyUrl: string; // absolute URL of /verify/<documentId>
	request: { purpose: string; courtCaseNumber: string | null; prosecutorName: string } | null;
	content: EvidenceContent;
	/** Photo images by sha256 (data URLs, jpeg/png) for thumbnails; a photo missing here is listed with its hash and "not embedded". */
	photoImages: Map<string, string>;
}

const MARGIN = 36;
const HEADER_HEIGHT = 40;

/**
 * The chain-of-custody evidence sheet of a case, lot, animal or item, as a pdfmake document:
 * drawn from the database's evidence content only, with the document ID, content hash and chain
 * head in the footer of every page. Render it with renderPdf() (pdf-fonts.ts).
 */
export async function evidenceSheet(input: EvidenceSheetInput): Promise<TDocumentDefinitions> {
	const sheet = sheetOf(input.content, input.language);
	const { L, content } = sheet;
	const { footer, images } = verificationFooter(input, L, MARGIN);

	const subject = subjectText(L, content.subject.kind, content.subject.kind === 'case' ? content.case.case_number : content.subject.label);
	return {
		pageSize: 'A4',
		pageMargins: [MARGIN, HEADER_HEIGHT, MARGIN, FOOTER_HEIGHT],
		info: {
			title: `${L.title}: ${subject}`,
			subject: `${L.subjectKind.case} ${content.case.case_number} · ${content.centre.name}`,
			keywords: sheetKeywords(input.documentId, input.contentHash),
			creator: 'Rescue Ledger',
			creationDate: new Date(input.generatedAt)
		},
		defaultStyle: { font: 'Roboto', fontSize: 8 },
		images,
		header: () => ({ ...txt(L.runningHead(content.case.case_number)), fontSize: 7, color: '#444', margin: [MARGIN, 18, MARGIN, 0] }),
		footer,
		content: [
			titleBlock(sheet),
			caseSection(sheet),
			requestSection(sheet, input.request),
			speciesSection(sheet),
			summaryLine(sheet),
			lotsSection(sheet),
			animalsSection(sheet),
			itemsSection(sheet),
			eventsSection(sheet),
			photosSection(sheet, input.photoImages),
			veterinarySection(sheet),
			offenderSection(sheet),
			signaturesSection(sheet)
		]
	};
}
