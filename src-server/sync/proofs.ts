import type { Database } from '../db/database';

export type SignatureImage = { contentType: string; bytes: Buffer };

const DATA_URL = /^data:(image\/(?:png|svg\+xml));base64,([A-Za-z0-9+/]+=*)$/;

/**
 * The signature taken at a handover, as an image. It lives only in the handover
 * command the counter's device sent (never in a projection devices pull), so it
 * is read from the store's command log, by store, order and command.
 */
export async function readSignature(
  db: Database,
  storeId: string,
  orderId: string,
  commandId: string,
): Promise<SignatureImage | undefined> {
  const { rows } = await db.pool.query<{ signature: string | null }>(
    `SELECT payload->>'signature' AS signature FROM commands
     WHERE store_id = $1 AND id = $2 AND type = 'handover' AND payload->>'orderId' = $3`,
    [storeId, commandId, orderId],
  );
  const match = DATA_URL.exec(rows[0]?.signature ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return { contentType: match[1], bytes: Buffer.from(match[2], 'base64') };
}
