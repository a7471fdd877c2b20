/** The documents a command reads or writes, so the service loads just that slice of the store. */
export type Scope = {
  orderIds: string[];
  skus: string[];
  taskIds: string[];
  capacityIds: string[];
  returnIds: string[];
  productSkus: string[];
};

export function emptyScope(): Scope {
  return { orderIds: [], skus: [], taskIds: [], capacityIds: [], returnIds: [], productSkus: [] };
}

export function mergeScopes(scopes: Partial<Scope>[]): Scope {
  const sets = {
    orderIds: new Set<string>(),
    skus: new Set<string>(),
    taskIds: new Set<string>(),
    capacityIds: new Set<string>(),
    returnIds: new Set<string>(),
    productSkus: new Set<string>(),
  };
  for (const scope of scopes) {
    for (const key of Object.keys(sets) as (keyof Scope)[]) {
      for (const value of scope[key] ?? []) sets[key].add(value);
    }
  }
  return {
    orderIds: [...sets.orderIds],
    skus: [...sets.skus],
    taskIds: [...sets.taskIds],
    capacityIds: [...sets.capacityIds],
    returnIds: [...sets.returnIds],
    productSkus: [...sets.productSkus],
  };
}
