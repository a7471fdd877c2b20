import { useTranslation } from 'react-i18next';
import { useSyncNow, useSyncState } from '../data/hooks';
import { shownConnection } from '../data/sync-state';
import { formatRelative } from '../ui/format';
import { useStoreLocale } from '../ui/locale';

/**
 * Sync at a glance, on every screen: online, reconnecting (the service answers, its live stream is being
 * reopened), offline; what waits to be sent, last sync, first-sync progress.
 */
export function SyncBar() {
  const { t } = useTranslation();
  const sync = useSyncState();
  const syncNow = useSyncNow();
  const { locale } = useStoreLocale();
  const connection = shownConnection(sync);
  return (
    <section className={`sync sync--${connection}`} aria-live="polite" aria-label={t('frame.syncBar')}>
      <span className="sync__dot" aria-hidden="true" />
      <strong
        data-testid="sync-connection"
        title={connection === 'reconnecting' ? t('sync.reconnectingHint') : undefined}
      >
        {t(`sync.${connection}`)}
      </strong>
      <span data-testid="sync-pending">
        {sync.pending > 0 ? t('sync.pending', { count: sync.pending }) : t('sync.allSent')}
      </span>
      {!sync.initial.complete && sync.initial.total > 0 && (
        <span data-testid="sync-initial" className="sync__initial">
          {t('sync.initial', { done: sync.initial.done, total: sync.initial.total })}
          <progress
            max={sync.initial.total}
            value={sync.initial.done}
            aria-label={t('sync.initial', { done: sync.initial.done, total: sync.initial.total })}
          />
        </span>
      )}
      <span data-testid="sync-last" className="sync__last">
        {sync.lastSyncedAt
          ? t('sync.lastSynced', { when: formatRelative(sync.lastSyncedAt, locale) })
          : t('sync.neverSynced')}
      </span>
      <button type="button" className="btn" onClick={syncNow}>
        {t('sync.syncNow')}
      </button>
    </section>
  );
}
