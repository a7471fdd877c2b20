import { normalizeGtin } from '@shared/domain/barcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useOpenTasks, useProduct, useRecord } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { stockPaths } from './paths';
import { useCountSession } from './state';
import './stock.css';

/**
 * Count one SKU on the shelf: scan each unit (or type the quantity). The count is
 * the command: on hand becomes what was counted; movements recorded meanwhile are
 * resolved by the shared rules (the count wins for what was on the shelf).
 */
export function CountScreen() {
  const { t } = useTranslation('stock');
  const { sku = '' } = useParams();
  const navigate = useNavigate();
  const product = useProduct(sku);
  const record = useRecord();
  const task = useOpenTasks().find((x) => x.kind === 'cycle_count' && x.sku === sku);
  const session = useCountSession((s) => (s.count?.sku === sku ? s.count : null));
  const { startCount, add, set, clear } = useCountSession.getState();
  const [typed, setTyped] = useState('');
  const counted = session?.counts[sku] ?? 0;

  useEffect(() => startCount(sku, ''), [sku, startCount]);

  useScan((scan) => {
    const gtin = normalizeGtin(scan.code.trim());
    if (product && (product.barcodes.some((b) => normalizeGtin(b) === gtin) || scan.code.trim() === sku)) {
      goodScan();
      add(sku, 1);
    } else wrongScan(scan.code, t('expectedUnitOf', { name: product?.name ?? sku }));
  });

  async function finish() {
    await record('count_stock', { sku, counted });
    clear();
    navigate(stockPaths.product(sku));
  }

  return (
    <main className="page stock">
      <header className="page__header">
        <h1>{t('countTitle', { name: product?.name ?? sku })}</h1>
        <p className="muted">
          {sku}
          {product ? ` · ${product.size} · ${product.colour}` : ''}
        </p>
      </header>
      {task && <p className="card card--warning">{t('countTaskOpen')}</p>}
      <section className="card">
        <p className="muted">{t('countHint')}</p>
        <output className="stock__counted" aria-label={t('counted')}>
          {counted}
        </output>
        <div className="stock__actions">
          <Button aria-label={t('oneLess')} disabled={counted <= 0} onClick={() => add(sku, -1)}>
            −1
          </Button>
          <Button aria-label={t('oneMore')} onClick={() => add(sku, 1)}>
            +1
          </Button>
        </div>
        <form
          className="search__form"
          onSubmit={(e) => {
            e.preventDefault();
            const units = Math.trunc(Number(typed));
            if (Number.isSafeInteger(units) && units >= 0) set(sku, units);
            setTyped('');
          }}
        >
          <input
            inputMode="numeric"
            aria-label={t('typeQuantity')}
            placeholder={t('typeQuantity')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <Button type="submit">{t('setQuantity')}</Button>
        </form>
      </section>
      <footer className="stock__actions">
        <Link className="btn" to={stockPaths.product(sku)} onClick={() => clear()}>
          {t('cancel')}
        </Link>
        <Button variant="primary" onClick={() => void finish()}>
          {t('recordCount', { count: counted })}
        </Button>
      </footer>
    </main>
  );
}
