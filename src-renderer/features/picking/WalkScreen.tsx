import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pickingPaths } from './paths';
import './picking.css';
import { usePicking } from './state';
import { PickWalk } from './walk/PickWalk';

/** #/picking/walk/:batchId — the walk of a batch started on this device (kept across reloads). */
export function WalkScreen() {
  const { t } = useTranslation('picking');
  const { batchId = '' } = useParams();
  const batch = usePicking((s) => (Object.hasOwn(s.batches, batchId) ? s.batches[batchId] : undefined));
  if (!batch) {
    return (
      <main className="page">
        <h1>{t('title')}</h1>
        <p>{t('walk.unknownBatch')}</p>
        <Link to={pickingPaths.queue}>{t('walk.backToQueue')}</Link>
      </main>
    );
  }
  return (
    <main className="page page--wide picking">
      <header className="page__header">
        <h1>{t('walk.title', { count: batch.orderIds.length })}</h1>
      </header>
      <PickWalk walkId={batch.id} orderIds={batch.orderIds} />
    </main>
  );
}
