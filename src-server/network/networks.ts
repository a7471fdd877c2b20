import { type SourcingRulesInput, sourcingRules } from '@shared/network/rules';
import type { Queryable } from './stock-rows';

export const DEFAULT_NETWORK = 'default';

export type Network = {
  id: string;
  stores: string[] | null;
  rules: SourcingRulesInput;
  updatedAt: string | null;
};

/** A network as set, or the implicit 'default' one (every store, default rules); undefined if unknown. */
export async function readNetwork(db: Queryable, id: string): Promise<Network | undefined> {
  const { rows } = await db.query<{ stores: string[] | null; rules: SourcingRulesInput; updated_at: Date }>(
    'SELECT stores, rules, updated_at FROM networks WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return id === DEFAULT_NETWORK ? { id, stores: null, rules: {}, updatedAt: null } : undefined;
  return { id, stores: row.stores, rules: row.rules, updatedAt: row.updated_at.toISOString() };
}

export async function writeNetwork(
  db: Queryable,
  id: string,
  input: { stores?: string[] | null; rules?: SourcingRulesInput },
  now: string,
): Promise<Network> {
  const stores = input.stores ? [...new Set(input.stores)] : null;
  const rules = input.rules ?? {};
  await db.query(
    `INSERT INTO networks (id, stores, rules, updated_at) VALUES ($1, $2::jsonb, $3::jsonb, $4)
     ON CONFLICT (id) DO UPDATE SET stores = EXCLUDED.stores, rules = EXCLUDED.rules, updated_at = EXCLUDED.updated_at`,
    [id, stores === null ? null : JSON.stringify(stores), JSON.stringify(rules), now],
  );
  return { id, stores, rules, updatedAt: now };
}

/** The rules in force for a network (defaults filled in). */
export function rulesOf(network: Network) {
  return sourcingRules(network.rules);
}
