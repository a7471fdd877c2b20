import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { orderPath, paths } from '../../app/paths';
import {
  byUrgency,
  STAGES,
  type Stage,
  useFindByCode,
  useOpenTasks,
  useOrderArrivals,
  useQueues,
  useReturnsSince,
} from '../../data/hooks';
import { wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { SearchForm } from '../../ui/SearchForm';
import { NewOrdersSignal } from './NewOrdersSignal';
import { OrderTable } from './OrderTable';
import { QueueTiles, type Selection } from './QueueTiles';

const MINUTE = 60_000;

/** "Now", refreshed each minute so lateness moves on by itself. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function startOfDay(now: number): string {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.toISOString();
}

const isStage = (value: string | null): value is Stage => STAGES.includes(value as Stage);

/** The day's work: every queue with its count, the selected one below, most urgent first; scan to jump. */
export function HomeScreen() {
  const { t } = useTranslation('home');
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const now = useMinute();
  const queues = useQueues();
  const tasks = useOpenTasks();
  const returns = useReturnsSince(startOfDay(now));
  const find = useFindByCode();
  const { arrived, unseen, acknowledge } = useOrderArrivals();
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const selected: Selection = isStage(stageParam) ? stageParam : 'all';

  const shown = useMemo(
    () => (selected === 'all' ? STAGES.flatMap((s) => queues[s]).sort(byUrgency) : queues[selected]),
    [queues, selected],
  );
  const counts = Object.fromEntries(STAGES.map((s) => [s, queues[s].length])) as Record<Stage, number>;

  async function go(code: string) {
    const found = await find(code);
    if (!found) wrongScan(code, common('scan.anything'));
    else if ('order' in found) navigate(orderPath(found.order));
    else navigate(paths.product(found.product.sku));
  }
  useScan((scan) => void go(scan.code));

  return (
    <main className="page page--wide">
      <div className="page__header">
        <h1>{t('title')}</h1>
        <NewOrdersSignal
          count={unseen}
          onShow={() => {
            setParams({}, { replace: true });
            window.scrollTo({ top: 0 });
            acknowledge();
          }}
        />
        <SearchForm
          label={t('search')}
          button={t('searchButton')}
          clearOnSearch
          onSearch={(code) => void go(code)}
        />
      </div>
      <QueueTiles
        counts={counts}
        total={STAGES.reduce((n, s) => n + counts[s], 0)}
        selected={selected}
        onSelect={(s) => setParams(s === 'all' ? {} : { stage: s }, { replace: true })}
      />
      <nav className="tiles tiles--secondary" aria-label={t('title')}>
        <button
          type="button"
          className={tasks.length === 0 ? 'tile tile--empty' : 'tile'}
          aria-label={t('tile', { label: t('openTasks'), count: tasks.length })}
          onClick={() => navigate(paths.inbox)}
        >
          <span className="tile__count">{tasks.length}</span>
          <span className="tile__label">{t('openTasks')}</span>
        </button>
        <button
          type="button"
          className={returns.length === 0 ? 'tile tile--empty' : 'tile'}
          aria-label={t('tile', { label: t('returnsToday'), count: returns.length })}
          onClick={() => navigate(paths.returns)}
        >
          <span className="tile__count">{returns.length}</span>
          <span className="tile__label">{t('returnsToday')}</span>
        </button>
      </nav>
      <section className="card" aria-labelledby="queue-title">
        <h2 id="queue-title">{selected === 'all' ? t('all') : t(`stage.${selected}`)}</h2>
        <OrderTable orders={shown} label={t('orders')} now={now} arrived={arrived} />
      </section>
    </main>
  );
}
