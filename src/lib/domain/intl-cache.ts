/**
 * Intl formatters, made once per locale and options. Building one costs far more than using it
 * (locale data is looked up each time), and a page such as the daily round formats hundreds of
 * times and clocks per render.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateTimeFormats.get(key);
	if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}
