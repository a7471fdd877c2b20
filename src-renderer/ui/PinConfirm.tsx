import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApproval } from '../data/hooks';
import { Button } from './Button';
import { Dialog } from './Dialog';

/**
 * A manager confirms a heavy action by typing their own PIN again (checked offline
 * against the store's staff, with the same wrong-PIN lockout as any approval).
 * The confirmed staff id goes on the command.
 */
export function PinConfirm({
  open,
  action,
  title,
  staffId,
  staffName,
  confirmLabel,
  onConfirmed,
  onClose,
  children,
}: {
  open: boolean;
  /** The permission being confirmed (see shared/staff/permissions.ts). */
  action: string;
  title: string;
  staffId: string;
  staffName: string;
  confirmLabel?: string;
  onConfirmed: (staffId: string) => void | Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const approve = useApproval(action);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState('');
  const [checking, setChecking] = useState(false);
  const id = useId();

  const close = () => {
    setPin('');
    setWrong('');
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    const result = await approve(staffId, pin);
    setChecking(false);
    setPin('');
    if (result.verdict !== 'ok') {
      const seconds = Math.ceil(result.retryInMs / 1000);
      setWrong(
        result.verdict === 'wrongPin'
          ? t('pin.wrong')
          : t(`approval.${result.verdict}`, { name: staffName, seconds }),
      );
      return;
    }
    setWrong('');
    await onConfirmed(staffId);
  }

  return (
    <Dialog open={open} title={title} onClose={close}>
      {children}
      <form className="pin-confirm" onSubmit={submit}>
        <label htmlFor={id}>{t('pin.label', { name: staffName })}</label>
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9]*"
          maxLength={8}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          aria-invalid={wrong !== ''}
          autoFocus
        />
        {wrong && (
          <p role="alert" className="pin-confirm__wrong">
            {wrong}
          </p>
        )}
        <div className="sheet__actions">
          <Button onClick={close}>{t('pin.cancel')}</Button>
          <Button type="submit" variant="danger" disabled={pin.length < 4 || checking}>
            {checking ? t('pin.checking') : (confirmLabel ?? t('pin.confirm'))}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
