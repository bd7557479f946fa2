import { domainEn } from './sections/domain.en';
import { casesEn } from './sections/cases.en';
import { animalsEn } from './sections/animals.en';
import { handoverEn } from './sections/handover.en';
import { photoValidationEn, photosEn } from './sections/photos.en';
import { intakeEn } from './sections/intake.en';
import { healthEn, healthValidationEn } from './sections/health.en';
import { drugValidationEn, drugsEn } from './sections/drugs.en';
import { labValidationEn, labEn } from './sections/lab.en';
import { enclosureValidationEn, enclosuresEn } from './sections/enclosures.en';
import { chartsEn } from './sections/charts.en';
import { dashboardEn } from './sections/dashboard.en';
import { feedingEn, feedingValidationEn } from './sections/feeding.en';
import { dispositionValidationEn, dispositionsEn } from './sections/dispositions.en';
import { holdValidationEn, holdsEn } from './sections/holds.en';
import { evidenceValidationEn } from './sections/evidence.en';
import { evidenceRequestsEn } from './sections/evidence-requests.en';
import { releaseAssessmentEn, releaseAssessmentValidationEn } from './sections/release-assessment.en';
import { releaseEn, releaseValidationEn } from './sections/release.en';
import { auditEn, auditValidationEn } from './sections/audit.en';
import { verifyEn, verifyValidationEn } from './sections/verify.en';
import type { StaffRole } from '$lib/roles';

/**
 * The source dictionary: every string the user reads, in English. km.ts must have every key
 * (svelte-check fails otherwise); see docs/i18n.md. "Rescue Ledger" is the product's name and
 * stays as it is in both languages, so it is not in here.
 */
