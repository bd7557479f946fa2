import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvidenceSheetInput } from './evidence-sheet';
import { emptyNote, heading, inl, sectionTable, subjectText, txt, utc, type Sheet } from './sheet-format';
import { term } from './sheet-labels';

/** The sheet's title: who issues it, what it is, and which case, lot, animal or item it is about. */
export function titleBlock({ L, content }: Sheet): Content {
	const { subject, centre } = content;
	const about =
		subject.kind === 'case'
			? subjectText(L, 'case', content.case.case_number)
			: L.subjectOf(subjectText(L, subject.kind, subject.label), content.case.case_number);
	return {
		stack: [
			txt(centre.name, { bold: true, fontSize: 10 }),
			...(centre.name_km ? [txt(centre.name_km, { fontSize: 9 })] : []),
			txt(L.title, { bold: true, fontSize: 16, margin: [0, 8, 0, 2] }),
			txt(about, { fontSize: 11, margin: [0, 0, 0, 4] }),
			txt(L.intro, { fontSize: 7.5, color: '#444' })
		]
	};
}

/** Label/value pairs, two pairs to a row. */
function facts(pairs: [string, string | null][], notRecorded: string): Content {
	const body: TableCell[][] = [];
	for (let i = 0; i < pairs.length; i += 2) {
		const row = pairs.slice(i, i + 2).flatMap(([label, value]) => [txt(label, { bold: true }), txt(value || notRecorded)]);
		while (row.length < 4) row.push({ text: '' });
		body.push(row);
	}
	return { table: { widths: [80, '*', 80, '*'], body, dontBreakRows: true }, layout: 'noBorders', fontSize: 8 };
}

export function caseSection({ L, content }: Sheet): Content {
	const c = content.case;
	const coordinates = c.latitude !== null && c.longitude !== null ? `${c.latitude}, ${c.longitude}` : null;
	const centre = content.centre.name_km ? `${content.centre.name} (${content.centre.name_km})` : content.centre.name;
	return {
		stack: [
			heading(L.sections.case),
			facts(
				[
					[L.case.caseNumber, c.case_number],
					[L.case.status, term(L.caseStatus, c.status)],
					[L.case.seizedAt, utc(c.seized_at)],
					[L.case.agency, c.agency],
					[L.case.place, c.place],
					[L.case.coordinates, coordinates],
					[L.case.leadOfficer, L.case.officer(c.lead_officer_name, c.lead_officer_agency, c.lead_officer_id_number)],
					[L.case.legalBasis, c.legal_basis],
					[L.case.courtReference, c.court_reference],
					[L.case.centre, `${centre}, ${content.centre.country}`]
				],
				L.notRecorded
			)
		]
	};
}

export function requestSection({ L }: Sheet, request: EvidenceSheetInput['request']): Content {
	if (!request) return [];
	return {
		stack: [
			heading(L.sections.request),
			facts(
				[
					[L.request.requestedBy, request.prosecutorName],
					[L.request.courtCaseNumber, request.courtCaseNumber],
					[L.request.purpose, request.purpose]
				],
				L.notRecorded
			)
		]
	};
}

export function speciesSection({ L, content, language }: Sheet): Content {
	if (content.species.length === 0) return emptyNote(L.sections.species, L.empty.species);
	const khmer = language === 'km';
	const rows = content.species.map((s): TableCell[] => {
		const iucn = s.iucn_category
			? `${s.iucn_category}${s.iucn_unconfirmed ? '?' : ''} ${term(L.iucn, s.iucn_category)}${s.iucn_year ? ` (${s.iucn_year})` : ''}`
			: L.notRecorded;
		const cites = s.cites_appendix ? `${s.cites_appendix === 'not_listed' ? L.species.citesNotListed : s.cites_appendix}${s.cites_unconfirmed ? '?' : ''}` : L.notRecorded;
		return [
			txt(s.scientific_name, { italics: true }),
			txt(s.english_name),
			...(khmer ? [txt(s.khmer_name ?? L.notRecorded)] : []),
			txt(iucn),
			txt(cites),
			txt(s.national_status ?? L.notRecorded)
		];
	});
	const header = [L.species.scientificName, L.species.englishName, ...(khmer ? [L.species.khmerName] : []), L.species.iucn, L.species.cites, L.species.nationalStatus];
	const widths = khmer ? ['*', '*', '*', 90, 50, '*'] : ['*', '*', 100, 55, '*'];
	const unconfirmed = content.species.some((s) => s.iucn_unconfirmed || s.cites_unconfirmed);
	return [sectionTable(L.sections.species, widths, header, rows), ...(unconfirmed ? [txt(L.species.unconfirmedNote, { fontSize: 6.5, color: '#444', margin: [0, 2, 0, 0] })] : [])];
}

export function summaryLine({ L, content }: Sheet): Content {
	const counts: [string, number][] = [
		[L.summary.species, content.species.length],
		[L.summary.lots, content.lots.length],
		[L.summary.animals, content.animals.length],
		[L.summary.items, content.items.length],
		[L.summary.events, content.events.length],
		[L.summary.photos, content.photos.length]
	];
	const text = counts.flatMap(([label, n], i) => [...(i ? ['   ·   '] : []), ...inl(`${label}: `), { text: String(n), bold: true }]);
	return { stack: [heading(L.sections.summary), { text, fontSize: 8 }] };
}
