import { z } from 'zod';
import { issue } from './common';
import { checkbox, confirmed } from './evidence-request';

const prosecutorId = z.uuid(issue('grant_prosecutor_required'));
const includes = { includeVeterinary: checkbox, includeOffender: checkbox };

/** Granting a case to a prosecutor (public.case_grants): the case as its number is written on the file. */
export const newGrantSchema = z.object({
	caseNumber: z
		.string({ error: issue('case_number_required') })
		.trim()
		.min(1, issue('case_number_required'))
		.max(60, issue('grant_case_unknown')),
	prosecutorId,
	...includes
});

/** An existing grant, named by its key, with what it includes from now on. */
export const grantSchema = z.object({ caseId: z.uuid(issue('grant_unknown')), prosecutorId: z.uuid(issue('grant_unknown')), ...includes });

/** Revoking a grant: the prosecutor no longer reads the case; the box is the confirmation. */
export const revokeGrantSchema = z.object({
	caseId: z.uuid(issue('grant_unknown')),
	prosecutorId: z.uuid(issue('grant_unknown')),
	confirm: confirmed
});

export type NewGrant = z.infer<typeof newGrantSchema>;
export type Grant = z.infer<typeof grantSchema>;
