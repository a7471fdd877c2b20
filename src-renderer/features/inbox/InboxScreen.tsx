import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** Outcomes and follow-up tasks, in plain words with what to do. */
export function InboxScreen() {
  const { t } = useTranslation('inbox');
  return (
    <ScreenPlaceholder title={t('title')}>
      <p>{t('intro')}</p>
    </ScreenPlaceholder>
  );
}
