import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckPin } from '../data/hooks';
import { Button } from './Button';
import { Dialog } from './Dialog';

/**
 * A manager confirms a heavy action by typing their PIN again (checked offline
 * against the store's staff). Shared by every feature that needs it; the
 * confirmed staff id goes on the command.
 */
export function PinConfirm({
  open,
  title,
  staffId,
  staffName,
  confirmLabel,
  onConfirmed,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  staffId: string;
  staffName: string;
  confirmLabel?: string;
  onConfirmed: (staffId: string) => void | Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const verify = useCheckPin();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const id = useId();

  const close = () => {
    setPin('');
    setWrong(false);
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    const ok = await verify(staffId, pin);
    setChecking(false);
    setPin('');
    if (!ok) {
      setWrong(true);
      return;
    }
    setWrong(false);
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
          aria-invalid={wrong}
          autoFocus
        />
        {wrong && (
          <p role="alert" className="pin-confirm__wrong">
            {t('pin.wrong')}
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
