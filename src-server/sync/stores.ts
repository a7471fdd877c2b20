import { storeSettings } from '@shared/domain/store-settings';
import type { StoreDoc } from '@shared/schemas/store';
import { type Database, transaction } from '../db/database';
import { assertDocument } from '../validation/documents';
import { notifyStore } from './apply-commands';
import { projection, upsertProjections } from './projections';

export type StoreInput = Pick<StoreDoc, 'name' | 'timezone' | 'locale' | 'currency'> & {
  settings?: Partial<StoreDoc['settings']>;
};

const IDLE = { paused: false, reason: '', at: '', staffId: '' };

/** Create a store or update its identity and settings (the OMS owns them; pauses stay the store's). */
export async function upsertStore(
  db: Database,
  id: string,
  input: StoreInput,
  now = new Date().toISOString(),
) {
  return transaction(db, async (client) => {
    await client.query('INSERT INTO stores (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
    const locked = await client.query<{ seq: number }>('SELECT seq FROM stores WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    const previous = await projection<StoreDoc>(client, id, 'store', id);
    const seq = (locked.rows[0]?.seq ?? 0) + 1;
    const doc: StoreDoc = {
      id,
      name: input.name,
      timezone: input.timezone,
      locale: input.locale,
      currency: input.currency,
      // What the OMS sends replaces, what it leaves out stays as it was (or takes the default).
      settings: {
        ...storeSettings({ ...previous?.settings, ...input.settings }),
        ...optionalSettings(input.settings, previous?.settings),
      },
      fulfilment: previous?.fulfilment ?? { ship_from_store: IDLE, click_and_collect: IDLE },
      // The manager's opening hours are the store's, like its pauses.
      ...(previous?.openingHours ? { openingHours: previous.openingHours } : {}),
      acks: previous?.acks ?? [],
      seq,
      updatedAt: now,
    };
    assertDocument('store', doc);
    await upsertProjections(client, id, 'store', [{ id, seq, deleted: false, doc }]);
    await client.query('UPDATE stores SET seq = $2 WHERE id = $1', [id, seq]);
    await notifyStore(client, id, seq, ['store']);
    return { store: doc, created: !previous };
  });
}

const OPTIONAL_SETTINGS = [
  'stagingLocations',
  'pickupExpiryHours',
  'handoverScan',
  'keepClosedDays',
] as const;

/** Settings a store may leave out (absent = the default): sent ones replace, others are kept. */
function optionalSettings(
  input: Partial<StoreDoc['settings']> | undefined,
  previous: StoreDoc['settings'] | undefined,
): Partial<StoreDoc['settings']> {
  const out: Record<string, unknown> = {};
  for (const key of OPTIONAL_SETTINGS) {
    const value = input?.[key] ?? previous?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<StoreDoc['settings']>;
}

export async function readStore(db: Database, id: string): Promise<StoreDoc | undefined> {
  return projection<StoreDoc>(db.pool, id, 'store', id);
}
