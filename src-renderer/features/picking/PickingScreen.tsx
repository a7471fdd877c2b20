import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useOrderQueue, useRecordAll } from '../../data/hooks';
import { currentStaffId } from '../../state/session';
import { DateTime } from '../../ui/Format';
import { pickingPaths } from './paths';
import { StaffNames } from './StaffNames';
import './picking.css';
import { usePicking } from './state';

const KIND = 'ship_from_store';

/**
 * Where picking starts: the orders to pick, most urgent first. Start the next N
 * most urgent, or the ones ticked; starting claims them for the associate.
 */
export function PickingScreen() {
  const { t } = useTranslation('picking');
  const toPick = useOrderQueue({ kind: KIND, stage: 'to_pick' });
  const picking = useOrderQueue({ kind: KIND, stage: 'picking' });
  const toPack = useOrderQueue({ kind: KIND, stage: 'to_pack' });
  const toShip = useOrderQueue({ kind: KIND, stage: 'to_ship' });
  const batches = usePicking((s) => s.batches);
  const startBatch = usePicking((s) => s.startBatch);
  const recordAll = useRecordAll();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>([]);
  const [next, setNext] = useState('5');
  const queue = [...toPick, ...picking];

  async function start(orderIds: string[]) {
    if (orderIds.length === 0) return;
    const staffId = currentStaffId();
    const id = startBatch(orderIds, staffId);
    navigate(pickingPaths.walk(id));
    await recordAll(
      'start_pick',
      orderIds.map((orderId) => ({ orderId })),
    );
  }

  const n = Math.max(1, Math.min(50, Number.parseInt(next, 10) || 1));
  return (
    <main className="page page--wide picking">
      <header className="page__header">
        <h1>{t('title')}</h1>
      </header>
      {Object.values(batches).length > 0 && (
        <section className="card" aria-label={t('queue.inProgress')}>
          <h2>{t('queue.inProgress')}</h2>
          {Object.values(batches).map((b) => (
            <Link key={b.id} className="btn" to={pickingPaths.walk(b.id)}>
              {t('queue.resume', { count: b.orderIds.length })}
            </Link>
          ))}
        </section>
      )}
      <section className="card">
        <form
          className="picking__start"
          onSubmit={(e) => {
            e.preventDefault();
            void start(toPick.slice(0, n).map((o) => o.id));
          }}
        >
          <label>
            {t('queue.nextLabel')}
            <input type="number" min={1} max={50} value={next} onChange={(e) => setNext(e.target.value)} />
          </label>
          <button type="submit" className="btn btn--primary" disabled={toPick.length === 0}>
            {t('queue.startNext', { count: Math.min(n, toPick.length) })}
          </button>
          <button
            type="button"
            className="btn"
            disabled={selected.length === 0}
            onClick={() => void start(selected)}
          >
            {t('queue.startSelected', { count: selected.length })}
          </button>
        </form>
        {queue.length === 0 ? (
          <p className="muted">{t('queue.empty')}</p>
        ) : (
          <ul className="picking__queue" aria-label={t('queue.label')}>
            {queue.map((order) => {
              const others = order.pickers.filter((p) => p !== currentStaffId());
              const units = order.lines.reduce((s, l) => s + l.ordered, 0);
              return (
                <li key={order.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(order.id)}
                      onChange={(e) =>
                        setSelected((s) =>
                          e.target.checked ? [...s, order.id] : s.filter((id) => id !== order.id),
                        )
                      }
                      aria-label={t('queue.select', { number: order.number })}
                    />
                    <strong>{order.number}</strong>
                  </label>
                  <span>{t('queue.items', { count: units })}</span>
                  <DateTime iso={order.promisedBy} format="due" />
                  {order.pickers.length > 0 && (
                    <span className="badge badge--warn">
                      <Trans
                        t={t}
                        i18nKey="queue.beingPickedBy"
                        components={{ who: <StaffNames ids={others.length ? others : order.pickers} /> }}
                      />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t('queue.toPack')}</h2>
        <div className="picking__links">
          {toPack.map((o) => (
            <Link key={o.id} className="btn" to={pickingPaths.pack(o.id)}>
              {t('queue.pack', { number: o.number })}
            </Link>
          ))}
        </div>
        <h2>{t('queue.toShip')}</h2>
        <div className="picking__links">
          {toShip.map((o) => (
            <Link key={o.id} className="btn" to={pickingPaths.ship(o.id)}>
              {t('queue.ship', { number: o.number })}
            </Link>
          ))}
        </div>
      </section>
    </main>
  );
}
