/**
 * Why a line could not be fulfilled. Reasons are data: each carries the stock
 * effect the service applies, so a rejection also corrects the store's stock
 * (the practice of the best store apps: not in stock zeroes stock, a mismatch
 * lowers it, a damaged item stops being sellable).
 */
export type StockEffect = 'zero_on_hand' | 'reduce_on_hand' | 'reduce_available' | 'none';

export const REJECT_REASONS = {
  not_in_stock: { effect: 'zero_on_hand' },
  mismatch: { effect: 'reduce_on_hand' },
  damaged: { effect: 'reduce_available' },
  worn_display: { effect: 'reduce_available' },
  no_variance: { effect: 'none' },
} as const satisfies Record<string, { effect: StockEffect }>;

export type RejectReason = keyof typeof REJECT_REASONS;
export const REJECT_REASON_CODES = Object.keys(REJECT_REASONS) as RejectReason[];

export function rejectEffect(reason: RejectReason): StockEffect {
  return REJECT_REASONS[reason].effect;
}
