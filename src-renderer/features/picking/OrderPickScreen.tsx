import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrder } from '../../data/hooks';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** One order in the picking workflow (a deep link: survives a reload; the workflow issue builds the steps). */
export function OrderPickScreen() {
  const { t } = useTranslation('picking');
  const { orderId = '' } = useParams();
  const view = useOrder(orderId);
  return (
    <ScreenPlaceholder title={view ? t('order', { number: view.order.number }) : t('title')}>
      {!view && <p>{t('missing')}</p>}
    </ScreenPlaceholder>
  );
}
