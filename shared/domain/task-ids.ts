/**
 * Deterministic task ids: one need, one task. Two devices that over-pick the
 * same line, in any arrival order, land on the same put-away task.
 * Order and line ids never contain ':' (the wire schema forbids it).
 */
export const taskId = {
  putAway: (orderId: string, lineId: string) => `put_away:${orderId}:${lineId}`,
  cycleCount: (sku: string) => `cycle_count:${sku}`,
  customerService: (orderId: string, reason: string) => `customer_service:${orderId}:${reason}`,
  /** One review per command done without the role (command ids are unique). */
  staffReview: (commandId: string) => `staff_review:${commandId}`,
};

/** The order a task id refers to, if any. */
export function orderIdOfTask(id: string): string | undefined {
  const [kind, orderId] = id.split(':');
  return kind === 'put_away' || kind === 'customer_service' ? orderId : undefined;
}

export function skuOfTask(id: string): string | undefined {
  return id.startsWith('cycle_count:') ? id.slice('cycle_count:'.length) : undefined;
}
