import type { OrderDoc } from '@shared/schemas/order';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { pickupFlagOf, queueOf, useFindByCode, useOpenOrders, useOrders } from '../../data/hooks';
import { wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/Format';
import { SearchForm } from '../../ui/SearchForm';
import { scannedCode, searchOrders } from './rules';
import './collect.css';

const CC = { selector: { kind: 'click_and_collect' } } as const;

/** The counter: find the customer's order (scan, number, name, phone), and the orders waiting, shelf by shelf. */
export function CollectScreen() {
  const { t } = useTranslation('collect');
  const navigate = useNavigate();
  const orders = useOrders(CC);
  const findByCode = useFindByCode();
  const open = useOpenOrders();
  const [searched, setSearched] = useState('');
  const results = useMemo(() => (searched ? searchOrders(orders, searched) : []), [orders, searched]);

  const waiting = useMemo(
    () => [
      ...queueOf(open, { kind: 'click_and_collect', stage: 'ready_for_pickup' }),
      ...queueOf(open, { kind: 'click_and_collect', stage: 'awaiting_collection' }),
    ],
    [open],
  );
  const toStage = useMemo(() => queueOf(open, { kind: 'click_and_collect', stage: 'to_stage' }), [open]);
  const toPick = useMemo(
    () => [
      ...queueOf(open, { kind: 'click_and_collect', stage: 'to_pick' }),
      ...queueOf(open, { kind: 'click_and_collect', stage: 'picking' }),
    ],
    [open],
  );

  function find(text: string, scanned: boolean) {
    const found = searchOrders(orders, scanned ? scannedCode(text) : text);
    if (found.length === 1 && found[0]) {
      navigate(paths.orderCollect(found[0].id));
      return;
    }
    if (scanned && found.length === 0) {
      // A scan can come before the list has loaded (the screen just opened): ask the replica itself
      // before telling the associate the code is wrong.
      void findByCode(scannedCode(text)).then((hit) => {
        if (hit && 'order' in hit && hit.order.kind === 'click_and_collect')
          navigate(paths.orderCollect(hit.order.id));
        else wrongScan(text, t('find.expected'));
      });
      return;
    }
    setSearched(text);
  }
  useScan((scan) => find(scan.code, true));

  return (
    <main className="page page--wide">
      <header className="page__header">
        <h1>
          {t('title')} — {t('counter')}
        </h1>
      </header>
      <section className="card">
        <SearchForm
          label={t('find.label')}
          button={t('find.button')}
          onSearch={(text) => find(text, false)}
        />
        <p className="muted">{t('find.hint')}</p>
        {searched && (
          <>
            {results.length === 0 ? (
              <p role="status">{t('find.none', { query: searched })}</p>
            ) : (
              <OrderList orders={results} label={t('find.results')} />
            )}
            {/^[\d\s+().-]+$/.test(searched) && <p className="muted">{t('find.phoneHint')}</p>}
          </>
        )}
      </section>
      <Queue title={t('queue.ready')} orders={waiting} />
      <Queue title={t('queue.toStage')} orders={toStage} />
      <Queue title={t('queue.toPick')} orders={toPick} />
    </main>
  );
}

function Queue({ title, orders }: { title: string; orders: OrderDoc[] }) {
  const { t } = useTranslation('collect');
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <Badge>{orders.length}</Badge>
      </h2>
      {orders.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <OrderList orders={orders} label={title} />
      )}
    </section>
  );
}

function OrderList({ orders, label }: { orders: OrderDoc[]; label: string }) {
  const { t } = useTranslation('collect');
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const now = Date.now();
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('columns.order')}</th>
          <th scope="col">{t('columns.customer')}</th>
          <th scope="col">{t('columns.shelf')}</th>
          <th scope="col">{t('columns.pickupBy')}</th>
          <th scope="col">{t('columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.slice(0, 200).map((order) => {
          const flag = pickupFlagOf(order, now);
          return (
            <tr key={order.id}>
              <td>
                <button type="button" className="link" onClick={() => navigate(paths.orderCollect(order.id))}>
                  {order.number}
                </button>
              </td>
              <td>{order.customer.name}</td>
              <td>
                <strong>{order.staging?.location ?? '—'}</strong>
              </td>
              <td>
                <DateTime iso={order.pickupBy} />{' '}
                {flag && <Badge tone={flag === 'overdue' ? 'bad' : 'warn'}>{t(`flag.${flag}`)}</Badge>}
              </td>
              <td>{common(`status_.${order.status}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
