import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrder } from '../../data/hooks';
import { pickingPaths } from './paths';
import './picking.css';
import { PickWalk } from './walk/PickWalk';

/** #/orders/:orderId/pick — the walk of one order (a deep link: a scan of its number lands here). */
export function OrderPickScreen() {
  const { t } = useTranslation('picking');
  const { orderId = '' } = useParams();
  const view = useOrder(orderId);
  const ids = useMemo(() => [orderId], [orderId]);
  if (!view) {
    return (
      <main className="page">
        <h1>{t('title')}</h1>
        <p>{t('missing')}</p>
      </main>
    );
  }
  const { order } = view;
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
      <PickWalk walkId={`order:${orderId}`} orderIds={ids} />
    </main>
  );
}
