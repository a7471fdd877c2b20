import type { OrderDoc } from '@shared/schemas/order';
import { Trans, useTranslation } from 'react-i18next';
import type { Walk } from '../../../data/hooks';
import { Badge } from '../../../ui/Badge';
import { StaffNames } from '../StaffNames';

/** Lines and units picked of the total, per order of the batch (and who else is on it). */
export function WalkProgress({
  walk,
  orders,
  me,
}: {
  walk: Walk;
  orders: readonly (OrderDoc | undefined)[];
  me: string;
}) {
  const { t } = useTranslation('picking');
  return (
    <section className="walk__progress" aria-label={t('walk.progress')}>
      <ul>
        {walk.orders.map((o) => {
          const others = orders[o.slot - 1]?.pickers.filter((p) => p !== me) ?? [];
          const text = t('walk.progressOf', {
            number: o.number,
            lines: o.linesDone,
            total: o.lines,
            units: o.unitsPicked,
            allUnits: o.units,
          });
          return (
            <li key={o.orderId} className={o.cancelled ? 'progress progress--void' : 'progress'}>
              <Badge tone="info">{t('walk.tote', { slot: o.slot })}</Badge>
              <span>{text}</span>
              <progress value={o.unitsPicked} max={Math.max(1, o.units)} aria-label={text} />
              {others.length > 0 && (
                <Badge tone="warn">
                  <Trans t={t} i18nKey="walk.claimedBy" components={{ who: <StaffNames ids={others} /> }} />
                </Badge>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
