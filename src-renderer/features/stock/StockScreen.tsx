import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFindByCode, useOpenTasks, useProductSearch, useSearchStatus } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Money, Quantity } from '../../ui/Format';
import { locationCode, stockPaths } from './paths';
import './stock.css';

/** Stock look-up: scan an item, or type its SKU, EAN or name; counts to do below. */
export function StockScreen() {
  const { t } = useTranslation('stock');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const { products } = useProductSearch(text);
  const status = useSearchStatus();
  const find = useFindByCode();
  const counts = useOpenTasks().filter((task) => task.kind === 'cycle_count' && task.sku);

  useScan((scan) => {
    void find(scan.code).then((found) => {
      if (found && 'product' in found) {
        goodScan();
        navigate(stockPaths.product(found.product.sku));
      } else wrongScan(scan.code, t('expectedItem'));
    });
  });

  return (
    <main className="page stock">
      <header className="page__header">
        <h1>{t('title')}</h1>
      </header>
      <search className="card">
        <input
          type="search"
          className="stock__search"
          aria-label={t('search')}
          placeholder={t('search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            const first = products[0];
            if (e.key === 'Enter' && first) navigate(stockPaths.product(first.sku));
          }}
        />
        <p className="muted" role="status">
          {status.ready
            ? t('indexReady', { count: status.indexed })
            : t('indexBuilding', { count: status.indexed })}
        </p>
        {text.trim() && products.length === 0 && <p>{t('noMatch')}</p>}
        {products.length > 0 && (
          <ul className="list" aria-label={t('results')}>
            {products.map((p) => (
              <li key={p.sku} className="list__row stock__result">
                <Link to={stockPaths.product(p.sku)}>
                  <strong>{p.name}</strong> · {p.brand} · {p.colour} · {p.size}
                </Link>
                <span className="muted">
                  {p.sku} · {p.barcode} · {locationCode(p.location)} · <Money minor={p.price.amount} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </search>
      {counts.length > 0 && (
        <section className="card">
          <h2>{t('countsToDo')}</h2>
          <ul className="list" aria-label={t('countsToDo')}>
            {counts.map((task) => (
              <li key={task.id} className="list__row">
                <Link to={stockPaths.count(task.sku)}>{t('countTask', { sku: task.sku })}</Link>
                <span className="muted">
                  {t(`taskReason.${task.reason}`, { defaultValue: task.reason })} ·{' '}
                  <Quantity value={task.qty} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
