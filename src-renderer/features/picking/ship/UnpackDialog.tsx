import type { OrderDoc } from '@shared/schemas/order';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRecord } from '../../../data/hooks';
import { Dialog } from '../../../ui/Dialog';
import { pickingPaths } from '../paths';

/** Unpack before shipping: a manager allows it; who allowed it is recorded on the command. */
export function UnpackDialog({ order, onClose }: { order: OrderDoc; onClose(): void }) {
  const { t } = useTranslation('picking');
  const record = useRecord();
  const navigate = useNavigate();
  const [manager, setManager] = useState('');
  const approvedBy = manager.trim();
  const valid = /^[0-9A-Za-z_.-]{1,64}$/.test(approvedBy);
  return (
    <Dialog open title={t('ship.unpackTitle', { number: order.number })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          void record('unpack', { orderId: order.id, approvedBy }).then(() =>
            navigate(pickingPaths.pack(order.id)),
          );
        }}
      >
        <p>{t('ship.unpackIntro')}</p>
        <label>
          {t('ship.manager')}
          <input value={manager} onChange={(e) => setManager(e.target.value)} />
        </label>
        <div className="sheet__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ship.cancel')}
          </button>
          <button type="submit" className="btn btn--danger" disabled={!valid}>
            {t('ship.unpackConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
