import { isResolved, picked } from '@shared/domain/order-math';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { type OrderView, useStore } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { RouteOrder } from '../../ui/RouteOrder';
import { showToast } from '../../ui/toast';
import { OrderCard } from './parts/OrderCard';
import { useCounterRecord } from './parts/useCounterRecord';
import './collect.css';

/** Put a picked order on a pickup shelf: scan the shelf's label or choose it; the OMS tells the customer. */
export function StageScreen() {
  const { t } = useTranslation('collect');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Stage view={view} />}
    </RouteOrder>
  );
}

function Stage({ view }: { view: OrderView }) {
  const { t } = useTranslation('collect');
  const store = useStore();
  const navigate = useNavigate();
  const record = useCounterRecord();
  const [other, setOther] = useState('');
  const shelves = store?.settings.stagingLocations ?? [];

  async function stage(location: string) {
    const id = await record('ready_for_pickup', { orderId: view.order.id, stagingLocation: location });
    if (!id) return;
    showToast((lng) => t('stage.done', { lng, number: view.order.number, location }), 'ok');
    navigate(paths.orderCollect(view.order.id));
  }

  useScan((scan) => {
    const code = scan.code.trim();
    const known = shelves.find((s) => s.toUpperCase() === code.toUpperCase());
    if (shelves.length > 0 && !known) {
      wrongScan(code, t('stage.expected'));
      return;
    }
    goodScan();
    void stage(known ?? code);
  });
  const { order } = view;
  const ready = order.lines.every(isResolved) && order.lines.some((l) => picked(l) > 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (other.trim()) void stage(other.trim().slice(0, 40));
  }

  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('stage.title', { number: order.number })}</h1>
      </header>
      <OrderCard order={order} pending={view.pending.length > 0} />
      {!ready ? (
        <section className="card">
          <p role="alert">{t('stage.notPicked')}</p>
          <Link className="btn btn--primary" to={paths.orderPick(order.id)}>
            {t('action.pick')}
          </Link>
        </section>
      ) : (
        <section className="card">
          <p>{t('stage.scan')}</p>
          {shelves.length > 0 && (
            <fieldset className="collect-choices">
              <legend>{t('stage.choose')}</legend>
              {shelves.map((shelf) => (
                <Button key={shelf} variant="primary" onClick={() => void stage(shelf)}>
                  {t('stage.confirm', { location: shelf })}
                </Button>
              ))}
            </fieldset>
          )}
          <form className="search__form" onSubmit={submit}>
            <input
              aria-label={t('stage.other')}
              placeholder={t('stage.other')}
              value={other}
              maxLength={40}
              onChange={(e) => setOther(e.target.value)}
            />
            <Button type="submit" disabled={!other.trim()}>
              {other.trim() ? t('stage.confirm', { location: other.trim() }) : t('stage.other')}
            </Button>
          </form>
        </section>
      )}
      <Link className="btn" to={paths.orderCollect(order.id)}>
        {t('action.back')}
      </Link>
    </main>
  );
}
