import type { OrderDoc } from '@shared/schemas/order';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCustomerOrders, useFindByCode, useLookups, useStore, useSyncState } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/Format';
import { SearchForm } from '../../ui/SearchForm';
import { returnPaths } from './paths';
import { useReturnDraft } from './state';
import './returns.css';

type Lookup =
  | { state: 'idle' }
  | { state: 'looking'; number: string }
  | { state: 'not_found'; number: string; offline: boolean };

/** Step 1: find what was bought — scan the receipt or order, type its number, or search the customer. */
export function FindScreen() {
  const { t } = useTranslation('returns');
  const navigate = useNavigate();
  const store = useStore();
  const sync = useSyncState();
  const find = useFindByCode();
  const lookups = useLookups();
  const draft = useReturnDraft((s) => s.draft);
  const { startFromOrder, startUnlinked, addProduct } = useReturnDraft.getState();
  const [customer, setCustomer] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const orders = useCustomerOrders(customer);
  const currency = store?.currency ?? 'EUR';

  function open(order: OrderDoc, source: 'device' | 'service') {
    const id = startFromOrder(order, source, currency);
    navigate(returnPaths.items(id));
  }

  async function search(code: string, scanned: boolean) {
    const value = code.trim();
    if (!value) return;
    const found = await find(value);
    if (found && 'order' in found) {
      if (scanned) goodScan();
      open(found.order, 'device');
      return;
    }
    if (found && 'product' in found) {
      // An item without its receipt: take it back without an order.
      if (scanned) goodScan();
      startUnlinked('', currency);
      addProduct(found.product);
      navigate(returnPaths.items(useReturnDraft.getState().draft?.returnId ?? ''));
      return;
    }
    setLookup({ state: 'looking', number: value });
    try {
      const remote = await lookups.orderByNumber(value);
      if (remote) {
        open(remote, 'service');
        return;
      }
      setLookup({ state: 'not_found', number: value, offline: false });
    } catch {
      setLookup({ state: 'not_found', number: value, offline: true });
    }
    if (scanned) wrongScan(value, t('expectedOrder'));
  }

  useScan((scan) => void search(scan.code, scan.source !== 'typed'));

  function takeUnlinked(orderNumber: string) {
    const id = startUnlinked(orderNumber, currency);
    navigate(returnPaths.items(id));
  }

  return (
    <main className="page returns">
      <header className="page__header">
        <h1>{t('title')}</h1>
      </header>
      {draft && !draft.recordedAt && (
        <section className="card card--warning" aria-label={t('resumeTitle')}>
          <p>{t('resume', { number: draft.orderNumber || t('noOrder') })}</p>
          <Button variant="primary" onClick={() => navigate(returnPaths.items(draft.returnId))}>
            {t('resumeButton')}
          </Button>
        </section>
      )}
      <section className="card">
        <h2>{t('findTitle')}</h2>
        <p className="muted">{t('findHint')}</p>
        <SearchForm
          label={t('orderNumber')}
          button={t('findButton')}
          onSearch={(text) => void search(text, false)}
        />
        {lookup.state === 'looking' && <p role="status">{t('lookingUp', { number: lookup.number })}</p>}
        {lookup.state === 'not_found' && (
          <div role="status" className="returns__notfound">
            <p>
              {lookup.offline || sync.connection !== 'online'
                ? t('notOnDeviceOffline', { number: lookup.number })
                : t('notFound', { number: lookup.number })}
            </p>
            <Button variant="primary" onClick={() => takeUnlinked(lookup.number)}>
              {t('takeAgainst', { number: lookup.number })}
            </Button>
          </div>
        )}
      </section>
      <section className="card">
        <h2>{t('customerTitle')}</h2>
        <input
          type="search"
          className="returns__customer"
          aria-label={t('customerSearch')}
          placeholder={t('customerSearch')}
          value={customer}
          onChange={(e) => setCustomer(e.target.value)}
        />
        {customer.trim().length >= 2 && orders.length === 0 && (
          <p className="muted">{t('noCustomerOrders')}</p>
        )}
        {orders.length > 0 && (
          <ul className="list" aria-label={t('customerOrders')}>
            {orders.map((order) => (
              <li key={order.id} className="list__row">
                <span>
                  <strong>{order.number}</strong> · {order.customer.name} · {order.customer.email}{' '}
                  <span className="muted">
                    <DateTime iso={order.assignedAt} />
                  </span>
                </span>
                <Button onClick={() => open(order, 'device')}>
                  {t('returnFrom', { number: order.number })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>{t('noReceiptTitle')}</h2>
        <p className="muted">{t('noReceiptHint')}</p>
        <Button onClick={() => takeUnlinked('')}>{t('noReceiptButton')}</Button>
      </section>
    </main>
  );
}
