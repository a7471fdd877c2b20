import { storeSettings } from '@shared/domain/store-settings';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstValueFrom } from 'rxjs';
import {
  allocate,
  type LocalPick,
  lastPicked,
  matchScan,
  nextOpen,
  reflected,
  usePickWalk,
  useRecord,
  useRecordAll,
  useReplica,
  useStore,
  type WalkStop,
} from '../../../data/hooks';
import { goodScan, wrongScan } from '../../../scan/feedback';
import { useScan } from '../../../scan/react';
import { currentStaffId } from '../../../state/session';
import { afterPaint } from '../../../ui/after-paint';
import { showToast } from '../../../ui/toast';
import { usePicking } from '../state';
import { CancelledNotice } from './CancelledNotice';
import { QuantityEntry } from './QuantityEntry';
import { ShortPickDialog } from './ShortPickDialog';
import { type StopActions, StopCard } from './StopCard';
import { WalkDone } from './WalkDone';
import { WalkProgress } from './WalkProgress';

type LastScan = { key: string; code: string; counted: number };
type Tracked = LocalPick & { key: number };

/**
 * One pick walk over one or several orders: stops sorted by location, scan to pick
 * (the current stop or whichever stop the item belongs to), a location label jumps
 * there, quantity entry for multiples, unpick, short pick with its stock effect.
 */
