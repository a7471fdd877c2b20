import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreLocale } from './locale';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time of day ("HH:MM", 24-hour inside) picked as an hour and a minute, the hours labelled in the
 * store's conventions (09 h in a French store, 9 AM in an American one) whatever the browser's own locale
 * — a native time input would follow the browser. Touch-friendly; `optional` offers "no time".
 */
export function TimeField({
  label,
  value,
  onChange,
  disabled = false,
  optional = false,
  minuteStep = 5,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  optional?: boolean;
  minuteStep?: number;
}) {
  const { t } = useTranslation();
  const { locale } = useStoreLocale();
  const hourLabel = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
    return (h: number) => format.format(Date.UTC(2026, 0, 1, h));
  }, [locale]);
  const [hour = '', minute = '00'] = value ? value.split(':') : [];
  const minutes = useMemo(() => {
    const steps = Array.from({ length: Math.ceil(60 / minuteStep) }, (_, i) => pad(i * minuteStep));
    return steps.includes(minute) ? steps : [...steps, minute].sort();
  }, [minuteStep, minute]);

  return (
    <fieldset className="time-field">
      <legend className="visually-hidden">{label}</legend>
      <select
        aria-label={t('time.hourOf', { label })}
        value={hour}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value ? `${e.target.value}:${minute}` : '')}
      >
        {optional && <option value="">{t('time.none')}</option>}
        {HOURS.map((h) => (
          <option key={h} value={pad(h)}>
            {hourLabel(h)}
          </option>
        ))}
      </select>
      <span aria-hidden="true">:</span>
      <select
        aria-label={t('time.minuteOf', { label })}
        value={minute}
        disabled={disabled || hour === ''}
        onChange={(e) => onChange(`${hour}:${e.target.value}`)}
      >
        {minutes.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
