import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';

/** Said at once on the pack and ship screens when the OMS cancels the order meanwhile. */
export function CancelledOrder({ order }: { order: OrderDoc }) {
  const { t } = useTranslation('picking');
  if (!order.cancellation) return null;
  return (
    <p role="alert" className="walk__cancelled">
      {t('cancelledOrder', { number: order.number })}
    </p>
  );
}
