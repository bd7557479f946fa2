/**
 * A query for a link or form action on the round that keeps the round's page (`?page=`): logging
 * a feeding or opening a slot's observations on page 3 comes back to page 3, with or without
 * JavaScript. `rest` is the link's own part, e.g. `/logFeeding` or `observe=…`.
 */
export function roundQuery(url: URL, rest: string): string {
	const page = url.searchParams.get('page');
	return page && page !== '1' ? `?page=${encodeURIComponent(page)}&${rest}` : `?${rest}`;
}
