import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../data/hooks';

export type Selection = Stage | 'all';

/** One tile per queue with its count; pressing a tile shows that queue below. */
export function QueueTiles({
  counts,
  total,
  selected,
  onSelect,
}: {
  counts: Record<Stage, number>;
  total: number;
  selected: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { t } = useTranslation('home');
  const tiles: { key: Selection; label: string; count: number }[] = [
    { key: 'all', label: t('all'), count: total },
    ...STAGES.map((stage) => ({ key: stage, label: t(`stage.${stage}`), count: counts[stage] })),
  ];
  return (
    <nav className="tiles" aria-label={t('queues')}>
      {tiles.map((tile) => (
        <button
          key={tile.key}
          type="button"
          className={tile.count === 0 ? 'tile tile--empty' : 'tile'}
          aria-pressed={selected === tile.key}
          aria-label={t('tile', { label: tile.label, count: tile.count })}
          onClick={() => onSelect(tile.key)}
        >
          <span className="tile__count">{tile.count}</span>
          <span className="tile__label">{tile.label}</span>
        </button>
      ))}
    </nav>
  );
}
