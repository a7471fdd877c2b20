import type { ServiceConfig } from '../config';
import type { Database } from '../db/database';
import { loadHashKey, sameHash, secretHash } from './secret-hash';
import { newToken } from './tokens';

export type Secrets = {
  isOmsKey(token: string): boolean;
  isAdminToken(token: string): boolean;
  /**
   * Credentials generated at this start (the first one, when none are configured): shown once
   * (`npm start` and the service print them), stored only as keyed hashes.
   */
  generated: { omsApiKey?: string; adminToken?: string };
  /** The configured ones (OMS_API_KEYS, ADMIN_TOKEN), for the scripts that call the service. */
  configured: { omsApiKeys: string[]; adminToken?: string };
};

/**
 * Credentials for the OMS and the admin API. Configured ones win; otherwise the service generates
 * them once and keeps their keyed hash (rows kept in clear by earlier versions are replaced).
 */
export async function loadSecrets(
  db: Database,
  config: Pick<ServiceConfig, 'omsApiKeys' | 'adminToken'> & {
    secretKey?: string | undefined;
    /** Accepted for this process only, never stored (`npm start` loads its demo store with one). */
    sessionOmsKeys?: string[];
  },
): Promise<Secrets> {
  await loadHashKey(db, config.secretKey);
  const generated: Secrets['generated'] = {};
  const stored = async (name: 'oms_api_key' | 'admin_token'): Promise<string> => {
    const hashName = `${name}_hash`;
    // Before keyed hashes, the secret itself was stored under `name`.
    const { rows: clear } = await db.pool.query<{ value: string }>(
      'SELECT value FROM service_secrets WHERE name = $1',
      [name],
    );
    const fresh = clear[0]?.value ?? newToken();
    const { rowCount } = await db.pool.query(
      'INSERT INTO service_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [hashName, secretHash(db, fresh)],
    );
    await db.pool.query('DELETE FROM service_secrets WHERE name = $1', [name]);
    if (rowCount && !clear[0]) generated[name === 'oms_api_key' ? 'omsApiKey' : 'adminToken'] = fresh;
    const { rows } = await db.pool.query<{ value: string }>(
      'SELECT value FROM service_secrets WHERE name = $1',
      [hashName],
    );
    const value = rows[0]?.value;
    if (!value) throw new Error(`secret ${name} could not be stored`);
    return value;
  };
  const omsHashes = [
    ...(config.omsApiKeys.length > 0
      ? config.omsApiKeys.map((k) => secretHash(db, k))
      : [await stored('oms_api_key')]),
    ...(config.sessionOmsKeys ?? []).map((k) => secretHash(db, k)),
  ];
  const adminHash = config.adminToken ? secretHash(db, config.adminToken) : await stored('admin_token');
  return {
    // Every configured key is compared (no early exit): the time does not tell which one was close.
    isOmsKey: (token) => {
      const hash = secretHash(db, token);
      return omsHashes.map((h) => sameHash(h, hash)).includes(true);
    },
    isAdminToken: (token) => sameHash(adminHash, secretHash(db, token)),
    generated,
    configured: {
      omsApiKeys: config.omsApiKeys,
      ...(config.adminToken ? { adminToken: config.adminToken } : {}),
    },
  };
}
