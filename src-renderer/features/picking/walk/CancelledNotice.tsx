import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';

const inHand = (order: OrderDoc) => order.lines.reduce((n, l) => n + Math.max(0, l.picked - l.putAway), 0);

/** Orders of the walk cancelled by the OMS (or moved away) since the walk began: said at once, in words. */
export function CancelledNotice({ orders }: { orders: readonly (OrderDoc | undefined)[] }) {
  const { t } = useTranslation('picking');
  const cancelled = orders.filter((o): o is OrderDoc => Boolean(o?.cancellation));
  if (cancelled.length === 0) return null;
  return (
    <div role="alert" className="walk__cancelled">
      {cancelled.map((order) => {
        const count = inHand(order);
        return (
          <p key={order.id}>
            {count > 0
              ? t('walk.cancelled', { number: order.number, count })
              : t('walk.cancelledNothing', { number: order.number })}
          </p>
        );
      })}
    </div>
  );
}
