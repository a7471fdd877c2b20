import { TASK_KINDS } from '@shared/domain/codes';
import type { DayFigures } from '@shared/manager/day';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreLocale } from '../../ui/locale';
import { useManagerSettings } from './state';

/** The day's tables: who did what, what was rejected, who has not come, what is left to follow up. */
export function DayLists({ day, nameOf }: { day: DayFigures; nameOf: (staffId: string) => string }) {
  const { t } = useTranslation('manager');
  const { locale, timeZone } = useStoreLocale();
  const waitingDays = useManagerSettings((s) => s.waitingDays);
  const setWaitingDays = useManagerSettings((s) => s.setWaitingDays);
  const id = useId();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  return (
    <>
      <section className="card" aria-label={t('associates')}>
        <h2>{t('associates')}</h2>
        {day.associates.length === 0 ? (
          <p className="muted">{t('nobodyYet')}</p>
        ) : (
          <table className="table" aria-label={t('associates')}>
            <thead>
              <tr>
                <th scope="col">{t('associate')}</th>
                <th scope="col">{t('picked')}</th>
                <th scope="col">{t('packed')}</th>
                <th scope="col">{t('handedOver')}</th>
              </tr>
            </thead>
            <tbody>
              {day.associates.map((a) => (
                <tr key={a.staffId}>
                  <th scope="row">{nameOf(a.staffId)}</th>
                  <td>{number(a.picked)}</td>
                  <td>{a.packed}</td>
                  <td>{a.handedOver}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-label={t('rejections')}>
        <h2>{t('rejections')}</h2>
        {day.rejectionReasons.length === 0 ? (
          <p className="muted">{t('noRejections')}</p>
        ) : (
          <>
            <ol aria-label={t('rejections')}>
              {day.rejectionReasons.map((r) => (
                <li key={r.key}>
                  {t(`rejectReason.${r.key}`, { defaultValue: r.key })} · {t('units', { count: r.count })}
                </li>
              ))}
            </ol>
            <h3>{t('rejectedItems')}</h3>
            <ol aria-label={t('rejectedItems')}>
              {day.rejectedItems.map((r) => (
                <li key={r.key}>
                  {r.name} <span className="muted">({r.key})</span> · {t('units', { count: r.count })}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section className="card" aria-label={t('collectWaiting')}>
        <h2>{t('collectWaiting')}</h2>
        <label htmlFor={`${id}-days`} className="inline-field">
          {t('waitingDays')}
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={60}
            value={waitingDays}
            onChange={(e) => setWaitingDays(Number(e.target.value) || 1)}
          />
        </label>
        {day.collectWaiting.length === 0 ? (
          <p className="muted">{t('noneWaiting')}</p>
        ) : (
          <ul aria-label={t('collectWaiting')}>
            {day.collectWaiting.map((w) => (
              <li key={w.orderId}>
                <strong>{w.number}</strong> ·{' '}
                {w.why === 'past_pickup_by'
                  ? t('pastPickupBy', { when: date(w.pickupBy) })
                  : t('waitingLong', { when: date(w.since) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-label={t('tasks')}>
        <h2>{t('tasks')}</h2>
        <dl className="counts">
          {TASK_KINDS.map((k) => (
            <div key={k}>
              <dt>{t(`taskKind.${k}`)}</dt>
              <dd>{day.tasks[k]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
