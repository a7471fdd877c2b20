import { useTranslation } from 'react-i18next';
import { useUpdate } from './register';

/** Offered, never forced: the associate reloads when the task at hand is done. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useUpdate((state) => state.apply);
  if (!apply) return null;
  return (
    <div role="status" className="card update-prompt">
      <span>{t('pwa.updateReady')}</span>
      <button type="button" className="primary" onClick={apply}>
        {t('pwa.reload')}
      </button>
    </div>
  );
}
