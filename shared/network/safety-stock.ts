/**
 * Safety stock: units a store keeps back from what it sells online (the shop floor's share).
 * A rule names a store or every store ('' = the network), and a SKU, a category or neither (the
 * store's default). The most specific rule wins: a SKU's over its category's over the default, and
 * at each level a store's own over the network's. No rule: 0.
 */
export type SafetyStockRule = { storeId: string; sku: string; category: string; qty: number };

/** Rules indexed for look-ups (build once per request). */
export type SafetyStockIndex = {
  bySku: Map<string, number>;
  byCategory: Map<string, number>;
  byDefault: Map<string, number>;
};

const key = (storeId: string, name: string) => `${storeId}\u0000${name}`;

export function indexSafetyStock(rules: readonly SafetyStockRule[]): SafetyStockIndex {
  const index: SafetyStockIndex = { bySku: new Map(), byCategory: new Map(), byDefault: new Map() };
  for (const rule of rules) {
    if (rule.sku) index.bySku.set(key(rule.storeId, rule.sku), rule.qty);
    else if (rule.category) index.byCategory.set(key(rule.storeId, rule.category), rule.qty);
    else index.byDefault.set(rule.storeId, rule.qty);
  }
  return index;
}

/** The safety stock of one SKU (of a category, or '' when it has none) in one store. */
export function safetyStockFor(
  index: SafetyStockIndex,
  storeId: string,
  sku: string,
  category: string,
): number {
  return (
    index.bySku.get(key(storeId, sku)) ??
    index.bySku.get(key('', sku)) ??
    (category
      ? (index.byCategory.get(key(storeId, category)) ?? index.byCategory.get(key('', category)))
      : undefined) ??
    index.byDefault.get(storeId) ??
    index.byDefault.get('') ??
    0
  );
}
