import { COLLECTION_SCHEMAS } from '@shared/schemas';
import { isPullCollection, type PullCollection } from '@shared/sync/protocol';
import {
  createRxSchema,
  getAllCollectionDocuments,
  type RxDatabase,
  type RxJsonSchema,
  removeCollectionStorages,
} from 'rxdb';
import { deepEqual } from 'rxdb/plugins/utils';

/**
 * Pulled collections whose schema on disk is not this app's (another version, or the same version
 * with another content) are dropped before they are opened, with their replication checkpoints: they
 * are pulled again from checkpoint zero. The service holds the truth of every pulled document, so a
 * fresh copy is always right, and no migration has to guess how to turn an old document into a new
 * one. Commands are never dropped here: they hold the device's unsent work (they migrate instead).
 */
export async function dropStaleCollections(
  db: Pick<
    RxDatabase,
    'internalStore' | 'hashFunction' | 'storage' | 'token' | 'name' | 'multiInstance' | 'password'
  >,
): Promise<PullCollection[]> {
  const onDisk = await getAllCollectionDocuments(db.internalStore);
  const stale = new Set<PullCollection>();
  for (const doc of onDisk) {
    const name = doc.data.name;
    if (!isPullCollection(name)) continue;
    const schema = createRxSchema(
      COLLECTION_SCHEMAS[name] as unknown as RxJsonSchema<unknown>,
      db.hashFunction,
    );
    if (doc.data.version !== schema.version || !deepEqual(doc.data.schema, schema.jsonSchema))
      stale.add(name);
  }
  for (const name of stale) {
    await removeCollectionStorages(
      db.storage,
      db.internalStore,
      db.token,
      db.name,
      name,
      db.multiInstance,
      db.password,
      db.hashFunction,
    );
  }
  return [...stale];
}
