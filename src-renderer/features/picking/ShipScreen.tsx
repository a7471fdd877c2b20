import type { CARRIERS } from '@shared/domain/codes';
import { storeSettings } from '@shared/domain/store-settings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type OrderView, useRecord, useStore } from '../../data/hooks';
import { PrintMenu } from '../../print/PrintMenu';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { RouteOrder } from '../../ui/RouteOrder';
import { CancelledOrder } from './CancelledOrder';
import { pickingPaths } from './paths';
import './picking.css';
import { UnpackDialog } from './ship/UnpackDialog';

type Carrier = (typeof CARRIERS)[number];

const TRACKING = /^[0-9A-Za-z-]{4,64}$/;

/** #/orders/:orderId/ship — print slip and label, scan the label's tracking number, hand to the carrier. */
export function ShipScreen() {
  const { t } = useTranslation('picking');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Ship view={view} />}
    </RouteOrder>
  );
}

function Ship({ view }: { view: OrderView }) {
  const { t } = useTranslation('picking');
  const store = useStore();
  const settings = storeSettings(store?.settings);
  const record = useRecord();
  const [carrier, setCarrier] = useState<Carrier | ''>('');
  const [typed, setTyped] = useState('');
  const [tracking, setTracking] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [unpacking, setUnpacking] = useState(false);
  const order = view.order;
  const chosen: Carrier = carrier || (settings.carriers[0] as Carrier) || 'other';

  function add(code: string): boolean {
    const value = code.trim();
    if (!TRACKING.test(value)) {
      setError(t('ship.invalidTracking'));
      return false;
    }
    setError('');
    setTracking((list) => (list.includes(value) ? list : [...list, value]));
    return true;
  }

  useScan((scan) => {
    if (order.status !== 'packed' || unpacking) return;
    if (add(scan.code)) goodScan();
    else wrongScan(scan.code, t('ship.trackingHint'));
  });

  async function ship() {
    if (tracking.length === 0) return;
    await record('ship', { orderId: order.id, carrier: chosen, trackingNumbers: tracking });
  }

  const carrierName = (c: string) => t(`ship.carriers.${c}`, { defaultValue: c });
  return (
    <main className="page page--wide picking">
      <header className="page__header">
        <h1>{t('ship.title', { number: order.number })}</h1>
      </header>
      <CancelledOrder order={order} />
      {order.shipment ? (
        <p role="status" className="card">
          {t('ship.shipped', {
            carrier: carrierName(order.shipment.carrier),
            list: order.shipment.trackingNumbers.join(', '),
          })}
        </p>
      ) : order.status !== 'packed' ? (
        <section className="card">
          <p>{t('ship.notPacked')}</p>
          <Link className="btn" to={pickingPaths.pack(order.id)}>
            {t('queue.pack', { number: order.number })}
          </Link>
        </section>
      ) : (
        <>
          <section className="card" aria-label={t('ship.documents')}>
            <h2>{t('ship.documents')}</h2>
            <p className="muted">{t('pack.packed', { count: order.parcels.length })}</p>
            <PrintMenu order={order} />
          </section>
          <form
            className="card form ship"
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim()) {
                if (add(typed)) setTyped('');
                return;
              }
              void ship();
            }}
          >
            <label>
              {t('ship.carrier')}
              <select value={chosen} onChange={(e) => setCarrier(e.target.value as Carrier)}>
                {settings.carriers.map((c) => (
                  <option key={c} value={c}>
                    {carrierName(c)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('ship.tracking')}
              <input
                value={typed}
                // biome-ignore lint/a11y/noAutofocus: the next thing to do is to scan the label's tracking number
                autoFocus
                onChange={(e) => setTyped(e.target.value)}
                aria-describedby="tracking-hint"
              />
            </label>
            <p id="tracking-hint" className="muted">
              {t('ship.trackingHint')}
            </p>
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            {tracking.length > 0 && (
              <ul className="ship__tracking" aria-label={t('ship.tracking')}>
                {tracking.map((code) => (
                  <li key={code}>
                    {code}{' '}
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setTracking((list) => list.filter((c) => c !== code))}
                    >
                      {t('ship.removeTracking', { code })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="sheet__actions">
              <button
                type="submit"
                className="btn btn--primary"
                disabled={tracking.length === 0 && !typed.trim()}
              >
                {t('ship.submit')}
              </button>
              <button type="button" className="btn" onClick={() => setUnpacking(true)}>
                {t('ship.unpack')}
              </button>
            </div>
          </form>
          {unpacking && <UnpackDialog order={order} onClose={() => setUnpacking(false)} />}
        </>
      )}
    </main>
  );
}
