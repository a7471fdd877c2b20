/** Where the steps of ship-from-store live (hash routes, so a reload resumes the step). */
export const pickingPaths = {
  queue: '/picking',
  walk: (batchId: string) => `/picking/walk/${encodeURIComponent(batchId)}`,
  pick: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/pick`,
  pack: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/pack`,
  ship: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/ship`,
} as const;
