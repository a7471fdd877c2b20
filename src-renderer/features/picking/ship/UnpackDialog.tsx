import type { OrderDoc } from '@shared/schemas/order';
import { roleMay } from '@shared/staff/permissions';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRecord, useStaffMember } from '../../../data/hooks';
import { currentStaffId } from '../../../state/session';
import { Dialog } from '../../../ui/Dialog';
import { ApproverFields, useManagerApproval } from '../../../ui/ManagerApproval';
import { pickingPaths } from '../paths';

/**
 * Unpack before shipping is a manager's call. A manager signed in just confirms;
 * anyone else asks a manager, whose PIN is checked here, offline, and whose id is
 * recorded on the command (the reducer checks their role).
 */
export function UnpackDialog({ order, onClose }: { order: OrderDoc; onClose(): void }) {
  const { t } = useTranslation('picking');
  const record = useRecord();
  const navigate = useNavigate();
  const me = useStaffMember(currentStaffId());
  const selfApproved = Boolean(me?.active && roleMay(me.role, 'unpack'));
  const approval = useManagerApproval('unpack');
  const [busy, setBusy] = useState(false);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const approvedBy = selfApproved ? '' : await approval.check();
      if (approvedBy === null) return;
      await record('unpack', { orderId: order.id, ...(approvedBy ? { approvedBy } : {}) });
      navigate(pickingPaths.pack(order.id));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t('ship.unpackTitle', { number: order.number })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void confirm(e)}>
        <p>{t('ship.unpackIntro')}</p>
        {!selfApproved && <ApproverFields approval={approval} />}
        <div className="sheet__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ship.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--danger"
            disabled={busy || (!selfApproved && !approval.ready)}
          >
            {t('ship.unpackConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
