/**
 * Closed vocabularies of the store. Reason codes travel on the wire and in the
 * command log; the UI turns each code into plain words (fr/en), so a code is
 * never shown to an associate as is.
 */

export const ORDER_KINDS = ['ship_from_store', 'click_and_collect'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = [
  'assigned',
  'picking',
  'picked',
  'packed',
  'shipped',
  'ready_for_pickup',
  'partially_collected',
  'collected',
  'rejected',
  'cancelled',
  'reassigned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses after which no goods will leave the store for this order any more. */
export const CLOSED_STATUSES: readonly OrderStatus[] = [
  'shipped',
  'collected',
  'rejected',
  'cancelled',
  'reassigned',
];

export const OUTCOMES = ['applied', 'rejected', 'exception'] as const;
export type OutcomeStatus = (typeof OUTCOMES)[number];

/** staff_review: a manager checks something done by someone whose role did not allow it. */
export const TASK_KINDS = [
  'put_away',
  'cycle_count',
  'customer_service',
  'expired_pickup',
  'staff_review',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const CANCEL_REASONS = [
  'customer_request',
  'customer_refused',
  'customer_no_show',
  'pickup_expired',
  'payment_issue',
  'fraud_suspected',
  'item_damaged',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export const RETURN_REASONS = [
  'too_small',
  'too_large',
  'not_as_described',
  'damaged',
  'wrong_item',
  'changed_mind',
  'late_delivery',
  'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const ITEM_CONDITIONS = ['new', 'opened', 'damaged'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

export const DISPOSITIONS = ['restock', 'damaged', 'vendor'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const REFUND_METHODS = ['original_payment', 'store_credit', 'gift_card', 'cash', 'none'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

export const VERIFICATION_METHODS = [
  'pickup_code',
  'id_document',
  'order_confirmation',
  'signature',
] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const RECIPIENT_RELATIONS = ['self', 'family', 'friend', 'courier', 'other'] as const;

/** The identity document shown at the counter (with its last digits as the proof). */
export const ID_TYPES = ['id_card', 'passport', 'driving_licence', 'residence_permit', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Why the customer at the counter did not take some units: they go back to stock. */
export const REFUSE_REASONS = [
  'changed_mind',
  'damaged',
  'wrong_item',
  'wrong_size',
  'not_as_described',
  'other',
] as const;
export type RefuseReason = (typeof REFUSE_REASONS)[number];

export const ADJUST_REASONS = [
  'found',
  'lost',
  'theft',
  'damaged',
  'received',
  'correction',
  'other',
] as const;
export type AdjustReason = (typeof ADJUST_REASONS)[number];

export const CARRIERS = ['colissimo', 'chronopost', 'dpd', 'ups', 'dhl', 'gls', 'other'] as const;

export const FULFILMENT_KINDS = ORDER_KINDS;

/** Why the manager hands every outstanding order back to the OMS ("release all outstanding"). */
export const RELEASE_REASONS = [
  'staff_shortage',
  'system_down',
  'store_closed',
  'stock_issue',
  'other',
] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];

export const MOVEMENT_REASONS = [
  'reservation',
  'shipped',
  'handed_over',
  'reject_not_in_stock',
  'reject_mismatch',
  'reject_damaged',
  'return_restock',
  'return_damaged',
  'return_vendor',
  'adjustment',
  'count',
  'snapshot',
] as const;
export type MovementReason = (typeof MOVEMENT_REASONS)[number];
