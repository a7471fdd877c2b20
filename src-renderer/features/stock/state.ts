import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** A count under way: units scanned (or typed) so far per SKU, at a location or for one SKU. */
export type CountSession = {
  /** The SKU counted, or '' for a location count. */
  sku: string;
  location: string;
  counts: Record<string, number>;
  startedAt: string;
};

type StockState = {
  count: CountSession | null;
  startCount(sku: string, location: string): void;
  add(sku: string, units: number): void;
  set(sku: string, units: number): void;
  clear(): void;
};

/** In-progress counts, persisted: a reload mid-count keeps every unit already scanned. */
export const useCountSession = create<StockState>()(
  persist(
    (set, get) => ({
      count: null,
      startCount(sku, location) {
        const current = get().count;
        if (current && current.sku === sku && current.location === location) return;
        set({
          count: { sku, location, counts: sku ? { [sku]: 0 } : {}, startedAt: new Date().toISOString() },
        });
      },
      add(sku, units) {
        const count = get().count;
        if (!count) return;
        const next = Math.max(0, (Object.hasOwn(count.counts, sku) ? (count.counts[sku] ?? 0) : 0) + units);
        set({ count: { ...count, counts: { ...count.counts, [sku]: next } } });
      },
      set(sku, units) {
        const count = get().count;
        if (!count) return;
        set({ count: { ...count, counts: { ...count.counts, [sku]: Math.max(0, units) } } });
      },
      clear: () => set({ count: null }),
    }),
    { name: 'associate.stock-count', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
