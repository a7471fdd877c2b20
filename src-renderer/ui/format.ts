/**
 * Dates and money in the store's own locale, time zone and currency. Intl formatters are costly to build
 * (a queue of 2,000 orders formats 2,000 deadlines): each one is made once per locale, zone and options.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateTime = (locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  cached(
    `dt|${locale}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, ...options }),
  );

const FULL: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  if (!iso) return '';
  return dateTime(locale, timeZone, FULL).format(new Date(iso));
}

export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const rtf = cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** An amount in minor units: cents for EUR, none for JPY, thousandths for KWD (the currency's own digits). */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = cached(
    `nf|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** A deadline: the time alone when it is today in the store, the day and time otherwise. */
export function formatDue(iso: string, locale: string, timeZone: string, now = Date.now()): string {
  if (!iso) return '';
  // en-CA writes dates as YYYY-MM-DD: the store's calendar day, comparable as text.
  const day = dateTime('en-CA', timeZone, DAY);
  const date = new Date(iso);
  if (day.format(date) === day.format(new Date(now))) return dateTime(locale, timeZone, TIME).format(date);
  return formatDateTime(iso, locale, timeZone);
}
