import { refusalFrom, type FieldRefusal } from '$lib/server/db-refusal';

/**
 * record_release()'s refusals (20261124020300) and those of dispose_of() it passes on
 * (20261124010200). Everything about the chosen assessments goes next to the list of them.
 */
const RELEASE_EVENT_REFUSALS: Record<string, FieldRefusal> = {
	RL010: { field: 'occurredAt', key: 'datetime_in_future' },
	RL302: { field: 'subjects', key: 'release_event_count_too_many' },
	RL303: { field: 'form', key: 'release_event_on_hold' },
	RL305: { field: 'occurredAt', key: 'release_event_before_seizure' },
	RL313: { field: 'subjects', key: 'release_event_blocked' },
	RL317: { field: 'subjects', key: 'release_event_not_approved' },
	RL320: { field: 'subjects', key: 'release_event_already_released' },
	RL321: { field: 'latitude', key: 'release_event_outside_country' },
	RL326: { field: 'subjects', key: 'release_event_subjects_invalid' },
	RL327: { field: 'form', key: 'release_event_photo_invalid' },
	PT404: { field: 'subjects', key: 'release_event_subject_unknown' },
	'42501': { field: 'form', key: 'release_event_forbidden' }
};

export const releaseEventRefusal = (error: { code: string; message: string }) => refusalFrom(RELEASE_EVENT_REFUSALS, error, 'a release');
