import { redirect } from '@sveltejs/kit';
import { pageNumberSchema } from '$lib/schemas/page-number';

export interface Paged<T> {
	rows: T[];
	total: number;
	page: number;
	pageCount: number;
}

type PageAnswer<T> = { data: T[] | null; count: number | null; error: { code: string; message: string } | null };

/** The page number a list reads from its own query parameter (two lists on a page page apart). */
export const pageFrom = (url: URL, param: string) => pageNumberSchema.parse(url.searchParams.get(param));

/**
 * One page of a list counted with `{ count: 'exact' }`. A page past the end (an old link, a list
 * that shrank) goes back to the first page of that list rather than showing nothing.
 */
export async function readPage<T>(
	url: URL,
	param: string,
	size: number,
	what: string,
	query: (from: number, to: number) => PromiseLike<PageAnswer<T>>
): Promise<Paged<T>> {
	const page = pageFrom(url, param);
	const from = (page - 1) * size;
	const { data, count, error } = await query(from, from + size - 1);
	if (error?.code === 'PGRST103' || (page > 1 && data?.length === 0)) {
		const query = new URLSearchParams(url.searchParams);
		query.delete(param);
		// After a form posted without JavaScript the address ends in `?/action`: not a page to go to.
		for (const key of [...query.keys()]) if (key.startsWith('/')) query.delete(key);
		redirect(303, `${url.pathname}?${query}`);
	}
	if (error) throw new Error(`loading ${what} failed: ${error.code} ${error.message}`);
	const total = count ?? 0;
	return { rows: data ?? [], total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
