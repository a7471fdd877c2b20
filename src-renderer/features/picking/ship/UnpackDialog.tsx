import type { OrderDoc } from '@shared/schemas/order';
import { roleMay } from '@shared/staff/permissions';
import { verifyPin } from '@shared/staff/pin';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { firstValueFrom } from 'rxjs';
import { useRecord, useReplica, useStaffMember } from '../../../data/hooks';
import { currentStaffId } from '../../../state/session';
import { Dialog } from '../../../ui/Dialog';
import { pickingPaths } from '../paths';

/**
 * Unpack before shipping is a manager's call. A manager signed in just confirms;
 * anyone else asks a manager, whose PIN is checked here, offline, and whose id is
 * recorded on the command (the reducer checks their role).
 */
export function UnpackDialog({ order, onClose }: { order: OrderDoc; onClose(): void }) {
  const { t } = useTranslation('picking');
  const record = useRecord();
  const replica = useReplica();
  const navigate = useNavigate();
  const me = useStaffMember(currentStaffId());
  const selfApproved = Boolean(me?.active && roleMay(me.role, 'unpack'));
  const [manager, setManager] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function approver(): Promise<string | null> {
    const staff = await firstValueFrom(replica.views.staffMember$(manager.trim()));
    if (!staff?.active || !(await verifyPin(pin, staff.pin))) {
      setError(t('ship.wrongPin'));
      return null;
    }
    if (!roleMay(staff.role, 'unpack')) {
      setError(t('ship.notManager', { name: staff.displayName }));
      return null;
    }
    return staff.id;
  }

  async function confirm() {
    setBusy(true);
    setError('');
    try {
      const approvedBy = selfApproved ? '' : await approver();
      if (approvedBy === null) return;
      await record('unpack', { orderId: order.id, ...(approvedBy ? { approvedBy } : {}) });
      navigate(pickingPaths.pack(order.id));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t('ship.unpackTitle', { number: order.number })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <p>{t('ship.unpackIntro')}</p>
        {!selfApproved && (
          <>
            <label>
              {t('ship.manager')}
              <input value={manager} autoComplete="off" onChange={(e) => setManager(e.target.value)} />
            </label>
            <label>
              {t('ship.pin')}
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                onChange={(e) => setPin(e.target.value)}
              />
            </label>
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="sheet__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ship.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--danger"
            disabled={busy || (!selfApproved && (!manager.trim() || !pin))}
          >
            {t('ship.unpackConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
