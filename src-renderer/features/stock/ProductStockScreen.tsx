import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type MovementView,
  useLookups,
  usePendingMovements,
  useProduct,
  useStaff,
  useStockLevel,
} from '../../data/hooks';
import { Button } from '../../ui/Button';
import { DateTime, Money } from '../../ui/Format';
import { AdjustDialog } from './AdjustDialog';
import { locationCode, stockPaths } from './paths';
import './stock.css';

type Movements = { state: 'loading' } | { state: 'offline' } | { state: 'done'; movements: MovementView[] };

/** One product's stock here: on hand, reserved, available to sell, unsellable, where, and what moved it. */
export function ProductStockScreen() {
  const { t } = useTranslation('stock');
  const { sku = '' } = useParams();
  const product = useProduct(sku);
  const stock = useStockLevel(sku);
  const unsent = usePendingMovements(sku);
  const lookups = useLookups();
  const [adjusting, setAdjusting] = useState(false);
  const [movements, setMovements] = useState<Movements>({ state: 'loading' });
  const version = `${stock?.seq ?? 0}:${stock?.acks.at(-1) ?? ''}`;

  useEffect(() => {
    let live = true;
    void version;
    lookups.movements(sku).then(
      (list) => live && setMovements({ state: 'done', movements: list }),
      () => live && setMovements({ state: 'offline' }),
    );
    return () => {
      live = false;
    };
  }, [lookups, sku, version]);

  if (product === null)
    return (
      <main className="page stock">
        <h1>{sku}</h1>
        <p className="card">{t('unknownProduct')}</p>
        <Link to={stockPaths.search}>{t('back')}</Link>
      </main>
    );

  const figures = [
    ['onHand', stock?.onHand ?? 0],
    ['reserved', stock?.reserved ?? 0],
    ['available', stock?.available ?? 0],
    ['unsellable', stock?.unsellable ?? 0],
  ] as const;

  return (
    <main className="page stock">
      <header className="page__header">
        <h1>{product?.name ?? sku}</h1>
        {product && (
          <p className="muted">
            {product.brand} · {product.colour} · {product.size} · {sku} · {product.barcode} ·{' '}
            <Money minor={product.price.amount} />
          </p>
        )}
      </header>
      <section className="card">
        <dl className="counts stock__figures" aria-label={t('figures')}>
          {figures.map(([key, value]) => (
            <div key={key} className={`stock__figure stock__figure--${key}`}>
              <dt>{t(`figure.${key}`)}</dt>
              <dd>
                <output aria-label={t(`figure.${key}`)}>{value}</output>
              </dd>
            </div>
          ))}
        </dl>
        {product && (
          <p>
            {t('locationIs')} <strong>{locationCode(product.location)}</strong>{' '}
            <Link to={stockPaths.location(locationCode(product.location))}>{t('countLocation')}</Link>
          </p>
        )}
        <div className="stock__actions">
          <Link className="btn btn--primary" to={stockPaths.count(sku)}>
            {t('count')}
          </Link>
          <Button onClick={() => setAdjusting(true)}>{t('adjust')}</Button>
        </div>
      </section>
      <section className="card">
        <h2>{t('movements')}</h2>
        {unsent.length > 0 && <MovementTable label={t('movementsUnsent')} movements={unsent} captioned />}
        {movements.state === 'loading' && <p className="muted">{t('loading')}</p>}
        {movements.state === 'offline' && <p className="muted">{t('movementsOffline')}</p>}
        {movements.state === 'done' && movements.movements.length === 0 && (
          <p className="muted">{t('noMovements')}</p>
        )}
        {movements.state === 'done' && movements.movements.length > 0 && (
          <MovementTable label={t('movements')} movements={movements.movements} />
        )}
      </section>
      <AdjustDialog sku={sku} open={adjusting} onClose={() => setAdjusting(false)} />
    </main>
  );
}

/**
 * Movements of the SKU, newest first: when, what changed, why, who (by name). `captioned` shows the label
 * above the table where the section's heading does not already say it.
 */
function MovementTable({
  label,
  movements,
  captioned = false,
}: {
  label: string;
  movements: MovementView[];
  captioned?: boolean;
}) {
  const { t } = useTranslation('stock');
  const staff = useStaff();
  const names = useMemo(() => new Map(staff.map((member) => [member.id, member.displayName])), [staff]);
  return (
    <table className="table" aria-label={label}>
      {captioned && <caption className="muted">{label}</caption>}
      <thead>
        <tr>
          <th>{t('when')}</th>
          <th>{t('change')}</th>
          <th>{t('why')}</th>
          <th>{t('who')}</th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m) => (
          <tr key={m.id}>
            <td>
              <DateTime iso={m.at} />
            </td>
            <td>{describeChange(m, t)}</td>
            <td>
              {t(`movementReason.${whyCode(m)}`, { defaultValue: m.reason })}
              {m.detail ? ` — ${t(`adjustReason.${m.detail}`, { defaultValue: m.detail })}` : ''}
            </td>
            <td>{m.staffId ? (names.get(m.staffId) ?? m.staffId) : t('oms')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A reservation given back (handed over, shipped, cancelled, released) reads as such, not as "reserved". */
const whyCode = (m: MovementView) =>
  m.reason === 'reservation' && m.reserved < 0 ? 'reservation_released' : m.reason;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function describeChange(m: MovementView, t: (key: string) => string): string {
  const parts: string[] = [];
  if (m.onHand) parts.push(`${t('figure.onHand')} ${signed(m.onHand)}`);
  if (m.reserved) parts.push(`${t('figure.reserved')} ${signed(m.reserved)}`);
  if (m.unsellable) parts.push(`${t('figure.unsellable')} ${signed(m.unsellable)}`);
  return parts.join(', ');
}
