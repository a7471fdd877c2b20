import type { OutcomeStatus, TaskKind } from '../domain/codes';

/**
 * The conflict rules, as data. Physical facts (picks, handovers, shipments,
 * returns, stock movements) are never dropped: a conflict becomes a follow-up
 * someone sees. Each rule is proven by a scenario in
 * test/shared/reducer/conflicts.test.ts, and docs/CONFLICTS.md is generated from this list.
 */
export type ConflictRule = {
  id: string;
  /** What happened, in the store's words. */
  when: string;
  /** Which command arrives at the service, and in what state it finds the order. */
  arrives: string;
  outcome: OutcomeStatus;
  reason: string;
  result: string;
  followUp: TaskKind | 'none' | 'refused to the OMS';
};

export const CONFLICT_RULES = [
  {
    id: 'picks_add_up',
    when: 'Two associates pick the same line on two devices, offline',
    arrives: 'pick, pick (any order)',
    outcome: 'applied',
    reason: '',
    result: 'Quantities add up; the line is picked once the sum reaches the ordered quantity.',
    followUp: 'none',
  },
  {
    id: 'over_pick',
    when: 'The added picks exceed what the customer ordered',
    arrives: 'pick on a line already fully picked',
    outcome: 'exception',
    reason: 'over_picked',
    result:
      'The pick is kept; the excess units get one put-away task per line (same task whichever pick came last).',
    followUp: 'put_away',
  },
  {
    id: 'pick_after_cancel',
    when: 'An associate picks while the OMS cancels the order',
    arrives: 'pick on a cancelled order',
    outcome: 'exception',
    reason: 'picked_after_cancel',
    result: 'The pick is recorded, the order stays cancelled; every picked unit gets a put-away task.',
    followUp: 'put_away',
  },
  {
    id: 'cancel_after_pick',
    when: 'The OMS cancels an order the store has already (partly) picked',
    arrives: 'cancel_order on a picking/picked/packed/ready order',
    outcome: 'applied',
    reason: '',
    result: 'Cancelled, reservations released; the picked units get put-away tasks.',
    followUp: 'put_away',
  },
  {
    id: 'pick_after_reassign',
    when: 'An associate picks an order the OMS moved to another store',
    arrives: 'pick on a reassigned order (tombstone)',
    outcome: 'exception',
    reason: 'picked_after_reassign',
    result: 'The pick is recorded on the tombstone; the units get a put-away task.',
    followUp: 'put_away',
  },
  {
    id: 'reassign',
    when: 'The OMS moves an order to another store',
    arrives: 'reassign_order',
    outcome: 'applied',
    reason: '',
    result:
      'The order leaves every device of the store (tombstone), reservations released, picked units put away.',
    followUp: 'put_away',
  },
  {
    id: 'handover_after_cancel',
    when: 'The counter hands over an order the OMS cancelled meanwhile',
    arrives: 'handover on a cancelled order',
    outcome: 'exception',
    reason: 'handover_after_cancel',
    result:
      'The handover is recorded and the stock leaves; customer service gets a case (refund or re-bill).',
    followUp: 'customer_service',
  },
  {
    id: 'handover_after_reassign',
    when: 'The counter hands over an order the OMS moved to another store',
    arrives: 'handover on a reassigned order',
    outcome: 'exception',
    reason: 'handover_after_reassign',
    result: 'The handover is recorded and the stock leaves; customer service gets a case.',
    followUp: 'customer_service',
  },
  {
    id: 'cancel_after_handover',
    when: 'The OMS cancels an order the customer already took',
    arrives: 'cancel_order on an order with handed-over units',
    outcome: 'rejected',
    reason: 'already_handed_over',
    result: 'The cancel is refused back to the OMS (HTTP 409 with the reason); the order is unchanged.',
    followUp: 'refused to the OMS',
  },
  {
    id: 'cancel_after_ship',
    when: 'The OMS cancels an order the carrier already took',
    arrives: 'cancel_order on a shipped order',
    outcome: 'rejected',
    reason: 'already_shipped',
    result: 'The cancel is refused back to the OMS; the order stays shipped.',
    followUp: 'refused to the OMS',
  },
  {
    id: 'ship_after_cancel',
    when: 'The carrier takes a parcel of an order the OMS cancelled meanwhile',
    arrives: 'ship on a cancelled order',
    outcome: 'exception',
    reason: 'shipped_after_cancel',
    result: 'The shipment is recorded and the stock leaves; customer service gets a case.',
    followUp: 'customer_service',
  },
  {
    id: 'unpack_after_ship',
    when: 'A manager unpacks an order whose shipment another device already recorded',
    arrives: 'unpack on a shipped order',
    outcome: 'rejected',
    reason: 'already_shipped',
    result: 'Refused: the parcels are with the carrier; the order stays shipped and nothing else changes.',
    followUp: 'none',
  },
  {
    id: 'handover_more_than_ordered',
    when: 'Two counter staff both hand over the same order',
    arrives: 'handover beyond the ordered quantity',
    outcome: 'exception',
    reason: 'handed_over_more_than_ordered',
    result: 'Both handovers are recorded and the stock leaves; customer service gets a case.',
    followUp: 'customer_service',
  },
  {
    id: 'handover_before_pick_arrives',
    when: "The counter hands over goods whose pick is still on the picker's offline device",
    arrives: 'handover, then the pick',
    outcome: 'applied',
    reason: '',
    result:
      'Units handed over count as picked: the late pick does not count them twice (no false over-pick).',
    followUp: 'none',
  },
  {
    id: 'reject_after_pick',
    when: 'One associate rejects a line another one has meanwhile (partly) picked',
    arrives: 'reject_line for more than is still open',
    outcome: 'applied',
    reason: 'reduced_to_open_quantity',
    result: 'Only the units still open are rejected; the picked ones stay picked.',
    followUp: 'none',
  },
  {
    id: 'intent_on_closed_order',
    when: 'An associate starts, packs or stages an order that was cancelled or reassigned',
    arrives: 'start_pick / pack / ready_for_pickup on a cancelled or reassigned order',
    outcome: 'rejected',
    reason: 'order_cancelled',
    result:
      'Refused with the reason in the order history; nothing else changes (picked goods already have put-away tasks).',
    followUp: 'none',
  },
  {
    id: 'pickup_code_mismatch',
    when: "The code checked at the counter is not the order's pickup code",
    arrives: 'handover with verification pickup_code and another code',
    outcome: 'exception',
    reason: 'pickup_code_mismatch',
    result: 'The handover is recorded (the goods left); customer service gets a case to check.',
    followUp: 'customer_service',
  },
  {
    id: 'refused_at_counter',
    when: 'The customer at the counter takes some units and refuses the others',
    arrives: 'handover with refused units (and a reason)',
    outcome: 'applied',
    reason: '',
    result:
      'What was taken leaves the stock; refused units are no longer reserved and get a put-away task back from the pickup shelf.',
    followUp: 'put_away',
  },
  {
    id: 'pickup_expired',
    when: "The customer does not come: the store's expiry hours after pickup-by have passed",
    arrives: 'expire_pickup (the service job) on an uncollected order',
    outcome: 'applied',
    reason: '',
    result:
      'Cancelled with reason pickup_expired, reservations released, an OMS event; staged goods get an expired-pickup task.',
    followUp: 'put_away',
  },
  {
    id: 'expiry_after_handover',
    when: 'The counter handed over (offline, or just before) while the expiry job runs',
    arrives: 'expire_pickup on an order with handed-over units; or handover after expiry',
    outcome: 'rejected',
    reason: 'already_handed_over',
    result:
      'A handover the service has first wins: the expiry is refused. A handover arriving after the expiry is kept and becomes handover_after_cancel (customer service).',
    followUp: 'none',
  },
  {
    id: 'returned_more_than_sold',
    when: 'A return names more units of an order line than left the store',
    arrives: 'create_return linked to an order line',
    outcome: 'exception',
    reason: 'returned_more_than_sold',
    result: 'The return is recorded and the goods go to stock; customer service gets a case.',
    followUp: 'customer_service',
  },
  {
    id: 'negative_stock',
    when: 'Movements take stock below zero (sales the replica did not know of, a miscount)',
    arrives: 'any stock movement',
    outcome: 'applied',
    reason: '',
    result: 'Movements are never refused; stock goes negative and the SKU gets a cycle-count task.',
    followUp: 'cycle_count',
  },
  {
    id: 'not_permitted',
    when: 'Someone whose role does not allow it (or who is unknown or no longer active) asks for an action',
    arrives:
      'start_pick, pack, reject_line, ready_for_pickup, cancel_at_counter, set_capacity, … from such staff',
    outcome: 'rejected',
    reason: 'not_permitted',
    result:
      "Refused as data (the device's receipt, shown in its inbox); nothing changes. The app does not offer the action to that role in the first place.",
    followUp: 'none',
  },
  {
    id: 'fact_without_permission',
    when: 'Goods moved at the hands of someone whose role did not allow it (e.g. the role changed while the device was offline)',
    arrives: 'pick, unpick, ship, handover, create_return, count_stock, adjust_stock from such staff',
    outcome: 'exception',
    reason: 'done_without_permission',
    result: 'The fact is kept with all its effects (stock, order, follow-ups); a manager gets a review task.',
    followUp: 'staff_review',
  },
  {
    id: 'approved_by_manager',
    when: "An associate does what only a manager may (adjust many units, change a refund) with a manager's PIN on the device",
    arrives: 'adjust_stock with approvedBy, create_return with refundEdit.approvedBy',
    outcome: 'applied',
    reason: '',
    result:
      'The approver is recorded on the command and the event feed; the reducer checks their role again. If they are not (or no longer) a manager, the fact is kept and a manager reviews it.',
    followUp: 'staff_review',
  },
  {
    id: 'duplicate_push',
    when: 'A device pushes the same command twice (retry after a lost response)',
    arrives: 'the same command id again',
    outcome: 'applied',
    reason: '',
    result: 'The service recognises the id and changes nothing; it returns the first receipt.',
    followUp: 'none',
  },
  {
    id: 'return_of_unknown_order',
    when: "A return names an order this store does not have (another store's order, a typo)",
    arrives: 'create_return with an order id unknown to the store',
    outcome: 'applied',
    reason: '',
    result:
      "The goods are taken back as an unlinked return: the other store's order is never named; the refund must not exceed the products' prices, and above the store's limit needs a manager.",
    followUp: 'none',
  },
  {
    id: 'return_linked_by_number',
    when: 'A return was recorded offline against a typed order number, the order not being on the device',
    arrives: 'create_return without an order id, naming an order number the store has',
    outcome: 'applied',
    reason: '',
    result:
      'The service links the return to that order: each line to the order line of its SKU, the units counted back on the order, and the feed event carries the order (linkedByNumber).',
    followUp: 'none',
  },
  {
    id: 'quantity_beyond_limits',
    when: 'Quantities add up beyond what a document can hold (over a million units on a line or a SKU)',
    arrives: 'pick, handover, adjust_stock… taking a figure past its bound',
    outcome: 'rejected',
    reason: 'quantity_limit',
    result: 'The command is refused and explained; the documents stay valid for every device.',
    followUp: 'none',
  },
] as const satisfies readonly ConflictRule[];

