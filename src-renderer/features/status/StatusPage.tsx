import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import {
  useAttention,
  useCount,
  useDismissAttention,
  useOpenTasks,
  useOrders,
  usePendingIds,
  useStore,
} from '../../data/hooks';
import { PrintMenu } from '../../print/PrintMenu';
import { ScannerSettings } from '../../scan/ScannerSettings';
import { formatDateTime } from '../../ui/format';

function units(order: OrderDoc): number {
  return order.lines.reduce((n, l) => n + l.ordered, 0);
}

/** The replica as the device holds it: sync, counts, the day's orders, tasks, and what needs attention. */
export function StatusPage() {
  const { t } = useTranslation();
  const dismiss = useDismissAttention();
  const store = useStore();
  const orders = useOrders({ sort: [{ promisedBy: 'asc' }] });
  const tasks = useOpenTasks();
  const attention = useAttention();
  const counts = { orders: useCount('orders'), products: useCount('products'), stock: useCount('stock') };
  const locale = store?.locale ?? 'fr-FR';
  const zone = store?.timezone ?? 'Europe/Paris';
  const pending = usePendingIds();

  return (
    <main className="page">
      <div className="page__header">
        <h1>{store?.name ?? t('status.title')}</h1>
      </div>

      {attention.length > 0 && (
        <section className="card card--warning" aria-labelledby="attention-title">
          <h2 id="attention-title">{t('status.attention')}</h2>
          <p>{t('status.attentionIntro')}</p>
          <ul className="list">
            {attention.map((item) => (
              <li key={item.commandId} className="list__row">
                <span>
                  <strong>{item.type}</strong> — {t(`reason.${item.reason}`, { defaultValue: item.reason })}
                  <small className="muted"> {item.detail}</small>
                </span>
                <button type="button" onClick={() => void dismiss(item.commandId)}>
                  {t('status.dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="replica-title">
        <h2 id="replica-title">{t('status.replica')}</h2>
        <dl className="counts">
          <div>
            <dt>{t('status.orders')}</dt>
            <dd data-testid="count-orders">{counts.orders}</dd>
          </div>
          <div>
            <dt>{t('status.products')}</dt>
            <dd data-testid="count-products">{counts.products}</dd>
          </div>
          <div>
            <dt>{t('status.stock')}</dt>
            <dd data-testid="count-stock">{counts.stock}</dd>
          </div>
          <div>
            <dt>{t('status.openTasks')}</dt>
            <dd data-testid="count-tasks">{tasks.length}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('status.tasks')}</h2>
        {tasks.length === 0 ? (
          <p className="muted">{t('status.noTasks')}</p>
        ) : (
          <ul className="list" data-testid="tasks">
            {tasks.map((task) => (
              <li key={task.id} className="list__row">
                <span>
                  <strong>{t(`task.${task.kind}`)}</strong>
                  {task.sku && ` — ${task.qty} × ${task.sku}`}
                  {task.orderNumber && ` · ${t('task.order', { number: task.orderNumber })}`}
                  <br />
                  <small>{t(`reason.${task.reason}`, { defaultValue: task.reason })}</small>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="queue-title">
        <h2 id="queue-title">{t('status.queue')}</h2>
        {orders.length === 0 ? (
          <p className="muted">{t('status.noOrders')}</p>
        ) : (
          <table className="table" data-testid="orders">
            <thead>
              <tr>
                <th>{t('status.columns.number')}</th>
                <th>{t('status.columns.kind')}</th>
                <th>{t('status.columns.status')}</th>
                <th>{t('status.columns.due')}</th>
                <th>{t('status.columns.lines')}</th>
                <th>{t('print.column')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.slice(0, 200).map((order) => (
                <tr key={order.id} data-order={order.id}>
                  <td>{order.number}</td>
                  <td>{t(`kind.${order.kind}`)}</td>
                  <td>
                    <span className={`pill pill--${order.status}`}>{t(`status_.${order.status}`)}</span>
                    {order.commandLog.some((e) => pending.has(e.commandId)) && (
                      <small className="muted"> · {t('status.pendingMark')}</small>
                    )}
                  </td>
                  <td>{formatDateTime(order.promisedBy, locale, zone)}</td>
                  <td>{units(order)}</td>
                  <td>
                    <PrintMenu order={order} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ScannerSettings />
    </main>
  );
}
