import { formatDateTime, formatMoney, formatRelative } from './format';
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

/** A date and time in the store's time zone; relative ("in 20 minutes") when asked. */
export function DateTime({ iso, relative = false }: { iso: string; relative?: boolean }) {
  const { locale, timeZone } = useStoreLocale();
  if (!iso) return null;
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale, timeZone)}>
      {relative ? formatRelative(iso, locale) : formatDateTime(iso, locale, timeZone)}
    </time>
  );
}
