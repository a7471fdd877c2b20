import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../i18n';

/** Who is working on this device. Never a PIN: the keypad keeps digits only while they are typed. */
export type SignedIn = { staffId: string; displayName: string; role: string };

/** Wrong PINs in a row before the keypad locks, and for how long. */
export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 60_000;
/** Idle minutes before the device locks when the store sets none. */
export const DEFAULT_LOCK_AFTER_MINUTES = 5;

/**
 * UI and session state only (who is signed in, locked or not, in which
 * language); store data comes from the replica. Only the language and the
 * wrong-PIN lockout survive a reload: after a reload, one signs in again.
 */
export type Session = {
  who: SignedIn | null;
  /** Signed in but locked (idle or on demand): the screens are hidden until a PIN is typed again. */
  locked: boolean;
  language: Language | null;
  wrongPins: number;
  /** Epoch ms until which the keypad refuses PINs (0: not locked out). */
  lockedOutUntil: number;
  signIn(who: SignedIn): void;
  signOut(): void;
  lock(): void;
  /** The role may change while signed in (the OMS updated the staff): the app follows at once. */
  updateRole(role: string): void;
  wrongPin(now: number): void;
  setLanguage(language: Language): void;
};

export const useSession = create<Session>()(
  persist(
    (set) => ({
      who: null,
      locked: false,
      language: null,
      wrongPins: 0,
      lockedOutUntil: 0,
      signIn: (who) => set({ who, locked: false, wrongPins: 0, lockedOutUntil: 0 }),
      signOut: () => set({ who: null, locked: false }),
      lock: () => set((s) => (s.who ? { locked: true } : {})),
      updateRole: (role) => set((s) => (s.who && s.who.role !== role ? { who: { ...s.who, role } } : {})),
      wrongPin: (now) =>
        set((s) => {
          const wrongPins = s.wrongPins + 1;
          return wrongPins >= MAX_WRONG_PINS
            ? { wrongPins: 0, lockedOutUntil: now + LOCKOUT_MS }
            : { wrongPins, lockedOutUntil: s.lockedOutUntil };
        }),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'associate.session',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ language: s.language, wrongPins: s.wrongPins, lockedOutUntil: s.lockedOutUntil }),
    },
  ),
);

// Selectors: screens read the session through these, never the whole object.
export const selectSignedIn = (s: Session) => s.who !== null && !s.locked;
export const selectWho = (s: Session) => s.who;
export const selectStaffId = (s: Session) => s.who?.staffId ?? '';
export const selectRole = (s: Session) => s.who?.role ?? '';
export const selectLocked = (s: Session) => s.locked;
export const selectLockedOutUntil = (s: Session) => s.lockedOutUntil;
export const selectLanguage = (s: Session) => s.language;

/** The staff member recorded on commands ('' while nobody is signed in: nothing can be recorded then). */
export function currentStaffId(): string {
  return selectStaffId(useSession.getState());
}
