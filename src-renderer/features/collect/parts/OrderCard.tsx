import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { pickupFlagOf } from '../../../data/hooks';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/Format';

/** Who the order is for, where it waits (the shelf to fetch from, big), until when, and its state. */
export function OrderCard({ order, pending }: { order: OrderDoc; pending: boolean }) {
  const { t } = useTranslation('collect');
  const { t: common } = useTranslation();
  const flag = pickupFlagOf(order, Date.now());
  return (
    <section className="card collect-card" aria-label={order.number}>
      <p className="collect-card__shelf" data-testid="shelf">
        {order.staging ? t('shelf', { location: order.staging.location }) : t('noShelf')}
      </p>
      <p>
        {t('customer', { name: order.customer.name })}
        {order.customer.phone && <span className="muted"> · {order.customer.phone}</span>}
      </p>
      <p>
        <Badge tone="info">{common(`status_.${order.status}`)}</Badge>{' '}
        {order.pickupBy && (
          <>
            {t('pickupBy', { when: '' })}
            <DateTime iso={order.pickupBy} />
          </>
        )}{' '}
        {flag && <Badge tone={flag === 'overdue' ? 'bad' : 'warn'}>{t(`flag.${flag}`)}</Badge>}
      </p>
      {pending && (
        <p className="muted" role="status">
          {t('pending')}
        </p>
      )}
    </section>
  );
}
