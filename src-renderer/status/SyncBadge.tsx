import { useTranslation } from 'react-i18next';
import { useReplica, useSyncState } from '../data/react';
import { formatRelative } from '../ui/format';

/** Sync at a glance: online or not, what is waiting to be sent, when the device last caught up. */
export function SyncBadge({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const sync = useSyncState();
  const replica = useReplica();
  const connection = t(`sync.${sync.connection}`);
  return (
    <section className={`sync sync--${sync.connection}`} aria-live="polite" aria-label="sync">
      <span className="sync__dot" aria-hidden="true" />
      <strong data-testid="sync-connection">{connection}</strong>
      <span data-testid="sync-pending">
        {sync.pending > 0 ? t('sync.pending', { count: sync.pending }) : t('sync.allSent')}
      </span>
      {!sync.initial.complete && sync.initial.total > 0 && (
        <span data-testid="sync-initial">
          {t('sync.initial', { done: sync.initial.done, total: sync.initial.total })}
          <progress max={sync.initial.total} value={sync.initial.done} />
        </span>
      )}
      <span data-testid="sync-last">
        {sync.lastSyncedAt
          ? t('sync.lastSynced', { when: formatRelative(sync.lastSyncedAt, locale) })
          : t('sync.neverSynced')}
      </span>
      <button type="button" onClick={() => replica.syncNow()}>
        {t('sync.syncNow')}
      </button>
    </section>
  );
}
