import type { PayloadOf } from '@shared/commands';
import type { IdType, RefuseReason, VerificationMethod } from '@shared/domain/codes';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type Relation = PayloadOf<'handover'>['recipient']['relation'];

/**
 * A handover under way at the counter, per order: who was checked and how, what
 * the customer takes and refuses, the signature. Persisted, so a reload (or a
 * crash) resumes the step it was at; cleared when the handover is recorded.
 */
export type HandoverDraft = {
  method: Exclude<VerificationMethod, 'signature'>;
  /** What was checked: the code typed or scanned, the ID's last digits, the confirmation's number. */
  proof: string;
  idType: IdType | '';
  /** The check passed (or a manager overrode a wrong code). */
  verified: boolean;
  /** A code that did not match, refused on screen. */
  mismatch: string;
  overrideBy: string;
  thirdParty: boolean;
  recipientName: string;
  relation: Relation;
  /** Units taken per line (absent: all that is left). */
  take: Record<string, number>;
  reasons: Record<string, RefuseReason | ''>;
  /** Units scanned per line (stores that scan at the counter). */
  scanned: Record<string, number>;
  signature: string;
};

export const EMPTY_DRAFT: HandoverDraft = {
  method: 'pickup_code',
  proof: '',
  idType: '',
  verified: false,
  mismatch: '',
  overrideBy: '',
  thirdParty: false,
  recipientName: '',
  relation: 'family',
  take: {},
  reasons: {},
  scanned: {},
  signature: '',
};

type HandoverState = {
  drafts: Record<string, HandoverDraft>;
  update(orderId: string, patch: Partial<HandoverDraft>): void;
  clear(orderId: string): void;
};

export const useHandoverStore = create<HandoverState>()(
  persist(
    (set) => ({
      drafts: {},
      update: (orderId, patch) =>
        set((s) => ({
          drafts: { ...s.drafts, [orderId]: { ...(s.drafts[orderId] ?? EMPTY_DRAFT), ...patch } },
        })),
      clear: (orderId) =>
        set((s) => {
          const { [orderId]: _gone, ...rest } = s.drafts;
          return { drafts: rest };
        }),
    }),
    { name: 'associate.collect.handover', storage: createJSONStorage(() => localStorage) },
  ),
);

/** The draft of one order, and its setter (selectors: a screen re-renders for its own order only). */
export function useHandoverDraft(orderId: string) {
  const draft = useHandoverStore((s) => s.drafts[orderId]) ?? EMPTY_DRAFT;
  const update = useHandoverStore((s) => s.update);
  const clear = useHandoverStore((s) => s.clear);
  return {
    draft,
    update: (patch: Partial<HandoverDraft>) => update(orderId, patch),
    clear: () => clear(orderId),
  };
}