export function PickWalk({ walkId, orderIds }: { walkId: string; orderIds: readonly string[] }) {
  const { t } = useTranslation('picking');
  // Picks and unpicks just recorded here, shown at once while the replica folds them in.
  const [local, setLocal] = useState<Tracked[]>([]);
  const nextKey = useRef(0);
  const data = usePickWalk(orderIds, local);
  const store = useStore();
  const settings = storeSettings(store?.settings);
  const record = useRecord();
  const recordAll = useRecordAll();
  const replica = useReplica();
  const currentKey = usePicking((s) => s.current[walkId]);
  const setCurrent = usePicking((s) => s.setCurrent);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const [lastScan, setLastScan] = useState<LastScan | null>(null);
  const [shortStop, setShortStop] = useState<WalkStop | null>(null);
  const currentRef = useRef<HTMLLIElement>(null);

  const walk = data?.walk;
  const current =
    walk && (walk.stops.find((s) => s.key === currentKey && !s.done) ?? nextOpen(walk, currentKey));

  useEffect(() => {
    if (current?.key) currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current?.key]);

  // Forget the local picks the orders now reflect (or whose order left the device).
  useEffect(() => {
    if (!data) return;
    const settled = local.filter((p) => {
      const order = data.orders.find((o) => o?.id === p.orderId);
      return !order || reflected(order, p);
    });
    if (settled.length > 0) setLocal((list) => list.filter((p) => !settled.includes(p)));
  }, [data, local]);

  /** Record a pick (qty > 0) or unpick (qty < 0), shown on the walk before the replica has it. */
  async function tracked(orderId: string, lineId: string, qty: number, barcode: string) {
    nextKey.current += 1;
    const key = nextKey.current;
    setLocal((list) => [...list, { key, orderId, lineId, qty }]);
    try {
      // The count is painted first; the write (and the views it wakes) comes right after.
      await afterPaint();
      const commandId =
        qty > 0
          ? await record('pick', { orderId, lineId, qty, barcode })
          : await record('unpick', { orderId, lineId, qty: -qty });
      setLocal((list) => list.map((p) => (p.key === key ? { ...p, commandId } : p)));
    } catch (error) {
      setLocal((list) => list.filter((p) => p.key !== key));
      const signedOut = (error as Error).name === 'NotSignedInError';
      setNotice({
        text: signedOut ? t('walk.signIn') : t('walk.notRecorded', { message: (error as Error).message }),
        alert: true,
      });
      throw error;
    }
  }

  async function pick(stop: WalkStop, qty: number, barcode: string): Promise<number> {
    const shares = allocate(stop, qty);
    for (const { part, qty: n } of shares) await tracked(part.orderId, part.lineId, n, barcode);
    const first = shares[0];
    if (first)
      showToast((lng) => t('walk.pickedToast', { lng, name: stop.name, slot: first.part.slot }), 'ok');
    return shares.reduce((n, s) => n + s.qty, 0);
  }

  async function unpick(stop: WalkStop) {
    const part = lastPicked(stop);
    if (!part) return;
    setLastScan(null);
    await tracked(part.orderId, part.lineId, -1, '');
  }

  // The cards' actions call the latest closures through a ref, so their identity never changes.
  const latest = useRef({ pick, unpick, setCurrent, walkId });
  latest.current = { pick, unpick, setCurrent, walkId };
  const actions = useMemo<StopActions>(
    () => ({
      go: (stop) => latest.current.setCurrent(latest.current.walkId, stop.key),
      pick: (stop, qty) => {
        latest.current.setCurrent(latest.current.walkId, stop.key);
        latest.current.pick(stop, qty, '').catch(() => undefined);
      },
      unpick: (stop) => {
        latest.current.unpick(stop).catch(() => undefined);
      },
      short: (stop) => setShortStop(stop),
    }),
    [],
  );

  useScan((scan) => {
    if (!walk || shortStop) return;
    const match = matchScan(walk, scan.code, current?.key);
    setNotice(null);
    switch (match.kind) {
      case 'item':
        goodScan();
        setCurrent(walkId, match.stop.key);
        setLastScan({ key: match.stop.key, code: scan.code, counted: 1 });
        pick(match.stop, 1, scan.code).catch(() => undefined);
        return;
      case 'already_picked':
        setNotice({
          text: t('walk.alreadyPicked', { name: match.stop.name, count: match.stop.picked }),
          alert: true,
        });
        return;
      case 'location':
        goodScan();
        setLastScan(null);
        setCurrent(walkId, match.stop.key);
        setNotice({ text: t('walk.jumped', { location: match.stop.locationCode }), alert: false });
        return;
      case 'none':
        void explainWrongScan(scan.code);
    }
  });

  async function explainWrongScan(code: string) {
    const product = await firstValueFrom(replica.views.productByBarcode$(code)).catch(() => undefined);
    const expected = current
      ? t('walk.expectedItem', {
          name: current.name,
          ean: current.ean,
          location: current.locationCode || t('walk.noLocation'),
        })
      : t('walk.expectedAny');
    wrongScan(product ? `${code} — ${product.name}` : code, expected);
  }

  async function setQuantity(stop: WalkStop, scan: LastScan, total: number) {
    const extra = total - scan.counted;
    if (extra <= 0) return;
    const added = await pick(stop, Math.min(extra, stop.toPick), scan.code);
    if (added < extra)
      setNotice({ text: t('walk.quantityCapped', { count: scan.counted + added }), alert: true });
    setLastScan({ ...scan, counted: scan.counted + added });
  }

  async function start() {
    await recordAll(
      'start_pick',
      orderIds.map((orderId) => ({ orderId })),
    );
  }

  if (!walk || !data) return <p className="muted">{t('walk.loading')}</p>;
  const me = currentStaffId();
  const notStarted = data.orders.some((o) => o && !o.pickers.includes(me) && o.status === 'assigned');

  return (
    <div className="walk">
      <CancelledNotice orders={data.orders} />
      <WalkProgress walk={walk} orders={data.orders} me={me} />
      <p className="muted">{settings.requireScan ? t('walk.scanRequired') : t('walk.scanHint')}</p>
      {notStarted && (
        <button type="button" className="btn btn--primary" onClick={() => void start()}>
          {t('walk.start')}
        </button>
      )}
      {notice && (
        <p
          role={notice.alert ? 'alert' : 'status'}
          className={`walk__notice${notice.alert ? ' walk__notice--bad' : ''}`}
        >
          {notice.text}
        </p>
      )}
      {walk.done ? <WalkDone walk={walk} /> : null}
      <ol className="walk__stops" aria-label={t('walk.stops')}>
        {walk.stops.map((stop) => {
          const isCurrent = stop.key === current?.key;
          return (
            <StopCard
              key={stop.key}
              ref={isCurrent ? currentRef : undefined}
              stop={stop}
              current={isCurrent}
              tapAllowed={!settings.requireScan}
              actions={actions}
            >
              {isCurrent && lastScan?.key === stop.key && !stop.done && (
                <QuantityEntry
                  name={stop.name}
                  counted={lastScan.counted}
                  onApply={(total) => setQuantity(stop, lastScan, total).catch(() => undefined)}
                />
              )}
            </StopCard>
          );
        })}
      </ol>
      {shortStop && (
        <ShortPickDialog
          stop={walk.stops.find((s) => s.key === shortStop.key) ?? shortStop}
          orders={data.orders}
          partialAllowed={settings.partialFulfilment}
          onClose={() => setShortStop(null)}
        />
      )}
    </div>
  );
}
