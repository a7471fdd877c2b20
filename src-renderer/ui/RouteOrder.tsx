import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { type OrderView, useOrder } from '../data/hooks';

/**
 * The order a screen's route names (`:orderId`), live from the replica; while the device does not hold it
 * (a deep link, an order not synced yet or gone), the screen's title and why, instead of the screen.
 */
export function RouteOrder({
  title,
  missing,
  children,
}: {
  title: string;
  missing: string;
  children: (view: OrderView) => ReactNode;
}) {
  const { orderId = '' } = useParams();
  const view = useOrder(orderId);
  if (!view) {
    return (
      <main className="page">
        <div className="page__header">
          <h1>{title}</h1>
        </div>
        <section className="card">
          <p>{missing}</p>
        </section>
      </main>
    );
  }
  return children(view);
}
