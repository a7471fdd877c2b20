import { ADJUST_REASONS, type AdjustReason } from '@shared/domain/codes';
import { storeSettings } from '@shared/domain/store-settings';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecord, useStore } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ApproverFields, useManagerApproval } from '../../ui/ManagerApproval';

/** Units found or lost outside any order: a signed quantity and why. Above the limit a manager approves. */
export function AdjustDialog({ sku, open, onClose }: { sku: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('stock');
  const record = useRecord();
  const approval = useManagerApproval('adjust_above_limit');
  const limit = storeSettings(useStore()?.settings).adjustUnitsLimit;
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState<AdjustReason | ''>('');
  const [error, setError] = useState('');
  const units = Math.trunc(Number(delta));
  const needsManager = Number.isFinite(units) && Math.abs(units) > limit;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!Number.isSafeInteger(units) || units === 0) return setError(t('adjustBadDelta'));
    if (!reason) return setError(t('adjustNeedReason'));
    let approvedBy = '';
    if (needsManager) {
      setError('');
      const approver = await approval.check();
      if (!approver) return;
      approvedBy = approver;
    }
    await record('adjust_stock', { sku, delta: units, reason, ...(approvedBy ? { approvedBy } : {}) });
    setDelta('');
    setReason('');
    approval.reset();
    setError('');
    onClose();
  }

  return (
    <Dialog open={open} title={t('adjustTitle')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('adjustDelta')}
          <input inputMode="numeric" value={delta} onChange={(e) => setDelta(e.target.value)} />
        </label>
        <label>
          {t('adjustReasonLabel')}
          <select value={reason} onChange={(e) => setReason(e.target.value as AdjustReason)}>
            <option value="">{t('chooseReason')}</option>
            {ADJUST_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`adjustReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {needsManager && (
          <>
            <p role="note">{t('adjustAboveLimit', { limit })}</p>
            <ApproverFields approval={approval} />
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="stock__actions">
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('adjustRecord')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
