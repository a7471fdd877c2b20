/**
 * Every reason the service can give, by family. The app explains each one in
 * plain words (fr/en); tests check that none is missing from the reducer's
 * code or from the translations.
 */

/** Why a command was refused (nothing changed). */
export const REJECTION_REASONS = [
  'unknown_command',
  'unknown_order',
  'unknown_line',
  'unknown_task',
  'order_cancelled',
  'order_reassigned',
  'order_closed',
  'order_completed',
  'not_ship_from_store',
  'not_click_and_collect',
  'wrong_item',
  'scan_required',
  'unpick_more_than_picked',
  'nothing_to_reject',
  'nothing_picked',
  'lines_not_resolved',
  'not_packed',
  'already_shipped',
  'already_collected',
  'already_handed_over',
  'duplicate_return',
  'date_in_past',
  'pickup_code_missing',
  'ship_to_missing',
  'duplicate_line_id',
  'not_permitted',
  'pin_required',
  'quantity_limit',
  'refund_above_price',
  'refund_needs_manager',
  'internal_error',
  'pause_end_in_past',
  'closes_before_opening',
  'manager_pin_required',
  'order_in_progress',
  'pickup_not_due',
] as const;

/** Why a command was kept but needs a follow-up (a task someone sees). */
export const EXCEPTION_REASONS = [
  'over_picked',
  'picked_after_cancel',
  'picked_after_reassign',
  'picked_after_completion',
  'handover_after_cancel',
  'handover_after_reassign',
  'handed_over_more_than_ordered',
  'pickup_code_mismatch',
  'shipped_after_cancel',
  'shipped_after_reassign',
  'returned_more_than_sold',
  'done_without_permission',
] as const;

/** Remarks on an applied command. */
export const NOTE_REASONS = [
  'reduced_to_open_quantity',
  'already_cancelled',
  'already_done',
  'already_assigned',
  'already_reassigned',
  'over_capacity',
  'fulfilment_paused',
] as const;

/** Why a task exists. */
export const TASK_REASONS = [
  'over_picked',
  'order_cancelled',
  'order_reassigned',
  'pickup_expired',
  'refused_at_counter',
  'left_over_after_completion',
  'negative_stock',
  ...EXCEPTION_REASONS,
] as const;

/** Why the service refused a pushed command as malformed (it was not stored). */
export const REFUSAL_REASONS = [
  'unknown_command_type',
  'command_not_allowed',
  'invalid_payload',
  'invalid_command_id',
  'command_id_taken',
  'invalid_request',
  'payload_too_large',
  'invalid_commands',
] as const;

export type OutcomeReason =
  | (typeof REJECTION_REASONS)[number]
  | (typeof EXCEPTION_REASONS)[number]
  | (typeof NOTE_REASONS)[number];

export const ALL_REASONS = [
  ...new Set([
    ...REJECTION_REASONS,
    ...EXCEPTION_REASONS,
    ...NOTE_REASONS,
    ...TASK_REASONS,
    ...REFUSAL_REASONS,
  ]),
];
