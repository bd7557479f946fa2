import type { RestClient } from '../rest-client.ts';
import { fromPostgrest } from './errors.ts';

export interface BucketRow {
	id: string;
	name: string;
	owner: string | null;
	owner_id: string | null;
	public: boolean;
	file_size_limit: number | null;
	allowed_mime_types: string[] | null;
	created_at: string;
	updated_at: string;
}

export interface ObjectRow {
	id: string;
	bucket_id: string;
	name: string;
	owner: string | null;
	owner_id: string | null;
	metadata: Record<string, unknown> | null;
	user_metadata: Record<string, unknown> | null;
	version: string | null;
	created_at: string;
	updated_at: string;
	last_accessed_at: string;
}

/** A JWT to act with; undefined means the service role (for what the real service does "as super user"). */
type As = string | undefined;

const eq = (v: string) => `eq.${encodeURIComponent(v)}`;
/** PostgREST in.() list; names never contain '"' or '\' (refused as keys), so quoting is enough. */
const inList = (vs: string[]) => `in.(${vs.map((v) => encodeURIComponent(`"${v}"`)).join(',')})`;
const RETURN_ROWS = { prefer: 'return=representation' };

/**
 * storage.buckets / storage.objects through PostgREST, never through a database connection of our
 * own (see DESIGN.md). Every call names the JWT it acts with, so RLS on storage.* decides exactly as
 * on Supabase. PostgREST errors become the real service's errors.
 */
export class StorageDb {
	constructor(private readonly rest: RestClient) {}

	private async call<T>(method: string, path: string, as: As, body?: unknown, headers: Record<string, string> = {}) {
		const r = await this.rest.request<T>(method, path, body, { jwt: as, schema: 'storage', headers });
		if (!r.ok) throw fromPostgrest(r.data);
		return r.data;
	}

	async bucket(id: string, as: As): Promise<BucketRow | null> {
		const rows = await this.call<BucketRow[]>('GET', `/buckets?id=${eq(id)}`, as);
		return rows[0] ?? null;
	}

	listBuckets(as: As, query: string): Promise<BucketRow[]> {
		return this.call('GET', `/buckets?${query}`, as);
	}

	insertBucket(row: Partial<BucketRow>, as: As): Promise<BucketRow[]> {
		return this.call('POST', '/buckets', as, row, RETURN_ROWS);
	}

	updateBucket(id: string, patch: Partial<BucketRow>, as: As): Promise<BucketRow[]> {
		return this.call('PATCH', `/buckets?id=${eq(id)}`, as, patch, RETURN_ROWS);
	}

	deleteBucket(id: string, as: As): Promise<BucketRow[]> {
		return this.call('DELETE', `/buckets?id=${eq(id)}`, as, undefined, RETURN_ROWS);
	}

	async object(bucket: string, name: string, as: As): Promise<ObjectRow | null> {
		const rows = await this.call<ObjectRow[]>('GET', `/objects?bucket_id=${eq(bucket)}&name=${eq(name)}`, as);
		return rows[0] ?? null;
	}

	async objects(bucket: string, names: string[], as: As): Promise<ObjectRow[]> {
		const out: ObjectRow[] = [];
		for (let i = 0; i < names.length; i += 100) {
			const chunk = names.slice(i, i + 100);
			out.push(...(await this.call<ObjectRow[]>('GET', `/objects?bucket_id=${eq(bucket)}&name=${inList(chunk)}`, as)));
		}
		return out;
	}

	/** Object names in a bucket, a page at a time (for emptying a bucket). */
	objectNames(bucket: string, as: As, limit: number): Promise<{ name: string }[]> {
		return this.call('GET', `/objects?select=name&bucket_id=${eq(bucket)}&order=name&limit=${limit}`, as);
	}

	async insertObject(row: Partial<ObjectRow>, as: As): Promise<ObjectRow> {
		const rows = await this.call<ObjectRow[]>('POST', '/objects', as, row, RETURN_ROWS);
		return rows[0];
	}

	/** Updates as the caller; an empty result means no such object, or none the caller may update. */
	updateObject(bucket: string, name: string, patch: Partial<ObjectRow>, as: As): Promise<ObjectRow[]> {
		return this.call('PATCH', `/objects?bucket_id=${eq(bucket)}&name=${eq(name)}`, as, patch, RETURN_ROWS);
	}

	async deleteObjects(bucket: string, names: string[], as: As): Promise<ObjectRow[]> {
		const out: ObjectRow[] = [];
		for (let i = 0; i < names.length; i += 100) {
			const path = `/objects?bucket_id=${eq(bucket)}&name=${inList(names.slice(i, i + 100))}`;
			out.push(...(await this.call<ObjectRow[]>('DELETE', path, as, undefined, RETURN_ROWS)));
		}
		return out;
	}

	async hasObjects(bucket: string): Promise<boolean> {
		const rows = await this.call<unknown[]>('GET', `/objects?select=id&bucket_id=${eq(bucket)}&limit=1`, undefined);
		return rows.length > 0;
	}

	/** storage.search (sql/20-storage.sql), security invoker: lists only what the caller may select. */
	search(args: Record<string, unknown>, as: As): Promise<unknown[]> {
		return this.call('POST', '/rpc/search', as, args);
	}
}
