import { badRequest } from './errors.ts';

export interface Page {
	page: number;
	perPage: number;
}

/** GoTrue's ?page=&per_page= (defaults 1 and 50; empty values, as auth-js sends them, mean default). */
export function paginate(query: URLSearchParams): Page {
	const read = (name: string, fallback: number) => {
		const raw = query.get(name);
		if (raw === null || raw === '') return fallback;
		if (!/^[0-9]+$/.test(raw)) {
			throw badRequest('validation_failed', `Bad Pagination Parameters: strconv.ParseUint: parsing "${raw}": invalid syntax`);
		}
		return Math.max(1, Math.min(Number(raw), 2 ** 31 - 1));
	};
	return { page: read('page', 1), perPage: read('per_page', 50) };
}

/**
 * X-Total-Count and Link as GoTrue writes them: paths as GoTrue sees them (without /auth/v1, which
 * the gateway strips), the request's own query with page replaced, keys sorted as Go encodes them.
 * auth-js listUsers() reads nextPage/lastPage/total from exactly these.
 */
export function paginationHeaders(path: string, query: URLSearchParams, p: Page, total: number): Record<string, string> {
	const link = (page: number, rel: string) => {
		const q = new URLSearchParams(query);
		q.set('page', String(page));
		q.sort();
		return `<${path}?${q.toString()}>; rel="${rel}"`;
	};
	const lastPage = Math.ceil(total / p.perPage);
	const links = [];
	if (p.page < lastPage) links.push(link(p.page + 1, 'next'));
	links.push(link(lastPage, 'last'));
	return { 'x-total-count': String(total), link: links.join(', ') };
}
