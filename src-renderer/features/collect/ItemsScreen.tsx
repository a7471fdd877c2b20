import { sameItem } from '@shared/domain/barcode';
import { REFUSE_REASONS, type RefuseReason } from '@shared/domain/codes';
import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useStore } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { RouteOrder } from '../../ui/RouteOrder';
import { NotToHandOver } from './parts/NotToHandOver';
import { OrderCard } from './parts/OrderCard';
import { Steps } from './parts/Steps';
import { collectable, handoverBlocked, planOf, planProblem } from './rules';
import { useHandoverDraft } from './state';
import './collect.css';

/** Step 2: what the customer takes, line by line; refused units need a reason (they go back to stock). */
export function ItemsScreen() {
  const { t } = useTranslation('collect');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Items order={view.order} pending={view.pending.length > 0} />}
    </RouteOrder>
  );
}

function Items({ order, pending }: { order: OrderDoc; pending: boolean }) {
  const { t } = useTranslation('collect');
  const navigate = useNavigate();
  const store = useStore();
  const scanRequired = store?.settings.handoverScan ?? false;
  const { draft, update } = useHandoverDraft(order.id);
  const plan = planOf(order, draft);
  const problem = planProblem(order, draft, scanRequired);

  useScan((scan) => {
    const entry = plan.find((p) => {
      const line = order.lines.find((l) => l.id === p.lineId);
      return line && sameItem(scan.code, line.barcodes) && (draft.scanned[p.lineId] ?? 0) < p.take;
    });
    if (!entry) {
      wrongScan(scan.code, t('items.expected'));
      return;
    }
    goodScan();
    update({ scanned: { ...draft.scanned, [entry.lineId]: (draft.scanned[entry.lineId] ?? 0) + 1 } });
  });

  if (!draft.verified) return <Navigate to={`/collect/${encodeURIComponent(order.id)}/verify`} replace />;

  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('items.title', { number: order.number })}</h1>
      </header>
      <Steps orderId={order.id} current="items" verified={draft.verified} />
      <NotToHandOver order={order} />
      <OrderCard order={order} pending={pending} />
      <section className="card">
        {scanRequired && <p>{t('items.scan')}</p>}
        <ul className="list">
          {plan.map((p) => {
            const line = order.lines.find((l) => l.id === p.lineId);
            if (!line) return null;
            const max = collectable(line);
            return (
              <li key={line.id} className="list__row collect-line">
                <span>
                  <strong>{line.name}</strong> <small className="muted">{line.sku}</small>
                  {scanRequired && (
                    <small className="muted">
                      {' '}
                      · {t('items.scanned', { done: draft.scanned[line.id] ?? 0, count: p.take })}
                    </small>
                  )}
                </span>
                <label>
                  {t('items.take')}{' '}
                  <input
                    type="number"
                    min={0}
                    max={max}
                    value={p.take}
                    aria-label={t('items.takeOf', { name: line.name })}
                    onChange={(e) => {
                      const take = Math.min(max, Math.max(0, Math.trunc(Number(e.target.value) || 0)));
                      update({ take: { ...draft.take, [line.id]: take } });
                    }}
                  />{' '}
                  / {max}
                </label>
                {p.refuse > 0 && (
                  <label>
                    {t('items.refuse', { count: p.refuse })}{' '}
                    <select
                      aria-label={t('items.reason', { name: line.name })}
                      value={p.reason}
                      onChange={(e) =>
                        update({
                          reasons: { ...draft.reasons, [line.id]: e.target.value as RefuseReason | '' },
                        })
                      }
                    >
                      {(['', ...REFUSE_REASONS] as const).map((r) => (
                        <option key={r} value={r}>
                          {t(`items.reasons.${r}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </li>
            );
          })}
        </ul>
        {problem && (
          <p role="status" className="collect-warn">
            {problem === 'nothing'
              ? t('items.nothing')
              : problem === 'reason'
                ? t('items.needReason')
                : t('items.needScan')}
          </p>
        )}
      </section>
      <div className="collect-actions">
        <Button
          variant="primary"
          disabled={problem !== undefined || handoverBlocked(order)}
          onClick={() => navigate(`/collect/${encodeURIComponent(order.id)}/sign`)}
        >
          {t('items.next')}
        </Button>
        <Link className="btn" to={paths.orderCollect(order.id)}>
          {t('action.back')}
        </Link>
      </div>
    </main>
  );
}
