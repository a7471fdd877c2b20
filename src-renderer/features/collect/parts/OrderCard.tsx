import { isClosed } from '@shared/domain/order-math';
import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { pickupFlagOf } from '../../../data/hooks';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/Format';

/**
 * Who the order is for, where it waits (the shelf to fetch from, big), until when, and its state.
 * A closed order (collected, cancelled…) is not fetched any more: its shelf is only said, without a date.
 */
export function OrderCard({ order, pending }: { order: OrderDoc; pending: boolean }) {
  const { t } = useTranslation('collect');
  const { t: common } = useTranslation();
  const flag = pickupFlagOf(order, Date.now());
  const closed = isClosed(order.status);
  return (
    <section className="card collect-card" aria-label={order.number}>
      <p className="collect-card__shelf" data-testid="shelf">
        {order.staging
          ? t(closed ? 'shelfClosed' : 'shelf', { location: order.staging.location })
          : t('noShelf')}
      </p>
      <p>
        {t('customer', { name: order.customer.name })}
        {order.customer.phone && <span className="muted"> · {order.customer.phone}</span>}
      </p>
      <p>
        <Badge tone="info">{common(`status_.${order.status}`)}</Badge>{' '}
        {order.pickupBy && !closed && (
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
