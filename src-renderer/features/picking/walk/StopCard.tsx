import equal from 'fast-deep-equal';
import { memo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkStop } from '../../../data/hooks';
import { ItemPicture } from '../../../ui/ItemPicture';

/** What the picker can do at a stop; stable across renders (the walk re-renders on every scan). */
export type StopActions = {
  go(stop: WalkStop): void;
  pick(stop: WalkStop, qty: number): void;
  unpick(stop: WalkStop): void;
  short(stop: WalkStop): void;
};

type Props = {
  stop: WalkStop;
  current: boolean;
  /** The store lets a tap confirm a pick (otherwise each unit is scanned). */
  tapAllowed: boolean;
  actions: StopActions;
  ref?: Ref<HTMLLIElement> | undefined;
  children?: ReactNode;
};

/**
 * One stop of the walk: the item, where it is, how many, which totes it goes to, and what can be done.
 * A scan changes one stop: the others keep their rendering (a walk of 20 orders has dozens of stops).
 * The walk is rebuilt on every change, so stops are compared by value.
 */
export const StopCard = memo(
  StopCardView,
  (before, after) =>
    before.current === after.current &&
    before.tapAllowed === after.tapAllowed &&
    before.actions === after.actions &&
    before.ref === after.ref &&
    before.children === after.children &&
    equal(before.stop, after.stop),
);

function StopCardView({ stop, current, tapAllowed, actions, ref, children }: Props) {
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
              onClick={() => actions.go(stop)}
              aria-label={t('walk.goTo', { name: stop.name })}
            >
              {stop.locationCode || t('walk.noLocation')}
            </button>
          )}
          {current && tapAllowed && !stop.done && (
            <button type="button" className="btn btn--primary" onClick={() => actions.pick(stop, 1)}>
              {t('walk.pickOne', { name: stop.name })}
            </button>
          )}
          {current && tapAllowed && stop.toPick > 1 && (
            <button type="button" className="btn" onClick={() => actions.pick(stop, stop.toPick)}>
              {t('walk.pickAll', { name: stop.name, count: stop.toPick })}
            </button>
          )}
          {(current || stop.done) && stop.picked > 0 && (
            <button type="button" className="btn" onClick={() => actions.unpick(stop)}>
              {t('walk.unpick', { name: stop.name })}
            </button>
          )}
          {current && !stop.done && (
            <button type="button" className="btn btn--danger" onClick={() => actions.short(stop)}>
              {t('walk.short', { name: stop.name })}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
