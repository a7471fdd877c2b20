import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, startTestService, type TestService } from '../support/service';

/**
 * The schema stays distributable by store (docs/ARCHITECTURE.md "Distribution by store"): a sharded
 * PostgreSQL such as Citus can only enforce a key that holds the distribution column, so every primary
 * key and unique constraint of a table a store writes must include store_id. A new table must be put
 * in one of the two lists below, which is the decision the architecture asks for.
 */
const BY_STORE = [
  'commands',
  'events',
  'network_stock',
  'projections',
  'quarantine',
  'safety_stock',
  'stock_movements',
  'store_locations',
];
/**
 * Small global tables looked up by something other than the store (a token or code hash, an idempotency
 * key): reference tables on every node, or the distribution column itself (stores.id).
 */
const GLOBAL = [
  'devices',
  'enrollment_codes',
  'idempotency_keys',
  'networks',
  'service_secrets',
  'sku_categories',
  'stores',
];

type Key = { table: string; name: string; type: 'p' | 'u'; columns: string[] };

describe(`the schema can be distributed by store (${ENGINE})`, () => {
  let svc: TestService;
  let keys: Key[];
  let tables: string[];

  beforeAll(async () => {
    svc = await startTestService();
    const schema = svc.schema ?? 'public';
    tables = (
      await svc.db.pool.query<{ table: string }>(
        `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname NOT LIKE 'schemaversion%'
          ORDER BY 1`,
        [schema],
      )
    ).rows.map((row) => row.table);
    keys = (
      await svc.db.pool.query<Key>(
        `SELECT t.relname AS table, con.conname AS name, con.contype AS type,
                array_agg(a.attname::text ORDER BY k.ord) AS columns
           FROM pg_constraint con
           JOIN pg_class t ON t.oid = con.conrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
           CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
          WHERE n.nspname = $1 AND con.contype IN ('p', 'u')
          GROUP BY t.relname, con.conname, con.contype`,
        [schema],
      )
    ).rows;
  });
  afterAll(async () => {
    await svc?.close();
  });

  it('knows every table as written by store or global', () => {
    expect(tables).toEqual([...BY_STORE, ...GLOBAL].sort());
  });

  it.each(BY_STORE)('%s: its primary key and every unique key hold store_id', (table) => {
    const own = keys.filter((key) => key.table === table);
    expect(own.some((key) => key.type === 'p')).toBe(true);
    for (const key of own)
      expect({ key: key.name, columns: key.columns }).toMatchObject({
        columns: expect.arrayContaining(['store_id']),
      });
  });
});
