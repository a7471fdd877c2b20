import { useTranslation } from 'react-i18next';
import { selectWho, useSession } from '../../state/session';

/** Who is signed in, and the buttons to lock the device (walking away) or sign out. For the frame's bar. */
export function SessionControls() {
  const { t } = useTranslation('signin');
  const who = useSession(selectWho);
  const lock = useSession((s) => s.lock);
  const signOut = useSession((s) => s.signOut);
  if (!who) return null;
  return (
    <span className="session">
      <span className="session__who">
        {t('signedInAs', { name: who.displayName, role: t(`role.${who.role}`, { defaultValue: who.role }) })}
      </span>
      <button type="button" onClick={lock}>
        {t('lock')}
      </button>
      <button type="button" onClick={signOut}>
        {t('signOut')}
      </button>
    </span>
  );
}
