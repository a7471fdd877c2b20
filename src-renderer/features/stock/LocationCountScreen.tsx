import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFindByCode, useRecord } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { stockPaths } from './paths';
import { useCountSession } from './state';
import './stock.css';

/**
 * Count a shelf location: scan every unit on it; each SKU scanned gets its
 * count recorded (one count_stock per SKU). Items not scanned are left as they are.
 */
export function LocationCountScreen() {
  const { t } = useTranslation('stock');
  const { location = '' } = useParams();
  const navigate = useNavigate();
  const record = useRecord();
  const find = useFindByCode();
  const session = useCountSession((s) =>
    s.count && !s.count.sku && s.count.location === location ? s.count : null,
  );
  const { startCount, add, set, clear } = useCountSession.getState();
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => startCount('', location), [location, startCount]);

  useScan((scan) => {
    void find(scan.code).then((found) => {
      if (found && 'product' in found) {
        goodScan();
        setNames((n) => ({ ...n, [found.product.sku]: found.product.name }));
        add(found.product.sku, 1);
      } else wrongScan(scan.code, t('expectedItem'));
    });
  });

  const entries = Object.entries(session?.counts ?? {});

  async function finish() {
    for (const [sku, counted] of entries) await record('count_stock', { sku, counted });
    clear();
    navigate(stockPaths.search);
  }

  return (
    <main className="page stock">
      <header className="page__header">
        <h1>{t('locationTitle', { location })}</h1>
      </header>
      <p className="muted">{t('locationHint')}</p>
      <ul className="list" aria-label={t('countedItems')}>
        {entries.map(([sku, n]) => (
          <li key={sku} className="list__row">
            <span>
              {names[sku] ?? sku} <span className="muted">({sku})</span>
            </span>
            <input
              inputMode="numeric"
              aria-label={t('countedOf', { sku })}
              value={n}
              onChange={(e) => set(sku, Math.trunc(Number(e.target.value) || 0))}
            />
          </li>
        ))}
      </ul>
      <footer className="stock__actions">
        <Link className="btn" to={stockPaths.search} onClick={() => clear()}>
          {t('cancel')}
        </Link>
        <Button variant="primary" disabled={entries.length === 0} onClick={() => void finish()}>
          {t('recordLocation', { count: entries.length })}
        </Button>
      </footer>
    </main>
  );
}
