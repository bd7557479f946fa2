import type { Messages } from '$lib/i18n';
import type { DispositionView } from '$lib/server/dispositions/dispositions-data';

/** The details a disposition has beyond when and where, one sentence each, for summaries and lists. */
export function dispositionDetails(v: DispositionView, d: Messages['dispositions']): string[] {
	const lines: string[] = [];
	if (v.foundDead !== null) lines.push(v.foundDead ? d.foundDeadDetail : d.diedDetail);
	if (v.cause) lines.push(d.causeDetail(v.cause));
	if (v.reason) lines.push(d.reasonDetail(v.reason));
	if (v.method) lines.push(d.methodDetail(v.method));
	if (v.authorisedBy) lines.push(d.authorisedByDetail(v.authorisedBy));
	if (v.holdConsentReference) lines.push(d.consentDetail(v.holdConsentReference));
	if (v.receivingOrganisation && v.permitNumber) lines.push(d.transferDetail(v.receivingOrganisation, v.permitNumber));
	if (v.receivedByName) lines.push(d.receivedByDetail(v.receivedByName, v.receivedByIdNumber ?? ''));
	if (v.notes) lines.push(d.notesDetail(v.notes));
	return lines;
}
