/**
 * The reference a sheet carries in its PDF metadata, so that a PDF handed back (uploaded to the
 * verify page, or found in a case file) can be matched to its record without reading its pages:
 * the Info dictionary is never compressed, unlike the page content.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REFERENCE = new RegExp(`\\brescue-ledger-evidence-sheet document:(${UUID}) content-sha256:([0-9a-f]{64})\\b`);

export function sheetKeywords(documentId: string, contentHash: string): string {
	return `rescue-ledger-evidence-sheet document:${documentId} content-sha256:${contentHash}`;
}

// A PDF literal string's escapes (\n, \(, \\, octal …), enough for the ASCII text we write.
function literal(body: string): string {
	const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
	return body.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (escapes[c] ?? c)));
}

function hex(body: string): string {
	const digits = body.replace(/\s+/g, '');
	return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex').toString('latin1');
}

/** The text of a string value, given inline or as a reference to an object holding it. */
function stringValue(pdf: string, value: string): string | null {
	const ref = /^(\d+) (\d+) R/.exec(value);
	if (ref) {
		const object = new RegExp(`(?:^|[\\r\\n])${ref[1]} ${ref[2]} obj\\s*([\\s\\S]*?)endobj`).exec(pdf);
		return object ? stringValue(pdf, object[1].trim()) : null;
	}
	const lit = /^\(((?:\\[\s\S]|[^\\)])*)\)/.exec(value);
	if (lit) return literal(lit[1]);
	const hx = /^<([0-9a-fA-F\s]*)>/.exec(value);
	return hx ? hex(hx[1]) : null;
}

/** Reads document ID and content hash back out of the bytes of a PDF we issued (the uncompressed Info dictionary); null if absent. */
export function readSheetReference(pdf: Uint8Array): { documentId: string; contentHash: string } | null {
	const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
	// The last trailer wins: an incremental update appends a newer one.
	const infoRefs = [...text.matchAll(/\/Info\s+(\d+ \d+ R)/g)];
	const info = infoRefs.at(-1);
	if (!info) return null;
	const dictionary = new RegExp(`(?:^|[\\r\\n])${info[1].replace(' R', '')} obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
	const keywords = dictionary && /\/Keywords\s*([\s\S]*)/.exec(dictionary[1]);
	const value = keywords && stringValue(text, keywords[1]);
	const match = value ? REFERENCE.exec(value) : null;
	return match ? { documentId: match[1], contentHash: match[2] } : null;
}
