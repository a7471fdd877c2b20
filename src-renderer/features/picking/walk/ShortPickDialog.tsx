import { REJECT_REASON_CODES, type RejectReason, rejectEffect } from '@shared/domain/reject-reasons';
import type { OrderDoc } from '@shared/schemas/order';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecord, useStockLevel, type WalkStop } from '../../../data/hooks';
import { Dialog } from '../../../ui/Dialog';

const inHand = (l: OrderDoc['lines'][number]) => Math.max(0, l.picked - l.putAway - l.shipped - l.handedOver);

/**
 * Short pick: the rest of a stop cannot be picked. The associate gives a reason and
 * sees its stock effect before confirming. When the store ships no incomplete
 * order, the whole order is rejected (what was picked for it goes back to the shelf).
 */
export function ShortPickDialog({
  stop,
  orders,
  partialAllowed,
  onClose,
}: {
  stop: WalkStop;
  orders: readonly (OrderDoc | undefined)[];
  partialAllowed: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation('picking');
  const record = useRecord();
  const stock = useStockLevel(stop.sku);
  const [reason, setReason] = useState<RejectReason>('not_in_stock');
  const [busy, setBusy] = useState(false);
  const open = stop.parts.filter((p) => p.toPick > 0);
  const count = open.reduce((n, p) => n + p.toPick, 0);
  const affected = open
    .map((p) => orders.find((o) => o?.id === p.orderId))
    .filter((o): o is OrderDoc => Boolean(o));
  // Units already picked that go back to the shelf when whole orders are rejected.
  const putBack = partialAllowed
    ? 0
    : affected.reduce((n, o) => n + o.lines.reduce((m, l) => m + inHand(l), 0), 0);

  function effectText(code: RejectReason): string {
    const onHand = stock?.onHand ?? 0;
    return t(`short.effects.${rejectEffect(code)}`, {
      sku: stop.sku,
      qty: count,
      onHand,
      after: onHand - count,
    });
  }

  async function confirm() {
    setBusy(true);
    try {
      for (const part of open) {
        await record('reject_line', { orderId: part.orderId, lineId: part.lineId, qty: part.toPick, reason });
      }
      if (!partialAllowed) {
        for (const order of affected) {
          for (const line of order.lines) {
            const back = inHand(line);
            if (back > 0) await record('unpick', { orderId: order.id, lineId: line.id, qty: back });
            const own = open.find((p) => p.orderId === order.id && p.lineId === line.id);
            const rest = line.ordered - line.rejected - (own?.toPick ?? 0);
            if (rest > 0)
              await record('reject_line', {
                orderId: order.id,
                lineId: line.id,
                qty: rest,
                reason: 'no_variance',
              });
          }
        }
      }
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t('short.title', { name: stop.name })} onClose={onClose}>
      <form
        className="form short"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <p>{t('short.intro', { count })}</p>
        <fieldset>
          <legend>{t('short.reason')}</legend>
          {REJECT_REASON_CODES.map((code) => (
            <label key={code} className="short__reason">
              <input
                type="radio"
                name="reason"
                value={code}
                checked={reason === code}
                onChange={() => setReason(code)}
              />
              <span>
                <strong>{t(`short.reasons.${code}`)}</strong>
                <span className="muted"> — {effectText(code)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p role="status" aria-label={t('short.effect')} className="short__effect">
          {effectText(reason)}
        </p>
        {!partialAllowed && (
          <div role="alert" className="card--warning short__whole">
            <p>{t('short.partialNotAllowed', { numbers: affected.map((o) => o.number).join(', ') })}</p>
            {putBack > 0 && <p>{t('short.putBack', { count: putBack })}</p>}
          </div>
        )}
        <div className="sheet__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('short.cancel')}
          </button>
          <button type="submit" className="btn btn--danger" disabled={busy || count === 0}>
            {partialAllowed ? t('short.confirm', { count }) : t('short.wholeOrder')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
