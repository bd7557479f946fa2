import { z } from 'zod';
import { centreToday } from '$lib/domain/centre-time';
import type { Database } from '$lib/types/database';
import { issue, optionalText } from './common';
import { dateText } from './health-fields';
import { coordinateText, optionalWholeNumber } from './release-event';

type Enums = Database['public']['Enums'];

export const MONITORING_METHODS = ['sighting', 'camera_trap', 'telemetry', 'other'] as const satisfies readonly Enums['monitoring_method'][];
export const MONITORED_CONDITIONS = ['good', 'fair', 'poor', 'dead', 'not_found'] as const satisfies readonly Enums['monitored_condition'][];
export type MonitoringMethod = (typeof MONITORING_METHODS)[number];
export type MonitoredCondition = (typeof MONITORED_CONDITIONS)[number];

/**
 * One monitoring entry of released animals (public.release_monitoring). That the day is not
 * before the release is the database's to judge: it knows the release.
 */
export const monitoringEntrySchema = z
	.object({
		dispositionId: z.uuid(issue('monitoring_subject_required')),
		observedOn: dateText.refine((day) => day <= centreToday(), issue('monitoring_in_future')),
		method: z.enum(MONITORING_METHODS, { error: issue('monitoring_method_required') }),
		location: optionalText(300, 'monitoring_location_invalid').refine((v) => v === null || v.length >= 2, issue('monitoring_location_invalid')),
		latitude: coordinateText('latitude_invalid', 90),
		longitude: coordinateText('longitude_invalid', 180),
		condition: z.enum(MONITORED_CONDITIONS, { error: issue('monitoring_condition_required') }),
		animalsSeen: optionalWholeNumber('monitoring_animals_seen_invalid', 0, 100_000),
		notes: optionalText(4000, 'text_too_long'),
		clientKey: z.uuid(issue('release_event_form_stale'))
	})
	.refine((e) => (e.latitude === null) === (e.longitude === null), { path: ['latitude'], message: issue('coordinates_together') });

export type MonitoringEntryInput = z.output<typeof monitoringEntrySchema>;
