import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Money } from '../../../ui/Format';
import { useStoreLocale } from '../../../ui/locale';
import { ApproverFields, useManagerApproval } from '../../../ui/ManagerApproval';
import type { RefundOverride } from '../draft';

/** Minor units of an amount typed in the store's currency ("12,50" or "12.50" → 1250). */
export function parseAmount(text: string, currency: string, locale: string): number | null {
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2;
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Math.round(Number(normalised) * 10 ** digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** A manager changes the refund: new amount, why, and their PIN (recorded on the return). */
export function RefundEdit({
  open,
  computed,
  onClose,
  onApproved,
}: {
  open: boolean;
  computed: number;
  onClose: () => void;
  onApproved: (override: RefundOverride) => void;
}) {
  const { t } = useTranslation('returns');
  const { locale, currency } = useStoreLocale();
  const approval = useManagerApproval('edit_refund');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = parseAmount(amount, currency, locale);
    if (minor === null) return setError(t('edit.badAmount'));
    if (!reason.trim()) return setError(t('edit.needReason'));
    setError('');
    const staffId = await approval.check();
    if (!staffId) return;
    approval.reset();
    onApproved({ amount: minor, reason: reason.trim(), managerId: staffId });
  }

  return (
    <Dialog open={open} title={t('edit.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted">
          {t('edit.computed')} <Money minor={computed} />
        </p>
        <label>
          {t('edit.amount', { currency })}
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          {t('edit.reason')}
          <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ApproverFields approval={approval} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="returns__footer">
          <Button onClick={onClose}>{t('edit.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('edit.approve')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
