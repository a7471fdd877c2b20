import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useOrder } from '../../data/hooks';
import { PrintMenu } from '../../print/PrintMenu';
import { OrderCard } from './parts/OrderCard';
import './collect.css';

/** The goods left: say so, offer the collection receipt, and move on to the next customer. */
export function DoneScreen() {
  const { t } = useTranslation('collect');
  const { orderId = '' } = useParams();
  const [params] = useSearchParams();
  const view = useOrder(orderId);
  const refused = Number(params.get('refused') ?? 0);
  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('done.title')}</h1>
      </header>
      {view && (
        <>
          <p role="status" className="collect-ok">
            {t('done.text', {
              number: view.order.number,
              count: Number(params.get('taken') ?? 0),
              name: params.get('to') ?? view.order.customer.name,
            })}
          </p>
          {refused > 0 && <p className="collect-warn">{t('done.refused')}</p>}
          <OrderCard order={view.order} pending={view.pending.length > 0} />
          <section className="card" aria-label={t('done.receipt')}>
            <h2>{t('done.receipt')}</h2>
            <PrintMenu order={view.order} />
          </section>
        </>
      )}
      <Link className="btn btn--primary" to={paths.collect}>
        {t('done.next')}
      </Link>
    </main>
  );
}
