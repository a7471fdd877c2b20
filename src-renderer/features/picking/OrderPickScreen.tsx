import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderView } from '../../data/hooks';
import { RouteOrder } from '../../ui/RouteOrder';
import { pickingPaths } from './paths';
import './picking.css';
import { PickWalk } from './walk/PickWalk';

/** #/orders/:orderId/pick — the walk of one order (a deep link: a scan of its number lands here). */
export function OrderPickScreen() {
  const { t } = useTranslation('picking');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <OrderPick view={view} />}
    </RouteOrder>
  );
}

function OrderPick({ view }: { view: OrderView }) {
  const { t } = useTranslation('picking');
  const { order } = view;
  const ids = useMemo(() => [order.id], [order.id]);
  return (
    <main className="page page--wide picking">
      <header className="page__header">
        <h1>{t('order', { number: order.number })}</h1>
        {order.status === 'packed' && (
          <Link className="btn btn--primary" to={pickingPaths.ship(order.id)}>
            {t('queue.ship', { number: order.number })}
          </Link>
        )}
      </header>
      <PickWalk walkId={`order:${order.id}`} orderIds={ids} />
    </main>
  );
}
