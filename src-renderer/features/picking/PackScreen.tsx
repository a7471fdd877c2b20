import { sameItem } from '@shared/domain/barcode';
import { picked, wanted } from '@shared/domain/order-math';
import { storeSettings } from '@shared/domain/store-settings';
import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { type OrderView, useRecord, useStore } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { RouteOrder } from '../../ui/RouteOrder';
import { CancelledOrder } from './CancelledOrder';
import { ParcelEditor } from './pack/ParcelEditor';
import { pickingPaths } from './paths';
import './picking.css';
import { type DraftParcel, newParcelId, usePicking } from './state';

const NO_PARCELS: DraftParcel[] = [];

/** Units of each line that go into parcels: picked for the customer, never more than wanted. */
const packable = (order: OrderDoc) =>
  order.lines.map((l) => ({ line: l, qty: Math.min(picked(l), wanted(l)) })).filter((x) => x.qty > 0);

/** #/orders/:orderId/pack — parcels with box and weight, items optionally scanned into them, then pack. */
export function PackScreen() {
  const { t } = useTranslation('picking');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Pack view={view} />}
    </RouteOrder>
  );
}

function Pack({ view }: { view: OrderView }) {
  const { t } = useTranslation('picking');
  const orderId = view.order.id;
  const store = useStore();
  const settings = storeSettings(store?.settings);
  const record = useRecord();
  const navigate = useNavigate();
  const draft = usePicking((s) => (Object.hasOwn(s.parcels, orderId) ? s.parcels[orderId] : undefined));
  const setParcels = usePicking((s) => s.setParcels);
  const clearParcels = usePicking((s) => s.clearParcels);
  const parcels =
    draft ??
    (settings.boxTypes[0]
      ? [{ id: `${orderId}-1`, box: settings.boxTypes[0], weightGrams: 0, items: [] }]
      : NO_PARCELS);
  const order = view.order;

  useScan((scan) => {
    const items = packable(order);
    const item = items.find((x) => sameItem(scan.code, x.line.barcodes));
    const last = parcels.at(-1);
    const scannedOf = (sku: string) =>
      parcels.reduce((n, p) => n + p.items.filter((s) => s === sku).length, 0);
    if (!item || !last || scannedOf(item.line.sku) >= item.qty) {
      wrongScan(scan.code, t('pack.notInOrder', { number: order.number }));
      return;
    }
    goodScan();
    setParcels(
      orderId,
      parcels.map((p) => (p === last ? { ...p, items: [...p.items, item.line.sku] } : p)),
    );
  });

  if (order.status === 'packed' || order.status === 'shipped')
    return <Navigate to={pickingPaths.ship(order.id)} replace />;
  const items = packable(order);
  const total = items.reduce((n, x) => n + x.qty, 0);
  const scanned = parcels.reduce((n, p) => n + p.items.length, 0);
  const blocked = settings.scanIntoParcel && scanned < total;

  async function pack() {
    await record('pack', {
      orderId: order.id,
      parcels: parcels.map(({ id, box, weightGrams }) => ({ id, box, weightGrams })),
    });
    clearParcels(order.id);
    navigate(pickingPaths.ship(order.id));
  }

  return (
    <main className="page page--wide picking">
      <header className="page__header">
        <h1>{t('pack.title', { number: order.number })}</h1>
      </header>
      <CancelledOrder order={order} />
      {order.cancellation ? null : order.status !== 'picked' ? (
        <section className="card">
          <p>{t('pack.notPicked')}</p>
          <Link className="btn" to={pickingPaths.pick(order.id)}>
            {t('pack.backToWalk')}
          </Link>
        </section>
      ) : (
        <form
          className="card form pack"
          onSubmit={(e) => {
            e.preventDefault();
            if (!blocked) void pack();
          }}
        >
          <h2>{t('pack.items')}</h2>
          <ul className="pack__items">
            {items.map(({ line, qty }) => (
              <li key={line.id}>
                {qty} × {line.name} <span className="muted">{line.sku}</span>
              </li>
            ))}
          </ul>
          <h2>{t('pack.parcels')}</h2>
          {parcels.map((parcel, i) => (
            <ParcelEditor
              key={parcel.id}
              n={i + 1}
              parcel={parcel}
              boxTypes={settings.boxTypes}
              names={new Map(order.lines.map((l) => [l.sku, l.name]))}
              autoFocus={i === parcels.length - 1}
              onChange={(next) =>
                setParcels(
                  orderId,
                  parcels.map((p) => (p.id === parcel.id ? next : p)),
                )
              }
              onRemove={
                parcels.length > 1
                  ? () =>
                      setParcels(
                        orderId,
                        parcels.filter((p) => p.id !== parcel.id),
                      )
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="btn"
            onClick={() =>
              setParcels(orderId, [
                ...parcels,
                { id: newParcelId(), box: settings.boxTypes[0] ?? 'box', weightGrams: 0, items: [] },
              ])
            }
          >
            {t('pack.addParcel')}
          </button>
          <p className="muted">
            {settings.scanIntoParcel
              ? t('pack.scanIntoRequired', { done: scanned, total })
              : t('pack.scanInto')}
          </p>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={blocked || Boolean(order.cancellation)}
          >
            {t('pack.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
