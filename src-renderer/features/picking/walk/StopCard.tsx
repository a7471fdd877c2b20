import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkStop } from '../../../data/hooks';
import { ItemPicture } from '../../../ui/ItemPicture';

type Props = {
  stop: WalkStop;
  current: boolean;
  /** The store lets a tap confirm a pick (otherwise each unit is scanned). */
  tapAllowed: boolean;
  onGo(): void;
  onPick(qty: number): void;
  onUnpick(): void;
  onShort(): void;
  ref?: Ref<HTMLLIElement> | undefined;
  children?: ReactNode;
};

/** One stop of the walk: the item, where it is, how many, which totes it goes to, and what can be done. */
export function StopCard({
  stop,
  current,
  tapAllowed,
  onGo,
  onPick,
  onUnpick,
  onShort,
  ref,
  children,
}: Props) {
  const { t } = useTranslation('picking');
  const state = stop.done ? 'done' : current ? 'current' : 'open';
  return (
    <li
      ref={ref}
      className={`stop stop--${state}`}
      aria-current={current ? 'step' : undefined}
      aria-label={stop.name}
      data-sku={stop.sku}
      data-picked={stop.picked}
    >
      <ItemPicture name={stop.name} label={t('walk.picture', { name: stop.name })} />
      <div className="stop__body">
        <div className="stop__head">
          <strong className="stop__name">{stop.name}</strong>
          <span className="stop__count">
            {t('walk.picked', { picked: stop.picked, wanted: stop.wanted })}
          </span>
        </div>
        <dl className="stop__facts">
          <div>
            <dt>{t('walk.location')}</dt>
            <dd className="stop__location">{stop.locationCode || t('walk.noLocation')}</dd>
          </div>
          <div>
            <dt>{t('walk.ean')}</dt>
            <dd>{stop.ean}</dd>
          </div>
        </dl>
        <ul className="stop__parts">
          {stop.parts.map((part) => (
            <li
              key={`${part.orderId}:${part.lineId}`}
              className={part.toPick === 0 ? 'part part--done' : 'part'}
            >
              {t('walk.forOrder', {
                number: part.orderNumber,
                slot: part.slot,
                picked: Math.min(part.picked, part.wanted),
                wanted: part.wanted,
              })}
            </li>
          ))}
        </ul>
        {children}
        <div className="stop__actions">
          {!current && !stop.done && (
            <button
              type="button"
              className="btn"
              onClick={onGo}
              aria-label={t('walk.goTo', { name: stop.name })}
            >
              {stop.locationCode || t('walk.noLocation')}
            </button>
          )}
          {current && tapAllowed && !stop.done && (
            <button type="button" className="btn btn--primary" onClick={() => onPick(1)}>
              {t('walk.pickOne', { name: stop.name })}
            </button>
          )}
          {current && tapAllowed && stop.toPick > 1 && (
            <button type="button" className="btn" onClick={() => onPick(stop.toPick)}>
              {t('walk.pickAll', { name: stop.name, count: stop.toPick })}
            </button>
          )}
          {(current || stop.done) && stop.picked > 0 && (
            <button type="button" className="btn" onClick={onUnpick}>
              {t('walk.unpick', { name: stop.name })}
            </button>
          )}
          {current && !stop.done && (
            <button type="button" className="btn btn--danger" onClick={onShort}>
              {t('walk.short', { name: stop.name })}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
