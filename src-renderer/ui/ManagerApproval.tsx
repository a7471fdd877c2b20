import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApproval } from '../data/hooks';
import { Button } from './Button';
import { Dialog } from './Dialog';

/**
 * The state of one manager approval being typed: who (id or badge) and their PIN, and the check.
 * `check()` resolves to the approver's staff id, or null with the reason shown by <ApproverFields>.
 */
export function useManagerApproval(action: string) {
  const { t } = useTranslation();
  const approve = useApproval(action);
  const [who, setWho] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);

  async function check(): Promise<string | null> {
    setChecking(true);
    const result = await approve(who, pin).finally(() => setChecking(false));
    setPin('');
    if (result.verdict === 'ok') {
      setError('');
      return result.staffId;
    }
    setError(
      t(`approval.${result.verdict}`, { name: result.name, seconds: Math.ceil(result.retryInMs / 1000) }),
    );
    return null;
  }
  function reset() {
    setWho('');
    setPin('');
    setError('');
  }
  return { who, setWho, pin, setPin, error, checking, check, reset, ready: who.trim() !== '' && pin !== '' };
}

export type ManagerApprovalState = ReturnType<typeof useManagerApproval>;

/** The approver's id or badge and PIN fields, and why the last try was refused. */
export function ApproverFields({ approval }: { approval: ManagerApprovalState }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="approval">
      <label htmlFor={`${id}-who`}>{t('approval.who')}</label>
      <input
        id={`${id}-who`}
        value={approval.who}
        autoComplete="off"
        onChange={(e) => approval.setWho(e.target.value)}
      />
      <label htmlFor={`${id}-pin`}>{t('approval.pin')}</label>
      <input
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={approval.pin}
        onChange={(e) => approval.setPin(e.target.value.replace(/\D/g, ''))}
        aria-invalid={approval.error !== ''}
      />
      {approval.error && (
        <p role="alert" className="error">
          {approval.error}
        </p>
      )}
    </fieldset>
  );
}

/** A dialog that only asks for a manager's approval (an override, an unpack): intro, who and PIN, confirm. */
export function ManagerApprovalDialog({
  open,
  action,
  title,
  confirmLabel,
  onApproved,
  onClose,
  children,
}: {
  open: boolean;
  action: string;
  title: string;
  confirmLabel: string;
  onApproved: (staffId: string) => void | Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const approval = useManagerApproval(action);
  const close = () => {
    approval.reset();
    onClose();
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const staffId = await approval.check();
    if (staffId) await onApproved(staffId);
  }
  return (
    <Dialog open={open} title={title} onClose={close}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {children}
        <ApproverFields approval={approval} />
        <div className="sheet__actions">
          <Button onClick={close}>{t('approval.cancel')}</Button>
          <Button type="submit" variant="danger" disabled={!approval.ready || approval.checking}>
            {approval.checking ? t('approval.checking') : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
