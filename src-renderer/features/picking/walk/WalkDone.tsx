import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { Walk, WalkOrder } from '../../../data/hooks';
import { pickingPaths } from '../paths';

/** Where a picked order goes next: packing, or the counter's pickup shelf for Click & Collect. */
function next(order: WalkOrder): { to: string; label: 'walk.finish' | 'walk.finishStage' } {
  return order.kind === 'click_and_collect'
    ? { to: `${paths.orderCollect(order.orderId)}/stage`, label: 'walk.finishStage' }
    : { to: pickingPaths.pack(order.orderId), label: 'walk.finish' };
}

/**
 * The walk is complete: each order of the batch goes on to its next step — packing, or for Click & Collect
 * the pickup shelf (the first one is one Enter away).
 */
export function WalkDone({ walk }: { walk: Walk }) {
  const { t } = useTranslation('picking');
  const navigate = useNavigate();
  const toPack = walk.orders.filter((o) => !o.cancelled && o.unitsPicked > 0);
  return (
    <section className="walk__done card" aria-label={t('walk.done')}>
      <p>
        <strong>{t('walk.done')}</strong>
      </p>
      <div className="walk__finish">
        {toPack.map((o, i) => (
          <button
            key={o.orderId}
            type="button"
            className={i === 0 ? 'btn btn--primary' : 'btn'}
            // biome-ignore lint/a11y/noAutofocus: the walk is done: Enter (from the scanner's keyboard) takes the first order on
            autoFocus={i === 0}
            onClick={() => navigate(next(o).to)}
          >
            {t(next(o).label, { number: o.number })}
          </button>
        ))}
      </div>
    </section>
  );
}
