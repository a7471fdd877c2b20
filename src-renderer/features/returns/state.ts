import type { OrderDoc } from '@shared/schemas/order';
import type { ProductDoc } from '@shared/schemas/product';
import { v7 as uuidv7 } from 'uuid';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  type DraftLine,
  draftFromOrder,
  lineFromProduct,
  type RefundOverride,
  type ReturnDraft,
  unlinkedDraft,
} from './draft';

/**
 * The return being taken at the counter: in-progress workflow state, persisted
 * so a reload (or a crash) resumes where the associate was. Store data stays in
 * the replica; this is only what the associate chose.
 */
export type ReturnsState = {
  draft: ReturnDraft | null;
  startFromOrder(order: OrderDoc, source: 'device' | 'service', currency: string): string;
  startUnlinked(orderNumber: string, currency: string): string;
  addProduct(product: ProductDoc): void;
  setLine(key: string, patch: Partial<Pick<DraftLine, 'qty' | 'reason' | 'condition' | 'disposition'>>): void;
  setMethod(method: ReturnDraft['method']): void;
  setOverride(override: RefundOverride | null): void;
  recorded(commandId: string, at: string): void;
  clear(): void;
};

export const useReturnDraft = create<ReturnsState>()(
  persist(
    (set, get) => ({
      draft: null,
      startFromOrder(order, source, currency) {
        const draft = draftFromOrder(uuidv7(), order, source, currency);
        set({ draft });
        return draft.returnId;
      },
      startUnlinked(orderNumber, currency) {
        const draft = unlinkedDraft(uuidv7(), orderNumber.trim(), currency);
        set({ draft });
        return draft.returnId;
      },
      addProduct(product) {
        const draft = get().draft;
        if (!draft) return;
        const existing = draft.lines.find((l) => l.sku === product.sku && !l.lineId);
        const lines = existing
          ? draft.lines.map((l) => (l === existing ? { ...l, qty: l.qty + 1 } : l))
          : [...draft.lines, lineFromProduct(product)];
        set({ draft: { ...draft, lines } });
      },
      setLine(key, patch) {
        const draft = get().draft;
        if (!draft) return;
        set({ draft: { ...draft, lines: draft.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) } });
      },
      setMethod(method) {
        const draft = get().draft;
        if (draft) set({ draft: { ...draft, method } });
      },
      setOverride(override) {
        const draft = get().draft;
        if (draft) set({ draft: { ...draft, override } });
      },
      recorded(commandId, at) {
        const draft = get().draft;
        if (draft) set({ draft: { ...draft, commandId, recordedAt: at } });
      },
      clear: () => set({ draft: null }),
    }),
    { name: 'associate.returns', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);

/** The draft of this route, if it is the one in progress. */
export function useDraftFor(returnId: string): ReturnDraft | null {
  return useReturnDraft((s) => (s.draft?.returnId === returnId ? s.draft : null));
}
