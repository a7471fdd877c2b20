import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen not built yet: its title and what it will be for, so navigation and deep links already work. */
export function ScreenPlaceholder({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <div className="page__header">
        <h1>{title}</h1>
      </div>
      <section className="card">
        {children}
        <p className="muted">{t('frame.comingSoon')}</p>
      </section>
    </main>
  );
}
