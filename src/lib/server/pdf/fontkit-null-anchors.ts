import { createRequire } from 'node:module';

interface AnchorProcessor {
	applyAnchor(markRecord: { markAnchor: unknown }, baseAnchor: unknown, baseGlyphIndex: number): void;
}

/**
 * fontkit 2.0.4 (pdfkit's shaper) crashes on a GPOS mark anchor that is NULL, which OpenType allows
 * ("this base has no anchor for that mark class"): Noto Sans Khmer has them, so any word with a
 * nikahit (ំ, as in ទំព័រ "page") threw "Cannot read properties of null (reading 'xCoordinate')"
 * and no Khmer sheet could be drawn (foliojs/fontkit#367, fix proposed in #374). Until a release
 * has it, the lookup is skipped for such a pair, as HarfBuzz does: the mark keeps its default place.
 *
 * The processor class is not exported, so it is reached through a font that has a GPOS table,
 * from the very fontkit module instance pdfkit loads.
 */
export function patchFontkitNullAnchors(fontWithGpos: Uint8Array): void {
	const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
	const fontkit = fromPdfkit('fontkit');
	const font = fontkit.create(fontWithGpos);
	font.layout('ក');
	const processor: AnchorProcessor | undefined = font._layoutEngine?.engine?.GPOSProcessor;
	if (!processor) throw new Error('fontkit: the font has no GPOS processor; the null-anchor patch cannot be applied');
	const prototype = Object.getPrototypeOf(processor) as AnchorProcessor & { nullAnchorsPatched?: true };
	if (prototype.nullAnchorsPatched) return;
	const applyAnchor = prototype.applyAnchor;
	prototype.applyAnchor = function (markRecord, baseAnchor, baseGlyphIndex) {
		if (baseAnchor == null || markRecord.markAnchor == null) return;
		applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
	};
	prototype.nullAnchorsPatched = true;
}
