import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePermission } from '../../state/permission';
import { selectWho, useSession } from '../../state/session';

/**
 * The manager's screens, behind the shared permissions table: another role
 * sees why not (the reducer would refuse their commands anyway, on the device and the service).
 */
export function ManagerOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('manager');
  const me = useSession(selectWho);
  const allowed = usePermission('set_capacity');
  if (!allowed)
    return (
      <main className="page">
        <h1>{t('title')}</h1>
        <p role="alert" className="card card--warning">
          {t('managersOnly', { role: me ? me.role : t('notSignedIn') })}
        </p>
      </main>
    );
  return (
    <main className="page manager">
      <nav className="manager__tabs" aria-label={t('tabs')}>
        <NavLink to="/manager" end>
          {t('today')}
        </NavLink>
        <NavLink to="/manager/capacity">{t('capacity')}</NavLink>
      </nav>
      {children}
    </main>
  );
}
