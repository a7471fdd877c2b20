import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../i18n';

/** UI and session state only (who is working, in which language); store data comes from the replica. */
export type Session = {
  staffId: string;
  language: Language | null;
  setStaffId(staffId: string): void;
  setLanguage(language: Language): void;
};

export const useSession = create<Session>()(
  persist(
    (set) => ({
      staffId: '',
      language: null,
      setStaffId: (staffId) => set({ staffId: staffId.trim() }),
      setLanguage: (language) => set({ language }),
    }),
    { name: 'associate.session', storage: createJSONStorage(() => localStorage) },
  ),
);

/** The staff member recorded on commands ('' while nobody is signed in: nothing can be recorded then). */
export function currentStaffId(): string {
  return useSession.getState().staffId;
}
