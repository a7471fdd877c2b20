import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The manager's own settings of the dashboard (kept on the device: they are not store data). */
export type ManagerSettings = {
  /** Associates working now, as the manager says (null: those who picked in the last hour). */
  associates: number | null;
  /** Click & Collect orders waiting longer than this are listed. */
  waitingDays: number;
  setAssociates(associates: number | null): void;
  setWaitingDays(days: number): void;
};

export const useManagerSettings = create<ManagerSettings>()(
  persist(
    (set) => ({
      associates: null,
      waitingDays: 3,
      setAssociates: (associates) =>
        set({ associates: associates === null ? null : Math.max(0, Math.min(200, Math.round(associates))) }),
      setWaitingDays: (days) => set({ waitingDays: Math.max(1, Math.min(60, Math.round(days))) }),
    }),
    { name: 'associate.manager', storage: createJSONStorage(() => localStorage) },
  ),
);
