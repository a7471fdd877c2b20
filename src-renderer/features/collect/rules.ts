import type { PayloadOf } from '@shared/commands';
import { picked, refused, stillToCollect } from '@shared/domain/order-math';
import type { OrderDoc, OrderLine } from '@shared/schemas/order';
import type { HandoverDraft } from './state';

/** Strip accents and case, for matching names as people type them. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Orders a counter search designates, on the device (offline too): the exact
 * pickup code or order number first; otherwise every word of a name; otherwise
 * a phone number, matched on its last 2 digits (devices only hold masked numbers).
 */
export function searchOrders(orders: readonly OrderDoc[], query: string): OrderDoc[] {
  const q = fold(query);
  if (!q) return [];
  const exact = orders.filter((o) => fold(o.pickupCode) === q || fold(o.number) === q);
  if (exact.length > 0) return exact;
  const digits = digitsOf(query);
  if (/^[\d\s+().-]+$/.test(query.trim()) && digits.length >= 4) {
    return orders.filter((o) => {
      const phone = o.customer.phone;
      return phone.length > 0 && phone.slice(-2) === digits.slice(-2);
    });
  }
  const words = q.split(/\s+/);
  return orders.filter((o) => {
    const name = fold(o.customer.name);
    return words.every((w) => name.includes(w));
  });
}

/** What a customer's QR or a typed code says: the code itself, or the last part of number/code. */
export function scannedCode(raw: string): string {
  const value = raw.trim();
  const slash = value.lastIndexOf('/');
  return slash >= 0 ? value.slice(slash + 1) : value;
}

export type CheckResult = 'ok' | 'mismatch' | 'incomplete';

/** Does the proof typed or scanned pass the chosen check? */
export function checkProof(order: OrderDoc, draft: HandoverDraft): CheckResult {
  const proof = draft.proof.trim();
  if (!proof) return 'incomplete';
  switch (draft.method) {
    case 'pickup_code':
      return scannedCode(proof).toUpperCase() === order.pickupCode.toUpperCase() ? 'ok' : 'mismatch';
    case 'id_document':
      return draft.idType && /^\d{4}$/.test(proof) ? 'ok' : 'incomplete';
    case 'order_confirmation':
      return fold(proof) === fold(order.number) ? 'ok' : 'mismatch';
  }
}

/** Lines the customer may still take now: wanted, not yet handed over, and in the store. */
export function collectable(line: OrderLine): number {
  return Math.min(stillToCollect(line), Math.max(0, picked(line) - line.handedOver - refused(line)));
}

export type Plan = {
  lineId: string;
  take: number;
  refuse: number;
  reason: HandoverDraft['reasons'][string];
}[];

/** Per line: what the customer takes (all that is left unless changed) and what they refuse. */
export function planOf(order: OrderDoc, draft: HandoverDraft): Plan {
  return order.lines
    .filter((line) => collectable(line) > 0)
    .map((line) => {
      const max = collectable(line);
      const take = Math.min(max, Math.max(0, draft.take[line.id] ?? max));
      return { lineId: line.id, take, refuse: max - take, reason: draft.reasons[line.id] ?? '' };
    });
}

export type PlanProblem = 'nothing' | 'reason' | 'scan' | undefined;

export function planProblem(order: OrderDoc, draft: HandoverDraft, scanRequired: boolean): PlanProblem {
  const plan = planOf(order, draft);
  if (plan.every((p) => p.take === 0)) return 'nothing';
  if (plan.some((p) => p.refuse > 0 && !p.reason)) return 'reason';
  if (scanRequired && plan.some((p) => (draft.scanned[p.lineId] ?? 0) < p.take)) return 'scan';
  return undefined;
}

/** The handover command, as the draft says (the signature travels in it, to the service only). */
export function handoverPayload(order: OrderDoc, draft: HandoverDraft): PayloadOf<'handover'> {
  const plan = planOf(order, draft);
  const refusedLines = plan
    .filter((p) => p.refuse > 0 && p.reason)
    .map((p) => ({ lineId: p.lineId, qty: p.refuse, reason: p.reason as Exclude<typeof p.reason, ''> }));
  return {
    orderId: order.id,
    lines: plan.filter((p) => p.take > 0).map((p) => ({ lineId: p.lineId, qty: p.take })),
    ...(refusedLines.length > 0 ? { refused: refusedLines } : {}),
    verification: {
      method: draft.method,
      proof: draft.method === 'pickup_code' ? scannedCode(draft.proof) : draft.proof.trim(),
      ...(draft.method === 'id_document' && draft.idType ? { idType: draft.idType } : {}),
    },
    recipient: draft.thirdParty
      ? { name: draft.recipientName.trim(), relation: draft.relation }
      : { name: order.customer.name || '—', relation: 'self' },
    ...(draft.overrideBy ? { override: { managerId: draft.overrideBy } } : {}),
    ...(draft.signature ? { signature: draft.signature } : {}),
  };
}

/** Statuses in which nothing may be handed over any more (the OMS cancelled, released or moved the order). */
const NOT_TO_HAND_OVER: readonly OrderDoc['status'][] = ['cancelled', 'rejected', 'reassigned'];

/** The device knows the order may not leave the store: the handover steps say so and stop. */
export function handoverBlocked(order: Pick<OrderDoc, 'status'>): boolean {
  return NOT_TO_HAND_OVER.includes(order.status);
}
