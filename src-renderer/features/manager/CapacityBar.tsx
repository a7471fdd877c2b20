import type { KindCapacity } from '@shared/manager/day';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';

/** Assigned today against the limit, as a bar (a meter when there is a limit). */
export function CapacityBar({ capacity }: { capacity: KindCapacity }) {
  const { t } = useTranslation('manager');
  const name = t(`kind.${capacity.kind}`);
  const { limit, assigned } = capacity;
  const over = limit !== null && assigned > limit;
  const text = limit === null ? `${assigned} · ${t('noLimit')}` : t('limitOf', { assigned, limit });
  return (
    <div className="capacity-bar">
      <div className="capacity-bar__head">
        <strong>{name}</strong>
        <span>
          {text} {over && <Badge tone="bad">{t('overLimit')}</Badge>}{' '}
          {capacity.paused && <Badge tone="warn">{t('paused')}</Badge>}
        </span>
      </div>
      {limit !== null && (
        <meter
          className={`capacity-bar__meter${over ? ' capacity-bar__meter--over' : ''}`}
          aria-label={`${name} : ${text}`}
          min={0}
          max={Math.max(limit, 1)}
          value={Math.min(assigned, Math.max(limit, 1))}
          high={Math.max(limit, 1) * 0.9}
          optimum={0}
        />
      )}
    </div>
  );
}
