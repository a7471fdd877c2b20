import { ORDER_KINDS } from '@shared/domain/codes';
import { addDays, storeLocalDate } from '@shared/domain/time';
import { capacityId } from '@shared/schemas/capacity';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useStoreCapacity } from '../../data/hooks';
import './manager.css';
import { ManagerOnly } from './ManagerOnly';
import { OpeningHoursCard } from './OpeningHoursCard';
import { PauseCard } from './PauseCard';
import { ReleaseAll } from './ReleaseAll';
import { useNow } from './useNow';
import { WeekLimits } from './WeekLimits';

export const WEEK_DAYS = 7;

/** Steering the store's capacity: pauses, the coming week's limits, opening hours, release all. Offline first. */
export function CapacityScreen() {
  return (
    <ManagerOnly>
      <Capacity />
    </ManagerOnly>
  );
}

function Capacity() {
  const { t } = useTranslation('manager');
  const now = useNow(60_000);
  const store = useStore();
  const today = store ? storeLocalDate(now, store.timezone) : '';
  const dates = useMemo(
    () => (today ? Array.from({ length: WEEK_DAYS }, (_, i) => addDays(today, i)) : []),
    [today],
  );
  const ids = useMemo(() => dates.flatMap((d) => ORDER_KINDS.map((k) => capacityId(d, k))), [dates]);
  const view = useStoreCapacity(ids);
  if (!view) return <p>{t('loading')}</p>;
  return (
    <>
      <header className="page__header">
        <h1>{t('capacity')}</h1>
      </header>
      <div className="dashboard">
        <PauseCard store={view.store} now={now} />
        <ReleaseAll />
        <WeekLimits dates={dates} capacity={view.capacity} />
        <OpeningHoursCard store={view.store} />
      </div>
    </>
  );
}
