import { fileURLToPath } from 'node:url';
import Postgrator from 'postgrator';
import type { Database } from './database';

const MIGRATIONS = fileURLToPath(new URL('./migrations/*', import.meta.url));
// Several instances may start at once on one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_310_452;

export async function migrate(db: Database, schema?: string): Promise<number> {
  const client = await db.pool.connect();
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const postgrator = new Postgrator({
      migrationPattern: MIGRATIONS,
      driver: 'pg',
      schemaTable: schema ? `${schema}.schemaversion` : 'schemaversion',
      execQuery: (query: string) => client.query(query),
    });
    const applied = await postgrator.migrate();
    return applied.length;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
