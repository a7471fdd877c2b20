import { useTranslation } from 'react-i18next';
import { useScanFeedback } from './feedback';

/** The red flash and message of a wrong scan, over whatever screen is showing, until dismissed. */
export function ScanFeedback() {
  const { t } = useTranslation();
  const wrong = useScanFeedback((s) => s.wrong);
  const clear = useScanFeedback((s) => s.clear);
  if (!wrong) return null;
  return (
    <div className="scan-flash" key={wrong.at}>
      <div role="alert" className="scan-flash__card">
        <strong>{t('scan.wrongTitle')}</strong>
        <p>{t('scan.scanned', { code: wrong.scanned })}</p>
        <p>{t('scan.expected', { what: wrong.expected })}</p>
        <button type="button" className="btn btn--primary" onClick={clear}>
          {t('scan.ok')}
        </button>
      </div>
    </div>
  );
}
