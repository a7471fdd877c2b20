import type { CancelReason } from '@shared/domain/codes';
import { isClosed, isResolved, picked, refused } from '@shared/domain/order-math';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import type { OrderView } from '../../data/hooks';
import { PrintMenu } from '../../print/PrintMenu';
import { usePermission } from '../../state/permission';
import { Button } from '../../ui/Button';
import { RouteOrder } from '../../ui/RouteOrder';
import { showToast } from '../../ui/toast';
import { CancelDialog } from './parts/CancelDialog';
import { OrderCard } from './parts/OrderCard';
import { Outcomes } from './parts/Outcomes';
import { useCounterRecord } from './parts/useCounterRecord';
import { collectable } from './rules';
import { useHandoverDraft } from './state';
import './collect.css';

/** One Click & Collect order: where it is, what is in it, and the next thing to do with it. */
export function OrderCollectScreen() {
  const { t } = useTranslation('collect');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <OrderCollect view={view} />}
    </RouteOrder>
  );
}

function OrderCollect({ view }: { view: OrderView }) {
  const { t } = useTranslation('collect');
  const { t: common, i18n } = useTranslation();
  const navigate = useNavigate();
  const record = useCounterRecord();
  const { clear } = useHandoverDraft(view.order.id);
  const [cancelling, setCancelling] = useState(false);
  // Offered to the roles the shared permissions table allows (the reducer checks the same table).
  const mayHandOver = usePermission('handover');
  const mayCancel = usePermission('cancel_at_counter');
  const mayStage = usePermission('ready_for_pickup');
  const { order, pending } = view;
  const closed = isClosed(order.status) || order.kind !== 'click_and_collect';
  const toPick = !order.lines.every(isResolved);
  const canStage = !closed && !toPick && order.lines.some((l) => picked(l) > 0) && !order.handovers.length;
  const canHandOver = !closed && order.lines.some((l) => collectable(l) > 0);

  async function cancel(reason: CancelReason) {
    setCancelling(false);
    if (await record('cancel_at_counter', { orderId: order.id, reason })) {
      clear();
      showToast((lng) => t('cancel.done', { lng, number: order.number }), 'ok');
    }
  }

  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('order', { number: order.number })}</h1>
        <PrintMenu order={order} />
      </header>
      <OrderCard order={order} pending={pending.length > 0} />
      <section className="card">
        <table className="table" aria-label={t('line.item')}>
          <thead>
            <tr>
              <th scope="col">{t('line.item')}</th>
              <th scope="col">{t('line.ordered')}</th>
              <th scope="col">{t('line.picked')}</th>
              <th scope="col">{t('line.handedOver')}</th>
              <th scope="col">{t('line.refused')}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  {line.name} <small className="muted">{line.sku}</small>
                </td>
                <td>{line.ordered}</td>
                <td>{picked(line)}</td>
                <td>{line.handedOver}</td>
                <td>{refused(line) + line.rejected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Outcomes order={order} />
      <section className="collect-actions" aria-label={t('title')}>
        {closed ? (
          <p role="status">
            {t('closed', { status: common(`status_.${order.status}`).toLocaleLowerCase(i18n.language) })}
          </p>
        ) : (
          <>
            {toPick && (
              <Link className="btn btn--primary" to={paths.orderPick(order.id)}>
                {t('action.pick')}
              </Link>
            )}
            {mayHandOver && canHandOver && order.staging && (
              <Button
                variant="primary"
                onClick={() => navigate(`/collect/${encodeURIComponent(order.id)}/verify`)}
              >
                {t('action.handover')}
              </Button>
            )}
            {mayStage && canStage && (
              <Button
                variant={order.staging ? 'plain' : 'primary'}
                onClick={() => navigate(`/collect/${encodeURIComponent(order.id)}/stage`)}
              >
                {order.staging ? t('action.moveShelf') : t('action.stage')}
              </Button>
            )}
            {mayCancel && (
              <Button variant="danger" onClick={() => setCancelling(true)}>
                {t('action.cancel')}
              </Button>
            )}
          </>
        )}
        <Link className="btn" to={paths.collect}>
          {t('action.counter')}
        </Link>
      </section>
      <CancelDialog
        order={order}
        open={cancelling}
        onClose={() => setCancelling(false)}
        onCancel={(r) => void cancel(r)}
      />
    </main>
  );
}
