import { formatDateTime, formatDue, formatMoney, formatRelative } from './format';
import { useStoreLocale } from './locale';

/** An amount in minor units, in the store's currency and locale (12,50 €). */
export function Money({ minor }: { minor: number }) {
  const { locale, currency } = useStoreLocale();
  return <>{formatMoney(minor, currency, locale)}</>;
}

/** A count of units, with the store's digit grouping (1 234). */
export function Quantity({ value, unit }: { value: number; unit?: string }) {
  const { locale } = useStoreLocale();
  const n = new Intl.NumberFormat(locale).format(value);
  return <>{unit ? `${n} ${unit}` : n}</>;
}

const FORMATS = {
  full: formatDateTime,
  due: (iso: string, locale: string, timeZone: string) => formatDue(iso, locale, timeZone),
  relative: (iso: string, locale: string) => formatRelative(iso, locale),
};

/**
 * A date and time in the store's time zone: in full, as a deadline (the time alone
 * when it is today), or relative ("20 minutes ago"). Hovering shows it in full.
 */
export function DateTime({ iso, format = 'full' }: { iso: string; format?: keyof typeof FORMATS }) {
  const { locale, timeZone } = useStoreLocale();
  if (!iso) return null;
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale, timeZone)}>
      {FORMATS[format](iso, locale, timeZone)}
    </time>
  );
}
