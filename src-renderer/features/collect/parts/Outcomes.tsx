import type { OrderDoc } from '@shared/schemas/order';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../ui/Format';

/**
 * What the service made of this order's commands when it was not a plain
 * "done": a refusal, or a fact kept with a follow-up (a handover after the OMS
 * cancelled, a code mismatch…), in plain words, newest first.
 */
export function Outcomes({ order }: { order: OrderDoc }) {
  const { t } = useTranslation('collect');
  const { t: common } = useTranslation();
  const notable = order.commandLog.filter((e) => e.outcome !== 'applied' && e.reason).reverse();
  if (notable.length === 0) return null;
  return (
    <section className="card card--warning" aria-label={t('outcomes')}>
      <h2>{t('outcomes')}</h2>
      <ul className="list">
        {notable.map((entry) => (
          <li key={entry.commandId} className="list__row">
            <span>
              {common(`reason.${entry.reason}`, { defaultValue: entry.reason })}{' '}
              <small className="muted">
                <DateTime iso={entry.at} />
              </small>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
