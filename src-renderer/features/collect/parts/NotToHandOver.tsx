import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { handoverBlocked } from '../rules';

/**
 * On every handover step: the order was cancelled, released or moved while the customer was at the
 * counter (the device heard it from the service), so the goods must not leave. Offline the device cannot
 * know; such a handover is kept and explained afterwards (handover_after_cancel).
 */
export function NotToHandOver({ order }: { order: OrderDoc }) {
  const { t, i18n } = useTranslation('collect');
  const { t: common } = useTranslation();
  if (!handoverBlocked(order)) return null;
  return (
    <p role="alert" className="collect-refused">
      {t('steps.blocked', { status: common(`status_.${order.status}`).toLocaleLowerCase(i18n.language) })}{' '}
      <Link to={paths.orderCollect(order.id)}>{t('action.back')}</Link>
    </p>
  );
}
