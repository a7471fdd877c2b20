import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { DataDirError, prepareDataDir } from './data-dir';

// Store sequences and counts fit in a JS number; read int8 as numbers, not strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export type Listener = (payload: string) => void;

/**
 * The service's database: one `pg` pool whatever the engine, so the SQL is the
 * same. PGlite (embedded PostgreSQL in WASM) has a single connection: the pool
 * has one client and requests queue for it.
 */
export type Database = {
  kind: 'pglite' | 'postgres';
  pool: pg.Pool;
  /**
   * Subscribe to a NOTIFY channel; returns the unsubscribe function. onReconnect runs after the
   * listening connection was lost and opened again (notifications sent in the gap are lost).
   */
  listen(channel: string, listener: Listener, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  /** PostgreSQL connection string; when absent PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder ('memory://' for a throwaway database). */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests isolate themselves this way). */
  schema?: string;
  /** Pool size on PostgreSQL (default 10); the LISTEN connection comes on top. */
  poolMax?: number;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.schema, options.poolMax ?? 10)
    : openPglite(options.dataDir ?? 'memory://');
}

async function openPglite(dataDir: string): Promise<Database> {
  const onDisk = dataDir !== 'memory://';
  if (onDisk) prepareDataDir(dataDir);
  const lite = await PGlite.create(onDisk ? dataDir : undefined).catch((error: unknown) => {
    throw (error as NodeJS.ErrnoException)?.code ? new DataDirError(dataDir, error) : error;
  });
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, idleTimeoutMillis: 0 });
  return {
    kind: 'pglite',
    pool,
    async listen(channel, listener) {
      const unsubscribe = await lite.listen(channel, listener);
      return async () => unsubscribe();
    },
    async close() {
      await pool.end();
      await lite.close();
    },
  };
}

async function openPostgres(url: string, schema: string | undefined, poolMax: number): Promise<Database> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new pg.Pool({ connectionString: url, max: poolMax, ...(options ? { options } : {}) });
  pool.on('error', () => {
    // An idle client lost its server: the pool replaces it on next use.
  });
  // One LISTEN connection per instance whatever the number of channels (pokes, revocations):
  // opened with the first subscription, re-opened — forever, with backoff — whenever the server
  // drops it (restart, failover, pg_terminate_backend), closed with the last one.
  type Subscription = { channel: string; listener: Listener; onReconnect: (() => void) | undefined };
  const subscriptions = new Set<Subscription>();
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;
  const channels = () => new Set([...subscriptions].map((s) => s.channel));
  const connect = async (): Promise<void> => {
    const c = new pg.Client({
      connectionString: url,
      // Named so operators (and tests) can find the listening backend in pg_stat_activity.
      application_name: `store-associate listen ${schema ?? 'public'}`,
      ...(options ? { options } : {}),
    });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (client === c) client = undefined;
      void c.end().catch(() => undefined);
      if (!closed && subscriptions.size > 0) reconnectLater();
    };
    c.on('notification', (msg) => {
      if (msg.payload === undefined) return;
      for (const s of [...subscriptions]) if (s.channel === msg.channel) s.listener(msg.payload);
    });
    c.on('error', onLost);
    c.on('end', onLost);
    try {
      await c.connect();
      for (const channel of channels()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      onLost();
      throw error;
    }
    if (closed || lost) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
  };
  const reconnectLater = () => {
    if (retry) return;
    const delay = Math.round(Math.random() * Math.min(30_000, 500 * 2 ** Math.min(attempt, 10)));
    attempt += 1;
    retry = setTimeout(() => {
      retry = undefined;
      if (closed || subscriptions.size === 0) return;
      connect().then(
        () => {
          if (closed || !client) return;
          attempt = 0;
          for (const s of [...subscriptions]) s.onReconnect?.();
        },
        // A failed attempt has already scheduled the next one (onLost).
        () => undefined,
      );
    }, delay);
  };
  return {
    kind: 'postgres',
    pool,
    async listen(channel, listener, onReconnect) {
      const subscription: Subscription = { channel, listener, onReconnect };
      const known = channels().has(channel);
      subscriptions.add(subscription);
      try {
        if (!client && !retry) {
          connecting ??= connect().finally(() => {
            connecting = undefined;
          });
          await connecting;
        } else if (client && !known) {
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        }
      } catch (error) {
        subscriptions.delete(subscription);
        throw error;
      }
      return async () => {
        subscriptions.delete(subscription);
        if (subscriptions.size > 0) {
          if (client && !channels().has(channel))
            await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
          return;
        }
        if (retry) clearTimeout(retry);
        retry = undefined;
        const c = client;
        client = undefined;
        await c?.end().catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      subscriptions.clear();
      await client?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/**
 * Run fn in a transaction on one client of the pool. `own`: fn sends BEGIN itself with its first
 * statements and may send COMMIT with its last (one round trip less each); `committed` says it did.
 */
export async function transaction<T>(
  db: Database,
  fn: (client: pg.PoolClient) => Promise<T>,
  own?: { committed: (result: T) => boolean },
): Promise<T> {
  const client = await db.pool.connect();
  try {
    if (!own) await client.query('BEGIN');
    const result = await fn(client);
    if (!own?.committed(result)) await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Several statements in one round trip (the simple query protocol: no parameters, so values are
 * written as literals with pg's escapeLiteral), each with its own snapshot; one result each.
 */
export async function statements(client: pg.ClientBase, list: readonly string[]): Promise<pg.QueryResult[]> {
  const results: pg.QueryResult | pg.QueryResult[] = await client.query(list.join(';\n'));
  return Array.isArray(results) ? results : [results];
}

/** A text[] literal of escaped strings. */
export function textArrayLiteral(values: readonly string[]): string {
  return values.length === 0 ? `'{}'::text[]` : `ARRAY[${values.map(pg.escapeLiteral).join(', ')}]::text[]`;
}

/**
 * A string as a dollar-quoted literal: no escaping (pg's escapeLiteral copies a document character by
 * character), with a tag whose first occurrence after the opening one is the closing one — not only a tag
 * the text lacks: a text ending in `$j` would close early against the tag's own `$`.
 */
export function dollarQuoted(text: string): string {
  let tag = '$j$';
  for (let i = 0; `${text}${tag}`.indexOf(tag) !== text.length; i++) tag = `$j${i}$`;
  return `${tag}${text}${tag}`;
}

/**
 * A parameterized statement with its parameters written in as literals ($n: strings
 * dollar-quoted, numbers as they are, null as NULL), to send it with other statements.
 */
export function withLiterals(sql: string, params: readonly (string | number | null)[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === undefined) throw new Error(`no parameter $${n}`);
    if (value === null) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`parameter $${n} is not a finite number`);
      // In parentheses: a negative number after a minus would otherwise start a comment (`x --1`).
      return `(${value})`;
    }
    return dollarQuoted(value);
  });
}
