import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Walk } from '../../../data/hooks';
import { pickingPaths } from '../paths';

/** The walk is complete: each order of the batch goes to packing (the first one is one Enter away). */
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
            // biome-ignore lint/a11y/noAutofocus: the walk is done: Enter (from the scanner's keyboard) packs the first order
            autoFocus={i === 0}
            onClick={() => navigate(pickingPaths.pack(o.orderId))}
          >
            {t('walk.finish', { number: o.number })}
          </button>
        ))}
      </div>
    </section>
  );
}
