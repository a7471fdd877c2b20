import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('frame.notFound')}</h1>
      <Link to={paths.home}>{t('frame.backHome')}</Link>
    </main>
  );
}
