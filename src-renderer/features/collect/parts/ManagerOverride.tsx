import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckOverride } from '../../../data/hooks';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

/** A manager lets a handover go despite a wrong code: their id (or badge scan) and PIN, checked offline. */
export function ManagerOverride({
  open,
  onClose,
  onAllowed,
}: {
  open: boolean;
  onClose: () => void;
  onAllowed: (managerId: string) => void;
}) {
  const { t } = useTranslation('collect');
  const check = useCheckOverride('override_pickup_code');
  const [who, setWho] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await check(who, pin);
    setBusy(false);
    setPin('');
    if (result.ok) {
      setError('');
      onAllowed(result.managerId);
    } else setError(t(`manager.${result.reason}`));
  }

  return (
    <Dialog open={open} title={t('manager.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>{t('manager.why')}</p>
        <label>
          {t('manager.who')}
          <input value={who} onChange={(e) => setWho(e.target.value)} autoComplete="off" required />
        </label>
        <label>
          {t('manager.pin')}
          <input
            type="password"
            inputMode="numeric"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            autoComplete="off"
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="collect-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {t('manager.confirm')}
          </Button>
          <Button onClick={onClose}>{t('manager.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
