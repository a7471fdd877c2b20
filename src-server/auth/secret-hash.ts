import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database';

/**
 * Stored secrets (device tokens, enrollment codes, generated OMS keys and admin token) are kept as
 * keyed hashes: HMAC-SHA256, with the service's key, of the secret's SHA-256. A copy of the database
 * alone cannot check a guess; the inner SHA-256 lets rows stored before (plain SHA-256) be converted
 * without their secrets. The prefix tells the two apart.
 */
const PREFIX = 'h1:';

const keys = new WeakMap<Database, Buffer>();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function keyed(key: Buffer, innerHash: string): string {
  return `${PREFIX}${createHmac('sha256', key).update(innerHash).digest('hex')}`;
}

function keyOf(db: Database): Buffer {
  const key = keys.get(db);
  if (!key) throw new Error('the secret hash key is not loaded (startService loads it)');
  return key;
}

/** The keyed hash of a secret, as stored. */
export function secretHash(db: Database, secret: string): string {
  return keyed(keyOf(db), sha256(secret));
}

/** Constant-time comparison of two stored-form hashes. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The key: SECRET_KEY when configured (kept out of the database), otherwise generated once and kept
 * in the database (the embedded, zero set-up case). Then rows still hashed the old way are converted.
 */
export async function loadHashKey(db: Database, configured: string | undefined): Promise<void> {
  let key: Buffer;
  if (configured) {
    key = Buffer.from(configured, 'utf8');
  } else {
    await db.pool.query(
      'INSERT INTO service_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      ['hash_key', randomBytes(32).toString('base64url')],
    );
    const { rows } = await db.pool.query<{ value: string }>(
      'SELECT value FROM service_secrets WHERE name = $1',
      ['hash_key'],
    );
    key = Buffer.from(rows[0]?.value ?? '', 'base64url');
    if (key.length < 32) throw new Error('the stored secret hash key is missing or too short');
  }
  keys.set(db, key);
  await convertLegacyHashes(db, key);
}

async function convertLegacyHashes(db: Database, key: Buffer): Promise<void> {
  for (const [table, column] of [
    ['devices', 'token_hash'],
    ['enrollment_codes', 'code_hash'],
  ] as const) {
    const { rows } = await db.pool.query<{ hash: string }>(
      `SELECT ${column} AS hash FROM ${table} WHERE ${column} NOT LIKE '${PREFIX}%'`,
    );
    for (const { hash } of rows) {
      await db.pool.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1`, [
        hash,
        keyed(key, hash),
      ]);
    }
  }
}
