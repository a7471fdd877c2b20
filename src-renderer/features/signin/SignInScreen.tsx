import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StaffMember, useCheckPin, useStaff } from '../../data/hooks';
import { useScan } from '../../scan/react';
import {
  MAX_WRONG_PINS,
  selectLocked,
  selectLockedOutUntil,
  selectWho,
  useSession,
} from '../../state/session';
import { PinPad } from './PinPad';
import './signin.css';
import { useNow } from './useNow';

/**
 * Who is working: pick your name (or scan your badge), then type your PIN,
 * checked on this device against the store's staff list (works offline).
 */
export function SignInScreen() {
  const { t } = useTranslation('signin');
  const staff = useStaff().filter((s) => s.active);
  const checkPin = useCheckPin();
  const who = useSession(selectWho);
  const locked = useSession(selectLocked);
  const lockedOutUntil = useSession(selectLockedOutUntil);
  const signIn = useSession((s) => s.signIn);
  const wrongPin = useSession((s) => s.wrongPin);
  const [chosenId, setChosenId] = useState<string | null>(locked && who ? who.staffId : null);
  const [badge, setBadge] = useState('');
  const [error, setError] = useState('');
  const [checking, setChecking] = useState(false);

  const ticking = lockedOutUntil > Date.now();
  const now = useNow(ticking);
  const lockedOut = ticking && lockedOutUntil > now;
  const chosen = staff.find((s) => s.id === chosenId);

  const choose = (member: StaffMember) => {
    setChosenId(member.id);
    setError('');
  };

  const findBadge = (raw: string) => {
    const code = raw.trim();
    if (!code) return;
    const member = staff.find((s) => s.badge !== '' && s.badge === code);
    if (member) choose(member);
    else setError(t('badgeUnknown', { badge: code }));
  };
  // A badge scanned anywhere on this screen (keyboard wedge or camera) picks the name.
  useScan((scan) => {
    if (!chosen) findBadge(scan.code);
  });
  const onBadge = (e: FormEvent) => {
    e.preventDefault();
    findBadge(badge);
    setBadge('');
  };

  const onPin = async (pin: string) => {
    if (!chosen) return;
    setChecking(true);
    const ok = await checkPin(chosen.id, pin);
    setChecking(false);
    if (ok) {
      signIn({ staffId: chosen.id, displayName: chosen.displayName, role: chosen.role });
      return;
    }
    wrongPin(Date.now());
    const left = MAX_WRONG_PINS - useSession.getState().wrongPins;
    setError(useSession.getState().lockedOutUntil > Date.now() ? '' : t('wrongPin', { count: left }));
  };

  return (
    <main className="page signin">
      <h1>{t('title')}</h1>
      {locked && who ? <p className="signin__locked">{t('locked', { name: who.displayName })}</p> : null}
      {lockedOut ? (
        <p role="alert" className="error">
          {t('lockedOut', { seconds: Math.ceil((lockedOutUntil - now) / 1000) })}
        </p>
      ) : null}
      {chosen ? (
        <>
          <PinPad
            label={t('pinFor', { name: chosen.displayName })}
            disabled={lockedOut || checking}
            onSubmit={onPin}
          />
          {checking ? <p className="muted">{t('checking')}</p> : null}
          <button type="button" className="signin__other" onClick={() => setChosenId(null)}>
            {t('someoneElse')}
          </button>
        </>
      ) : staff.length === 0 ? (
        <p className="muted">{t('noStaff')}</p>
      ) : (
        <>
          <section aria-labelledby="signin-names">
            <h2 id="signin-names">{t('pickName')}</h2>
            <ul className="signin__names">
              {staff.map((member) => (
                <li key={member.id}>
                  <button type="button" className="signin__name" onClick={() => choose(member)}>
                    {member.displayName}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <form className="signin__badge" onSubmit={onBadge}>
            <label>
              {t('badge')}
              <input
                value={badge}
                onChange={(e) => setBadge(e.target.value)}
                placeholder={t('badgeHint')}
                autoComplete="off"
              />
            </label>
          </form>
        </>
      )}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </main>
  );
}