export const en = {
	language: {
		label: 'Language'
	},
	login: {
		title: 'Sign in',
		heading: 'Sign in to Rescue Ledger',
		intro: "Records of animals in the centre's care. Sign in with the account the administrator gave you.",
		inactive: 'This account is not an active staff account. Ask the administrator, or sign in with another account.',
		email: 'E-mail',
		password: 'Password',
		submit: 'Sign in',
		submitting: 'Signing in…',
		wrongCredentials: 'E-mail or password is wrong.',
		tooManyAttempts: 'Too many attempts. Wait a minute and try again.',
		serviceDown: 'The sign-in service did not answer. Try again in a moment.',
		notActive: 'This account is not an active staff account. Ask the administrator.'
	},
	layout: {
		skipToContent: 'Skip to content',
		mainNav: 'Main',
		signOut: 'Sign out',
		continue: 'Continue'
	},
	nav: {
		cases: 'Seizure cases',
		intake: 'New intake',
		enclosures: 'Enclosures'
	},
	roles: {
		admin: 'Administrator',
		vet: 'Veterinarian',
		keeper: 'Keeper',
		release_team: 'Release team',
		prosecutor: 'Prosecutor'
	} satisfies Record<StaffRole, string>,
	/** Each role's landing page, also its entry in the navigation. */
	desks: {
		admin: 'Staff accounts',
		vet: 'Veterinary desk',
		keeper: "Keeper's round",
		release_team: 'Release planning',
		prosecutor: 'Evidence requests'
	} satisfies Record<StaffRole, string>,
	landing: {
		prosecutorEmptyTitle: 'No cases granted to you yet',
		prosecutorEmptyBody:
			'When the centre grants you access to a case, its evidence sheets (custody history, seals, photographs and their fingerprints) will be listed here, read-only.'
	},
	staff: {
		summary: (total: number) =>
			`${total} ${total === 1 ? 'account' : 'accounts'} in your centre. Deactivate people who leave: custody records keep their names.`,
		emptyTitle: 'No staff on this page',
		firstPage: 'Go to the first page',
		pagesLabel: 'Staff pages',
		tableCaption: 'Staff accounts of the centre',
		colName: 'Name',
		colEmail: 'E-mail',
		colRole: 'Role',
		colAgency: 'Agency and ID',
		colStatus: 'Status',
		active: 'Active',
		deactivated: 'Deactivated',
		activate: 'Activate',
		deactivate: 'Deactivate',
		confirmActivate: (name: string) => `Yes, activate ${name} again.`,
		confirmDeactivate: (name: string) => `Yes, deactivate ${name}: they will no longer be able to sign in.`,
		activated: 'Account activated.',
		deactivatedDone: 'Account deactivated: they can no longer sign in.',
		changeNotUnderstood: 'That change was not understood.',
		cannotDeactivateSelf: 'You cannot deactivate your own account.',
		notInCentre: 'This staff member was not found in your centre.',
		createTitle: 'Add a staff account',
		created: (name: string, email: string) => `Account created for ${name} (${email}). Give them the temporary password in person.`,
		createFailed: 'The account could not be created; nothing was saved. Try again.',
		fullName: 'Full name',
		email: 'E-mail',
		tempPassword: 'Temporary password',
		tempPasswordHint: 'At least 12 characters. Tell it to them in person, not by e-mail.',
		role: 'Role',
		chooseRole: 'Choose a role',
		agency: 'Agency (optional)',
		agencyHint: 'For people from outside the centre, e.g. a court or the Forestry Administration.',
		idNumber: 'ID number (optional)',
		idNumberHint: 'As written on their official ID; custody records quote it.',
		create: 'Create account',
		creating: 'Creating…'
	},
	pagination: {
		label: 'Pages',
		previous: 'Previous',
		next: 'Next',
		pageOf: (page: number, count: number) => `Page ${page} of ${count}`
	},
	errors: {
		signInHeading: 'Please sign in',
		forbiddenHeading: 'Not your desk',
		notFoundHeading: 'Page not found',
		otherHeading: 'Something went wrong',
		notFound: 'This page does not exist.',
		serverError: 'Something went wrong on our side.',
		signInAgain: 'Please sign in again.',
		/** `desks` and `allowed` arrive already joined with `or`. */
		wrongDesk: (desks: string, allowed: string, own: string) =>
			`${desks} is for ${allowed.toLowerCase()} accounts. You are signed in as ${own.toLowerCase()}.`,
		or: (items: string[]) => items.join(' or '),
		/** Followed by the reference code, then `referenceEnd`. */
		referenceStart: 'If this keeps happening, tell the administrator the reference',
		referenceEnd: '.',
		backToDesk: 'Back to your desk'
	},
	domain: domainEn,
	cases: casesEn,
	animals: animalsEn,
	photos: photosEn,
	enclosures: enclosuresEn,
	charts: chartsEn,
	dashboard: dashboardEn,
	handover: handoverEn,
	intake: intakeEn,
	health: healthEn,
	drugs: drugsEn,
	lab: labEn,
	feeding: feedingEn,
	dispositions: dispositionsEn,
	holds: holdsEn,
	releaseAssessment: releaseAssessmentEn,
	release: releaseEn,
	evidenceRequests: evidenceRequestsEn,
	verify: verifyEn,
	audit: auditEn,
	/** What zod schemas report: their messages are these keys (src/lib/schemas), never text. */
	validation: {
		...photoValidationEn,
		...healthValidationEn,
		...drugValidationEn,
		...labValidationEn,
		...enclosureValidationEn,
		...feedingValidationEn,
		...dispositionValidationEn,
		...holdValidationEn,
		...evidenceValidationEn,
		...releaseAssessmentValidationEn,
		...releaseValidationEn,
		...verifyValidationEn,
		...auditValidationEn,
		invalid: 'This value is not valid.',
		email_required: 'Enter an e-mail address.',
		email_too_long: 'This e-mail address is too long.',
		email_invalid: 'Enter an e-mail address like name@example.org.',
		email_taken: 'An account with this e-mail address already exists.',
		password_required: 'Enter your password.',
		temp_password_required: 'Enter a temporary password.',
		temp_password_too_short: 'The temporary password needs at least 12 characters.',
		temp_password_too_long: 'The temporary password may have at most 72 bytes (a Khmer letter takes 3).',
		full_name_required: 'Enter the full name.',
		full_name_too_short: 'Enter the full name (at least 2 characters).',
		full_name_too_long: 'The full name may have at most 200 characters.',
		role_required: 'Choose a role.',
		agency_too_long: 'The agency may have at most 200 characters.',
		id_number_too_long: 'The ID number may have at most 100 characters.',
		staff_unknown: 'Unknown staff member.',
		active_invalid: 'Say whether to activate or deactivate.',
		confirm_required: 'Tick the box to confirm.',
		language_invalid: 'Choose English or Khmer.',
		datetime_invalid: 'Enter a date and time.',
		datetime_in_future: 'This date and time is in the future.',
		party_name_required: 'Enter the person\'s name.',
		party_agency_required: 'Enter the person\'s agency.',
		text_too_long: 'This text is too long.',
		place_required: 'Enter the place.',
		latitude_invalid: 'Latitude must be a number from -90 to 90.',
		longitude_invalid: 'Longitude must be a number from -180 to 180.',
		coordinates_together: 'Give both latitude and longitude, or neither.',
		species_required: 'Choose a species.',
		species_unknown: 'This species is not in the species list.',
		count_invalid: 'Enter the number of animals.',
		count_whole: 'Enter a whole number.',
		count_too_small: 'The count must be at least 1.',
		count_too_large: 'The count may be at most 100,000.',
		record_as_required: 'Choose group or individual records.',
		item_description_required: 'Describe the item.',
		quantity_invalid: 'Enter a quantity greater than zero.',
		quantity_too_large: 'This quantity is too large.',
		unit_required: 'Choose a unit.',
		seal_invalid: 'Seal numbers may have at most 60 characters each, 50 seals at most.',
		case_number_required: 'Enter the case number.',
		case_number_invalid: 'Case numbers use letters, digits, spaces and / . _ - (60 at most).',
		case_number_taken: 'A case with this number already exists.',
		agency_required: 'Enter the seizing agency.',
		officer_id_required: 'Enter the lead officer\'s ID number.',
		too_many_rows: 'At most 200 rows per seizure.',
		seizure_empty: 'Add at least one species row or one evidence item.',
		received_before_seized: 'The animals cannot be received before they were seized.',
		subject_required: 'Say what the event is about: one case, lot, animal or item.',
		animal_code_invalid: 'Animal codes look like PT-2026-000123.',
		event_type_invalid: 'Choose what happened.',
		releasing_party_required: 'A handover needs the person handing over: name and agency.',
		correction_reason_required: 'A correction needs the event it corrects and the reason.',
		photo_invalid: 'A cited photo is not valid.'
	}
};

export type Messages = typeof en;
export type ValidationKey = keyof Messages['validation'];
