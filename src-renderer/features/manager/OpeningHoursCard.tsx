import type { OpeningDay, StoreDoc } from '@shared/schemas/store';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecord } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { useStoreLocale } from '../../ui/locale';
import { TimeField } from '../../ui/TimeField';
import { showToast } from '../../ui/toast';

const DEFAULT_DAY: OpeningDay = { closed: false, open: '10:00', close: '19:00' };
/** 2024-01-01 was a Monday: day names in the store's language, Monday first. */
const MONDAY = Date.UTC(2024, 0, 1, 12);

/** The week's opening hours (the forecast compares the backlog with closing time). */
export function OpeningHoursCard({ store }: { store: StoreDoc }) {
  const { t } = useTranslation('manager');
  const { locale } = useStoreLocale();
  const record = useRecord();
  const saved = store.openingHours ?? Array.from({ length: 7 }, () => DEFAULT_DAY);
  const [draft, setDraft] = useState<OpeningDay[] | null>(null);
  const week = draft ?? saved;
  const name = (i: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(MONDAY + i * 86_400_000),
    );
  const change = (i: number, patch: Partial<OpeningDay>) =>
    setDraft(week.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const invalid = week.some((d) => !d.closed && d.close <= d.open);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    await record('set_opening_hours', { openingHours: week });
    setDraft(null);
    showToast((lng) => t('hoursSaved', { lng }), 'ok');
  }

  return (
    <section className="card dashboard__wide" aria-label={t('hours')}>
      <h2>{t('hours')}</h2>
      <p className="muted">{t('hoursHint')}</p>
      <form onSubmit={save} className="hours">
        {week.map((day, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the seven days of the week, always in this order
          <fieldset key={i} className="hours__day">
            <legend>{name(i)}</legend>
            <label>
              <input
                type="checkbox"
                checked={day.closed}
                aria-label={t('closedDay', { day: name(i) })}
                onChange={(e) => change(i, { closed: e.target.checked })}
              />{' '}
              {t('closed')}
            </label>
            <TimeField
              label={t('opensAt', { day: name(i) })}
              value={day.open}
              disabled={day.closed}
              onChange={(open) => change(i, { open })}
            />
            <TimeField
              label={t('closesAt', { day: name(i) })}
              value={day.close}
              disabled={day.closed}
              onChange={(close) => change(i, { close })}
            />
          </fieldset>
        ))}
        {invalid && (
          <p role="alert" className="error">
            {t('hoursInvalid')}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={invalid || (!draft && Boolean(store.openingHours))}>
          {t('saveHours')}
        </Button>
      </form>
    </section>
  );
}
