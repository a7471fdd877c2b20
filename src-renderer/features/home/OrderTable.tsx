import type { OrderDoc } from '@shared/schemas/order';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { orderPath } from '../../app/paths';
import { deadlineOf, pickupFlagOf, stageOf, urgencyOf, usePendingIds } from '../../data/hooks';
import { PrintMenu } from '../../print/PrintMenu';
import { Badge, type Tone } from '../../ui/Badge';
import { DateTime } from '../../ui/Format';

const ROW_HEIGHT = 64;
const TONE = { late: 'bad', due_soon: 'warn', on_time: 'ok' } as const satisfies Record<string, Tone>;

const units = (order: OrderDoc) => order.lines.reduce((n, l) => n + l.ordered, 0);

/**
 * A queue of orders, most urgent first. Virtualized against the window: only the
 * rows on screen are in the DOM, so 2,000 orders scroll as smoothly as 20.
 */
export function OrderTable({
  orders,
  label,
  now,
  arrived,
}: {
  orders: OrderDoc[];
  label: string;
  now: number;
  /** Orders that synced in while the screen was open: marked "new" until acknowledged. */
  arrived?: ReadonlySet<string>;
}) {
  const { t } = useTranslation('home');
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const pending = usePendingIds();
  const virtualizer = useWindowVirtualizer({
    count: orders.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1280, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  if (orders.length === 0) return <p className="muted">{t('noOrders')}</p>;
  return (
    <table className="table queue" aria-label={label} data-testid="orders" aria-rowcount={orders.length + 1}>
      <thead>
        <tr>
          <th scope="col">{t('columns.number')}</th>
          <th scope="col">{t('columns.kind')}</th>
          <th scope="col">{t('columns.stage')}</th>
          <th scope="col">{t('columns.due')}</th>
          <th scope="col">{t('columns.items')}</th>
          <th scope="col">{t('columns.who')}</th>
          <th scope="col">{t('columns.print')}</th>
        </tr>
      </thead>
      <tbody>
        {before > 0 && (
          <tr className="queue__spacer" style={{ height: before }}>
            <td colSpan={7} />
          </tr>
        )}
        {items.map((item) => {
          const order = orders[item.index] as OrderDoc;
          const stage = stageOf(order);
          const urgency = urgencyOf(order, now);
          const pickup = pickupFlagOf(order, now);
          return (
            <tr
              key={order.id}
              data-order={order.id}
              aria-rowindex={item.index + 2}
              style={{ height: ROW_HEIGHT }}
              className={`queue__row queue__row--${urgency}${arrived?.has(order.id) ? ' queue__row--new' : ''}`}
            >
              <td>
                <button type="button" className="link" onClick={() => navigate(orderPath(order))}>
                  {order.number}
                </button>
                {arrived?.has(order.id) && (
                  <>
                    {' '}
                    <Badge tone="info">{t('new')}</Badge>
                  </>
                )}
              </td>
              <td>{common(`kind.${order.kind}`)}</td>
              <td>
                {stage ? t(`stage.${stage}`) : common(`status_.${order.status}`)}
                {order.commandLog.some((e) => pending.has(e.commandId)) && (
                  <small className="muted"> · {t('pending')}</small>
                )}
              </td>
              <td>
                <Badge tone={TONE[urgency]}>{t(`urgency.${urgency}`)}</Badge>{' '}
                <DateTime iso={deadlineOf(order)} format="due" />
                {pickup && (
                  <>
                    {' '}
                    <Badge tone={pickup === 'overdue' ? 'bad' : 'warn'}>{t(`pickup.${pickup}`)}</Badge>
                  </>
                )}
              </td>
              <td>{units(order)}</td>
              <td>{order.pickers.join(', ')}</td>
              <td>
                <PrintMenu order={order} />
              </td>
            </tr>
          );
        })}
        {after > 0 && (
          <tr className="queue__spacer" style={{ height: after }}>
            <td colSpan={7} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
