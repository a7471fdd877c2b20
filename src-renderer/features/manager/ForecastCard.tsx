import type { Forecast } from '@shared/manager/forecast';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../ui/Badge';
import { useStoreLocale } from '../../ui/locale';
import { useManagerSettings } from './state';

const TONE: Record<Forecast['status'], Tone> = {
  nothing_to_do: 'ok',
  on_track: 'ok',
  at_risk: 'bad',
  closed: 'neutral',
  no_rate: 'info',
  no_associates: 'warn',
  no_hours: 'info',
};

/** "Will we make it today?": the answer, and every input it is worked out from (the manager can correct one). */
export function ForecastCard({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation('manager');
  const { locale, timeZone } = useStoreLocale();
  const associates = useManagerSettings((s) => s.associates);
  const setAssociates = useManagerSettings((s) => s.setAssociates);
  const id = useId();
  const time = (iso: string) =>
    iso
      ? new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
          new Date(iso),
        )
      : '';
  const number = (n: number | null) =>
    n === null ? t('notYet') : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  const { inputs } = forecast;
  return (
    <section className={`card forecast forecast--${forecast.status}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('forecast')}</h2>
      <p className="forecast__answer" role="status">
        <Badge tone={TONE[forecast.status]}>
          {t(`forecastStatus.${forecast.status}`, {
            time: time(forecast.clearedAt),
            close: time(forecast.closesAt),
          })}
        </Badge>
      </p>
      <h3>{t('inputs')}</h3>
      <dl className="forecast__inputs">
        <dt>{t('unitsToPick')}</dt>
        <dd>{number(inputs.unitsToPick)}</dd>
        <dt>{t('ordersToPack')}</dt>
        <dd>{number(inputs.ordersToPack)}</dd>
        <dt>{t('pickRate')}</dt>
        <dd>{number(inputs.pickRate)}</dd>
        <dt>{t('packRate')}</dt>
        <dd>{number(inputs.packRate)}</dd>
        <dt>
          <label htmlFor={`${id}-associates`}>{t('associatesNow')}</label>
        </dt>
        <dd>
          <input
            id={`${id}-associates`}
            type="number"
            min={0}
            max={200}
            inputMode="numeric"
            value={associates ?? inputs.associates}
            onChange={(e) => setAssociates(e.target.value === '' ? null : Number(e.target.value))}
          />
        </dd>
        {forecast.hoursNeeded !== null && (
          <>
            <dt>{t('hoursNeeded')}</dt>
            <dd>{number(forecast.hoursNeeded)}</dd>
          </>
        )}
      </dl>
      {forecast.hoursNeeded !== null && inputs.packRate === null && inputs.ordersToPack > 0 && (
        <p className="muted">{t('packingLeftOut')}</p>
      )}
    </section>
  );
}
