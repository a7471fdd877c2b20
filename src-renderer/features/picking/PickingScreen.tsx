import { useTranslation } from 'react-i18next';
import { ScreenPlaceholder } from '../../ui/ScreenPlaceholder';

/** The picking workflow's entry screen (the workflow issue builds it). */
export function PickingScreen() {
  const { t } = useTranslation('picking');
  return (
    <ScreenPlaceholder title={t('title')}>
      <p>{t('intro')}</p>
    </ScreenPlaceholder>
  );
}
