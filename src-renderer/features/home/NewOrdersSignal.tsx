import { useTranslation } from 'react-i18next';

/**
 * The discreet signal of orders that synced in while the associate was on this screen: a small pill in
 * the header, announced politely to screen readers, that shows them and goes away once looked at.
 */
export function NewOrdersSignal({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation('home');
  return (
    <div role="status" aria-live="polite" className="arrivals">
      {count > 0 && (
        <button type="button" className="arrivals__pill" onClick={onShow}>
          <span className="arrivals__dot" aria-hidden="true" />
          {t('newOrders', { count })}
        </button>
      )}
    </div>
  );
}
