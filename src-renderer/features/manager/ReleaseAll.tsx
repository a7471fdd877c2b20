import { ORDER_KINDS, RELEASE_REASONS, type ReleaseReason } from '@shared/domain/codes';
import { isOutstanding } from '@shared/domain/order-math';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenOrders, useRecord } from '../../data/hooks';
import { usePermission } from '../../state/permission';
import { selectWho, useSession } from '../../state/session';
import { Button } from '../../ui/Button';
import { PinConfirm } from '../../ui/PinConfirm';
import { showToast } from '../../ui/toast';

/**
 * "Release all outstanding": a summary first (how many orders, which), a
 * reason, the manager's PIN again; then one release_order per order not picked
 * yet and a pause of both kinds, recorded together (offline too). Orders
 * someone starts picking meanwhile are kept by the reducer (order_in_progress).
 */
export function ReleaseAll() {
  const { t } = useTranslation('manager');
  const me = useSession(selectWho);
  const allowed = usePermission('release_all_outstanding');
  const record = useRecord();
  const orders = useOpenOrders();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReleaseReason>('staff_shortage');
  const id = useId();
  const outstanding = useMemo(() => orders.filter(isOutstanding), [orders]);
  if (!allowed || !me) return null;

  async function release(confirmedBy: string) {
    const count = outstanding.length;
    for (const order of outstanding)
      await record('release_order', { orderId: order.id, reason, confirmedBy });
    for (const kind of ORDER_KINDS) await record('pause_fulfilment', { kind, paused: true, reason });
    setOpen(false);
    showToast((lng) => t('released', { lng, count }), 'ok');
  }

  return (
    <section className="card card--warning" aria-label={t('release')}>
      <h2>{t('release')}</h2>
      <p>{t('releaseHint')}</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('release')}
      </Button>
      <PinConfirm
        open={open}
        action="release_all_outstanding"
        title={t('releaseTitle')}
        staffId={me.staffId}
        staffName={me.displayName}
        confirmLabel={t('releaseConfirm', { count: outstanding.length })}
        onConfirmed={release}
        onClose={() => setOpen(false)}
      >
        {outstanding.length === 0 ? (
          <p>{t('releaseNone')}</p>
        ) : (
          <>
            <p>{t('releaseSummary', { count: outstanding.length })}</p>
            <ul className="release__kinds">
              {ORDER_KINDS.map((kind) => (
                <li key={kind}>
                  {t('releaseKind', {
                    kind: t(`kind.${kind}`),
                    count: outstanding.filter((o) => o.kind === kind).length,
                  })}
                </li>
              ))}
            </ul>
            <p className="release__numbers muted">
              {outstanding
                .slice(0, 30)
                .map((o) => o.number)
                .join(', ')}
              {outstanding.length > 30 ? ' …' : ''}
            </p>
          </>
        )}
        <p>{t('releaseKept')}</p>
        <p>
          <strong>{t('releasePause')}</strong>
        </p>
        <label htmlFor={`${id}-reason`}>{t('releaseReason')}</label>
        <select
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value as ReleaseReason)}
        >
          {RELEASE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`releaseReasons.${r}`)}
            </option>
          ))}
        </select>
      </PinConfirm>
    </section>
  );
}
