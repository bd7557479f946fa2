import type { SupabaseClient } from '@supabase/supabase-js';
import type { MonitoredCondition, MonitoringMethod } from '$lib/schemas/release-monitoring';
import type { ReleaseMethod } from '$lib/schemas/release-event';
import type { Database } from '$lib/types/database';
import type { BoardSpecies } from './board-columns';

export interface MonitoringEntryView {
	id: string;
	observedOn: string;
	method: MonitoringMethod;
	location: string | null;
	latitude: number | null;
	longitude: number | null;
	condition: MonitoredCondition;
	animalsSeen: number | null;
	notes: string | null;
	recordedBy: string | null;
}

/** What one release disposition let go: an animal, or a number of animals of a group. */
export interface ReleasedSubject extends BoardSpecies {
	dispositionId: string;
	caseId: string;
	animalCode: string | null;
	lotId: string | null;
	headCount: number;
	/** Newest first. */
	entries: MonitoringEntryView[];
}

export interface ReleaseEventView {
	id: string;
	occurredAt: string;
	siteName: string;
	protectedArea: string | null;
	latitude: number;
	longitude: number;
	outsideBoundsReason: string | null;
	method: ReleaseMethod;
	teamMembers: string[];
	notes: string | null;
	recordedBy: string | null;
	subjects: ReleasedSubject[];
	/** The photos it cites with their SHA-256; only on a release's own page (empty in lists). */
	photos: { id: string; caption: string | null; sha256: string }[];
}

interface SpeciesRow {
	scientific_name: string;
	english_name: string;
	khmer_name: string | null;
}
interface EventRow {
	id: string;
	occurred_at: string;
	site_name: string;
	protected_area: string | null;
	latitude: number;
	longitude: number;
	outside_bounds_reason: string | null;
	method: ReleaseMethod;
	team_members: string[];
	notes: string | null;
	photo_ids: string[];
	recorder: { full_name: string } | null;
	dispositions: {
		id: string;
		case_id: string;
		lot_id: string | null;
		head_count: number;
		animals: { code: string; species: SpeciesRow } | null;
		lots: { species: SpeciesRow } | null;
		release_monitoring: {
			id: string;
			observed_on: string;
			recorded_at: string;
			method: MonitoringMethod;
			location: string | null;
			latitude: number | null;
			longitude: number | null;
			condition: MonitoredCondition;
			animals_seen: number | null;
			notes: string | null;
			recorder: { full_name: string } | null;
		}[];
	}[];
}

const SPECIES = 'species(scientific_name, english_name, khmer_name)';
/** A release with its released animals and their monitoring, in one request (RLS on each table). */
export const RELEASE_EVENT_SELECT =
	'id, occurred_at, site_name, protected_area, latitude, longitude, outside_bounds_reason, method, team_members, notes, photo_ids, ' +
	'recorder:staff!release_events_recorded_by_fkey(full_name), ' +
	`dispositions(id, case_id, lot_id, head_count, animals(code, ${SPECIES}), lots(${SPECIES}), ` +
	'release_monitoring(id, observed_on, recorded_at, method, location, latitude, longitude, condition, animals_seen, notes, recorder:staff!release_monitoring_recorded_by_fkey(full_name)))';

const byNewest = <T>(key: (row: T) => string) => (a: T, b: T) => key(b).localeCompare(key(a));

export function toReleaseEventView(row: unknown): ReleaseEventView {
	const e = row as EventRow;
	return {
		id: e.id,
		occurredAt: e.occurred_at,
		siteName: e.site_name,
		protectedArea: e.protected_area,
		latitude: e.latitude,
		longitude: e.longitude,
		outsideBoundsReason: e.outside_bounds_reason,
		method: e.method,
		teamMembers: e.team_members,
		notes: e.notes,
		recordedBy: e.recorder?.full_name ?? null,
		photos: [],
		subjects: e.dispositions.map((d) => {
			const species = d.animals?.species ?? d.lots?.species;
			return {
				dispositionId: d.id,
				caseId: d.case_id,
				animalCode: d.animals?.code ?? null,
				lotId: d.lot_id,
				headCount: d.head_count,
				scientificName: species?.scientific_name ?? '',
				englishName: species?.english_name ?? '',
				khmerName: species?.khmer_name ?? null,
				entries: [...d.release_monitoring].sort(byNewest((m) => `${m.observed_on} ${m.recorded_at}`)).map((m) => ({
					id: m.id,
					observedOn: m.observed_on,
					method: m.method,
					location: m.location,
					latitude: m.latitude,
					longitude: m.longitude,
					condition: m.condition,
					animalsSeen: m.animals_seen,
					notes: m.notes,
					recordedBy: m.recorder?.full_name ?? null
				}))
			};
		})
	};
}

/** One release with its animals and their monitoring; null when unknown or not the caller's centre. */
export async function loadReleaseEvent(supabase: SupabaseClient<Database>, eventId: string): Promise<ReleaseEventView | null> {
	const { data, error } = await supabase.from('release_events').select(RELEASE_EVENT_SELECT).eq('id', eventId).maybeSingle();
	if (error) throw new Error(`loading release ${eventId} failed: ${error.code} ${error.message}`);
	if (!data) return null;
	const view = toReleaseEventView(data);
	const ids = (data as unknown as EventRow).photo_ids;
	if (ids.length === 0) return view;
	const photos = await supabase.from('photos').select('id, caption, sha256').in('id', ids);
	if (photos.error) throw new Error(`loading the photos of release ${eventId} failed: ${photos.error.message}`);
	return { ...view, photos: ids.flatMap((id) => photos.data.filter((p) => p.id === id)) };
}
