import type { ReceiptDoc } from '@shared/schemas/receipt';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrders } from '../../data/hooks';
import { useInboxSeen } from '../../state/inbox';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/Format';

/** The service's answers to this device's commands that were not a plain "applied", in plain words. */
export function OutcomeList({ outcomes }: { outcomes: ReceiptDoc[] }) {
  const { t } = useTranslation('inbox');
  const { t: common } = useTranslation();
  const seen = useInboxSeen((s) => s.seen);
  const markSeen = useInboxSeen((s) => s.markSeen);
  const orderIds = useMemo(() => [...new Set(outcomes.map((o) => o.orderId).filter(Boolean))], [outcomes]);
  const orders = useOrders({ selector: { id: { $in: orderIds } } });
  const numbers = new Map(orders.map((o) => [o.id, o.number]));
  const unread = outcomes.filter((o) => !seen.includes(o.id));

  return (
    <>
      {unread.length > 0 && (
        <Button onClick={() => markSeen(outcomes.map((o) => o.id))}>{t('markRead')}</Button>
      )}
      <ul className="list" aria-label={t('outcomes')}>
        {outcomes.map((outcome) => {
          const number = numbers.get(outcome.orderId);
          const command = t(`command.${outcome.type}`, { defaultValue: t('command.other') });
          const key = outcome.outcome === 'exception' ? 'exception' : 'rejected';
          return (
            <li key={outcome.id} className={`list__row outcome outcome--${outcome.outcome}`}>
              <span>
                {!seen.includes(outcome.id) && <Badge tone="info">{t('new')}</Badge>}{' '}
                <strong>{number ? t(key, { command, number }) : t(`${key}NoOrder`, { command })}</strong>
                <br />
                {common(`reason.${outcome.reason}`, { defaultValue: outcome.reason })}
                <br />
                <small className="muted">
                  <DateTime iso={outcome.at} />
                </small>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
