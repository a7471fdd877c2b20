import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** The collect workflow's entry screen (the workflow issue builds it). */
export function CollectScreen() {
  const { t } = useTranslation('collect');
  return (
    <ScreenPlaceholder title={t('title')}>
      <p>{t('intro')}</p>
    </ScreenPlaceholder>
  );
}
