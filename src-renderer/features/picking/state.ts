import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The picker's work in progress on this device: the batches being walked (which
 * orders, in which totes, where the picker is) and the parcels being packed.
 * Persisted, so a reload or a crash resumes the walk; the facts themselves
 * (picks, parcels packed) are commands in the replica, never here.
 */
export type Batch = { id: string; orderIds: string[]; startedAt: string; staffId: string };

export type DraftParcel = {
  id: string;
  box: string;
  /** Weight in grams (0 until weighed). */
  weightGrams: number;
  /** SKUs scanned into this parcel (when the store asks to scan into parcels). */
  items: string[];
};

type PickingState = {
  batches: Record<string, Batch>;
  /** The stop the picker is at, per walk (batch id, or the order id of a one-order walk). */
  current: Record<string, string>;
  parcels: Record<string, DraftParcel[]>;
  startBatch(orderIds: readonly string[], staffId: string): string;
  endBatch(batchId: string): void;
  setCurrent(walkId: string, stopKey: string): void;
  setParcels(orderId: string, parcels: DraftParcel[]): void;
  clearParcels(orderId: string): void;
};

const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const usePicking = create<PickingState>()(
  persist(
    (set) => ({
      batches: {},
      current: {},
      parcels: {},
      startBatch(orderIds, staffId) {
        const id = newId();
        set((s) => ({
          batches: {
            ...s.batches,
            [id]: { id, orderIds: [...orderIds], startedAt: new Date().toISOString(), staffId },
          },
        }));
        return id;
      },
      endBatch: (batchId) =>
        set((s) => {
          const { [batchId]: _gone, ...batches } = s.batches;
          const { [batchId]: _at, ...current } = s.current;
          return { batches, current };
        }),
      setCurrent: (walkId, stopKey) => set((s) => ({ current: { ...s.current, [walkId]: stopKey } })),
      setParcels: (orderId, parcels) => set((s) => ({ parcels: { ...s.parcels, [orderId]: parcels } })),
      clearParcels: (orderId) =>
        set((s) => {
          const { [orderId]: _gone, ...parcels } = s.parcels;
          return { parcels };
        }),
    }),
    {
      name: 'associate.picking',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ batches, current, parcels }) => ({ batches, current, parcels }),
    },
  ),
);

export const newParcelId = () => `p${newId()}`;
