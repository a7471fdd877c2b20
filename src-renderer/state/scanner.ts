import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_WEDGE, type WedgeSettings } from '../scan/wedge';

/** How this device's keyboard-wedge scanner behaves (its suffix, how fast it types), kept on the device. */
type ScannerSettings = { wedge: WedgeSettings; setWedge(change: Partial<WedgeSettings>): void };

export const useScannerSettings = create<ScannerSettings>()(
  persist(
    (set) => ({
      wedge: DEFAULT_WEDGE,
      setWedge: (change) => set((s) => ({ wedge: { ...s.wedge, ...change } })),
    }),
    { name: 'associate.scanner', storage: createJSONStorage(() => localStorage) },
  ),
);
