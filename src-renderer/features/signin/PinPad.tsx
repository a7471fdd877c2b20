import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const typed = (digit: string) => (d: string) => (d.length < MAX_DIGITS ? d + digit : d);
const erased = (d: string) => d.slice(0, -1);

/**
 * A large keypad for a PIN (touch, mouse, or the keyboard's digits). The
 * digits live in this component only while typed: never in a store, storage or log.
 */
export function PinPad({
  label,
  disabled,
  onSubmit,
}: {
  label: string;
  disabled: boolean;
  onSubmit(pin: string): Promise<void> | void;
}) {
  const { t } = useTranslation('signin');
  const [digits, setDigits] = useState('');

  const press = (digit: string) => setDigits(typed(digit));
  const erase = () => setDigits(erased);
  const submit = async () => {
    if (disabled || digits.length < 4) return;
    const pin = digits;
    setDigits('');
    await onSubmit(pin);
  };
  // The keyboard listener is set once; it submits what is typed now.
  const submitRef = useRef(submit);
  submitRef.current = submit;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (disabled || e.target instanceof HTMLInputElement) return;
      if (/^[0-9]$/.test(e.key)) setDigits(typed(e.key));
      else if (e.key === 'Backspace') setDigits(erased);
      else if (e.key === 'Enter') void submitRef.current();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled]);

  return (
    <fieldset className="pinpad" disabled={disabled} aria-label={label}>
      <legend>{label}</legend>
      <output className="pinpad__dots" aria-live="polite" aria-label={t('typed', { count: digits.length })}>
        {'●'.repeat(digits.length)}
        {'○'.repeat(Math.max(0, 4 - digits.length))}
      </output>
      <div className="pinpad__keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className="pinpad__key" onClick={() => press(k)}>
            {k}
          </button>
        ))}
        <button type="button" className="pinpad__key" onClick={erase} aria-label={t('erase')}>
          ⌫
        </button>
        <button type="button" className="pinpad__key" onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="pinpad__key pinpad__key--ok"
          onClick={() => void submit()}
          disabled={disabled || digits.length < 4}
        >
          {t('ok')}
        </button>
      </div>
    </fieldset>
  );
}
