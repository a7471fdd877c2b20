import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePadLib from 'signature_pad';
import { Button } from '../../../ui/Button';

/** Drawn and kept at this size (CSS shows it 1:1, so strokes land under the finger): a 5–30 kB PNG. */
const WIDTH = 480;
const HEIGHT = 200;

/**
 * The customer signs on screen (signature_pad: pointer, touch and pen). Each
 * stroke hands back a small PNG (data URL); Clear empties it.
 */
export function SignaturePad({ value, onChange }: { value: string; onChange: (dataUrl: string) => void }) {
  const { t } = useTranslation('collect');
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLib | null>(null);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const signature = new SignaturePadLib(element, { penColor: '#111', minWidth: 1, maxWidth: 2.5 });
    pad.current = signature;
    const save = () => latest.current(signature.isEmpty() ? '' : element.toDataURL('image/png'));
    signature.addEventListener('endStroke', save);
    return () => {
      signature.removeEventListener('endStroke', save);
      signature.off();
      pad.current = null;
    };
  }, []);

  // A signature restored from the draft (reload) is drawn back.
  useEffect(() => {
    if (value && pad.current?.isEmpty()) void pad.current.fromDataURL(value).catch(() => undefined);
  }, [value]);

  function clear() {
    pad.current?.clear();
    latest.current('');
  }

  return (
    <div className="signature">
      <canvas
        ref={canvas}
        className="signature__pad"
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t('sign.pad')}
      />
      <div className="collect-actions">
        <Button onClick={clear}>{t('sign.clear')}</Button>
        {value && <span role="status">{t('sign.signed')}</span>}
      </div>
    </div>
  );
}
