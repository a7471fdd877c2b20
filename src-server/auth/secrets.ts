import type { ServiceConfig } from '../config';
import type { Database } from '../db/database';
import { newToken } from './tokens';

export type Secrets = { omsApiKeys: string[]; adminToken: string };

/**
 * Credentials for the OMS and the admin API. Configured ones win; otherwise the
 * service generates them once and keeps them in its database (embedded set-up).
 */
export async function loadSecrets(
  db: Database,
  config: Pick<ServiceConfig, 'omsApiKeys' | 'adminToken'>,
): Promise<Secrets> {
  const stored = async (name: string): Promise<string> => {
    await db.pool.query(
      'INSERT INTO service_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, newToken()],
    );
    const { rows } = await db.pool.query<{ value: string }>(
      'SELECT value FROM service_secrets WHERE name = $1',
      [name],
    );
    const value = rows[0]?.value;
    if (!value) throw new Error(`secret ${name} could not be stored`);
    return value;
  };
  return {
    omsApiKeys: config.omsApiKeys.length > 0 ? config.omsApiKeys : [await stored('oms_api_key')],
    adminToken: config.adminToken ?? (await stored('admin_token')),
  };
}