export type ConflictRuleId = (typeof CONFLICT_RULES)[number]['id'];

/** docs/CONFLICTS.md, generated from the rules (a test keeps the file in step). */
export function renderConflictsMarkdown(): string {
  const header = [
    '# Conflict rules',
    '',
    'Generated from `shared/conflicts/rules.ts` by `npm run docs:conflicts`; each rule is proven by a',
    'scenario in `test/shared/reducer/conflicts.test.ts` (same id). Physical facts — picks, handovers,',
    'shipments, returns, stock movements — are never dropped: a conflict becomes a follow-up that the',
    'store sees explained in plain words (reason codes are translated in the app), or a refusal the OMS gets back.',
    '',
    'Outcomes: **applied** (done), **rejected** (nothing changed; the reason is in the order history and the',
    "device's receipt), **exception** (kept, and a follow-up was opened).",
    '',
    '| Rule | When | Arrives as | Outcome | Reason | What happens | Follow-up |',
    '|---|---|---|---|---|---|---|',
  ];
  const rows = CONFLICT_RULES.map(
    (r) =>
      `| \`${r.id}\` | ${r.when} | ${r.arrives} | ${r.outcome} | ${r.reason ? `\`${r.reason}\`` : '–'} | ${r.result} | ${r.followUp} |`,
  );
  return `${[...header, ...rows].join('\n')}\n`;
}
