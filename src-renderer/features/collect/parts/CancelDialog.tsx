import { CANCEL_REASONS, type CancelReason } from '@shared/domain/codes';
import type { OrderDoc } from '@shared/schemas/order';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

/** Reasons an associate gives at the counter (expiry is the service's). */
const COUNTER_REASONS = CANCEL_REASONS.filter((r) => r !== 'pickup_expired');

/** The customer does not take the order: a reason, then stock goes back and the OMS is told. */
export function CancelDialog({
  order,
  open,
  onClose,
  onCancel,
}: {
  order: OrderDoc;
  open: boolean;
  onClose: () => void;
  onCancel: (reason: CancelReason) => void;
}) {
  const { t } = useTranslation('collect');
  const [reason, setReason] = useState<CancelReason>('customer_request');
  function submit(event: FormEvent) {
    event.preventDefault();
    onCancel(reason);
  }
  return (
    <Dialog open={open} title={t('cancel.title', { number: order.number })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label>
          {t('cancel.reason')}
          <select value={reason} onChange={(e) => setReason(e.target.value as CancelReason)}>
            {COUNTER_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`cancel.reasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="collect-actions">
          <Button type="submit" variant="danger">
            {t('cancel.confirm')}
          </Button>
          <Button onClick={onClose}>{t('cancel.keep')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
