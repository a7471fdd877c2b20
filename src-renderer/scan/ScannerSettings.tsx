import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useScannerSettings } from '../state/scanner';
import { useScanService } from './react';
import type { WedgeSettings } from './wedge';

const SUFFIXES: WedgeSettings['suffix'][] = ['Enter', 'Tab', 'none'];

/** Keeps the scan service in step with the device's saved scanner settings. */
export function useApplyScannerSettings(): void {
  const service = useScanService();
  const wedge = useScannerSettings((s) => s.wedge);
  useEffect(() => service.configure(wedge), [service, wedge]);
}

/** The scanner's settings: the key it sends after a code, and how fast it types. */
export function ScannerSettings() {
  const { t } = useTranslation();
  const wedge = useScannerSettings((s) => s.wedge);
  const setWedge = useScannerSettings((s) => s.setWedge);
  return (
    <section className="card" aria-labelledby="scanner-title">
      <h2 id="scanner-title">{t('scanner.title')}</h2>
      <div className="form">
        <label>
          {t('scanner.suffix')}
          <select
            value={wedge.suffix}
            onChange={(e) => setWedge({ suffix: e.target.value as WedgeSettings['suffix'] })}
          >
            {SUFFIXES.map((s) => (
              <option key={s} value={s}>
                {t(`scanner.suffixes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scanner.maxGap')}
          <input
            type="number"
            min={5}
            max={500}
            value={wedge.maxGapMs}
            onChange={(e) => setWedge({ maxGapMs: Math.min(500, Math.max(5, Number(e.target.value) || 40)) })}
          />
        </label>
      </div>
    </section>
  );
}
