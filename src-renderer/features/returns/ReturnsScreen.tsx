import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** The returns workflow's entry screen (the workflow issue builds it). */
export function ReturnsScreen() {
  const { t } = useTranslation('returns');
  return (
    <ScreenPlaceholder title={t('title')}>
      <p>{t('intro')}</p>
    </ScreenPlaceholder>
  );
}
