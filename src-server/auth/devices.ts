import { v7 as uuidv7 } from 'uuid';
import { type Database, transaction } from '../db/database';
import { secretHash } from './secret-hash';
import { newEnrollmentCode, newToken, normalizeEnrollmentCode } from './tokens';

export type DeviceIdentity = { deviceId: string; storeId: string };

export async function createEnrollmentCode(
  db: Database,
  storeId: string,
  createdBy: string,
  ttlMinutes = 24 * 60,
): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrollmentCode();
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000).toISOString();
  await db.pool.query(
    'INSERT INTO enrollment_codes (code_hash, store_id, created_by, expires_at) VALUES ($1, $2, $3, $4)',
    [secretHash(db, code), storeId, createdBy, expiresAt],
  );
  return { code, expiresAt };
}

/** One answer for every bad code, so a guesser never learns it hit a real one (used or expired). */
export class EnrollmentRefused extends Error {
  constructor() {
    super(
      'This enrollment code is not valid (mistyped, already used or expired): ask your manager for a new one.',
    );
  }
}

/** Exchange a one-time code for a device token bound to the code's store. */
export async function enrollDevice(
  db: Database,
  rawCode: string,
  name: string,
): Promise<{ token: string; deviceId: string; storeId: string }> {
  const codeHash = secretHash(db, normalizeEnrollmentCode(rawCode));
  return transaction(db, async (client) => {
    const { rows } = await client.query<{ store_id: string; expired: boolean; used: boolean }>(
      `SELECT store_id, expires_at < now() AS expired, used_at IS NOT NULL AS used
       FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE`,
      [codeHash],
    );
    const row = rows[0];
    if (!row || row.used || row.expired) throw new EnrollmentRefused();
    const token = newToken();
    const deviceId = uuidv7();
    await client.query('INSERT INTO devices (id, store_id, name, token_hash) VALUES ($1, $2, $3, $4)', [
      deviceId,
      row.store_id,
      name,
      secretHash(db, token),
    ]);
    await client.query('UPDATE enrollment_codes SET used_at = now(), device_id = $2 WHERE code_hash = $1', [
      codeHash,
      deviceId,
    ]);
    return { token, deviceId, storeId: row.store_id };
  });
}

/** NOTIFY channel of revocations (payload: the device id), heard by every instance (DeviceTokens). */
export const REVOKED_CHANNEL = 'device_revoked';

/** The device whose token has this stored hash (undefined if unknown or revoked). */
export async function findDevice(db: Database, tokenHash: string): Promise<DeviceIdentity | undefined> {
  const { rows } = await db.pool.query<{ id: string; store_id: string }>(
    'SELECT id, store_id FROM devices WHERE token_hash = $1 AND revoked_at IS NULL',
    [tokenHash],
  );
  const row = rows[0];
  return row ? { deviceId: row.id, storeId: row.store_id } : undefined;
}

/** Revoke a device; every instance hears it when the revocation commits (REVOKED_CHANNEL). */
export async function revokeDevice(db: Database, deviceId: string): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    `WITH revoked AS (
       UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id
     )
     SELECT pg_notify($2, id) FROM revoked`,
    [deviceId, REVOKED_CHANNEL],
  );
  return (rowCount ?? 0) > 0;
}

export async function listDevices(db: Database, storeId: string) {
  const { rows } = await db.pool.query<{
    id: string;
    name: string;
    enrolled_at: Date;
    revoked_at: Date | null;
  }>('SELECT id, name, enrolled_at, revoked_at FROM devices WHERE store_id = $1 ORDER BY enrolled_at', [
    storeId,
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    enrolledAt: r.enrolled_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
  }));
}
