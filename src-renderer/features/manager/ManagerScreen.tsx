import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** The manager workflow's entry screen (the workflow issue builds it). */
export function ManagerScreen() {
  const { t } = useTranslation('manager');
  return (
    <ScreenPlaceholder title={t('title')}>
      <p>{t('intro')}</p>
    </ScreenPlaceholder>
  );
}
