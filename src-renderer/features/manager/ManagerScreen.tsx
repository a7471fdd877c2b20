import { dayCsv } from '@shared/manager/csv';
import { useTranslation } from 'react-i18next';
import { STAGES, useStaff } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { useStoreLocale } from '../../ui/locale';
import { CapacityBar } from './CapacityBar';
import { CountBars, ThroughputChart } from './Charts';
import { DayLists } from './DayLists';
import { ForecastCard } from './ForecastCard';
import './manager.css';
import { ManagerOnly } from './ManagerOnly';
import { useDayFigures } from './useDayFigures';

/** The day's picture, from this device's replica: works offline, follows every change live. */
export function ManagerScreen() {
  return (
    <ManagerOnly>
      <Dashboard />
    </ManagerOnly>
  );
}

function Dashboard() {
  const { t } = useTranslation('manager');
  const { locale, timeZone } = useStoreLocale();
  const figures = useDayFigures();
  const staff = useStaff();
  if (!figures) return <p>{t('loading')}</p>;
  const { day, storeId } = figures;
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.displayName ?? id;
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(day.now),
  );

  function exportCsv() {
    const blob = new Blob([dayCsv(storeId, day)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${storeId}-${day.date}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <>
      <header className="page__header">
        <div>
          <h1>{t('dashboard')}</h1>
          <p className="muted">{t('updated', { time })}</p>
        </div>
        <Button onClick={exportCsv}>{t('exportCsv')}</Button>
      </header>
      <div className="dashboard">
        <ForecastCard forecast={day.forecast} />
        <section className="card" aria-label={t('capacityToday')}>
          <h2>{t('capacityToday')}</h2>
          {day.capacity.map((c) => (
            <CapacityBar key={c.kind} capacity={c} />
          ))}
          {day.flagged.length > 0 && (
            <>
              <h3>{t('flagged')}</h3>
              <ul aria-label={t('flagged')}>
                {day.flagged.map((f) => (
                  <li key={f.orderId}>
                    {f.number} · {t(`kind.${f.kind}`)} · {t(`flaggedReason.${f.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-label={t('backlog')}>
          <h2>{t('backlog')}</h2>
          <CountBars
            title={t('backlog')}
            rows={STAGES.map((s) => ({ label: t(`stage.${s}`), value: day.backlog[s] }))}
          />
        </section>
        <section className="card" aria-label={t('aging')}>
          <h2>{t('aging')}</h2>
          <dl className="aging">
            <div className="aging__late">
              <dt>{t('late')}</dt>
              <dd>{day.aging.late}</dd>
            </div>
            <div className="aging__soon">
              <dt>{t('dueSoon')}</dt>
              <dd>{day.aging.dueSoon}</dd>
            </div>
            <div>
              <dt>{t('onTime')}</dt>
              <dd>{day.aging.onTime}</dd>
            </div>
          </dl>
        </section>
        <section className="card dashboard__wide" aria-label={t('throughput')}>
          <h2>{t('throughput')}</h2>
          {day.throughput.length > 0 ? (
            <ThroughputChart hours={day.throughput} />
          ) : (
            <p className="muted">{t('nobodyYet')}</p>
          )}
        </section>
        <DayLists day={day} nameOf={nameOf} />
      </div>
    </>
  );
}
