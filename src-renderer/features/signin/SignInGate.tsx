import { type ReactNode, useEffect } from 'react';
import { useStaff, useStore } from '../../data/hooks';
import { DEFAULT_LOCK_AFTER_MINUTES, selectSignedIn, selectWho, useSession } from '../../state/session';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

/**
 * Shows its children only while someone is signed in and the device is not
 * locked. Locks after the store's idle minutes; follows the staff list (a new
 * role applies at once, someone deactivated is signed out).
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const signedIn = useSession(selectSignedIn);
  const who = useSession(selectWho);
  const lock = useSession((s) => s.lock);
  const signOut = useSession((s) => s.signOut);
  const updateRole = useSession((s) => s.updateRole);
  const store = useStore();
  const staff = useStaff();

  useIdleLock(store?.settings.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES, signedIn, lock);

  useEffect(() => {
    if (!who || staff.length === 0) return;
    const me = staff.find((s) => s.id === who.staffId);
    if (!me?.active) signOut();
    else updateRole(me.role);
  }, [who, staff, signOut, updateRole]);

  return signedIn ? children : <SignInScreen />;
}
