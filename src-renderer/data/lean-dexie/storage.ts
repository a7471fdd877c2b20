import {
  addRxStorageMultiInstanceSupport,
  type DexieSettings,
  type DexieStorageInternals,
  ensureRxStorageInstanceParamsAreCorrect,
  newRxError,
  RXDB_VERSION,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import {
  getDexieDbWithTables,
  getRxStorageDexie,
  RX_STORAGE_NAME_DEXIE,
  RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';
import { LeanDexieInstance } from './instance';
import { declareLeanTables } from './tables';

/**
 * The replica's storage: RxDB's Dexie storage (same databases, same document format, same
 * queries) with tables that declare only the indexes RxDB needs (`tables.ts`) and an insert
 * fast path (`instance.ts`). Opening a database RxDB's Dexie storage created upgrades its
 * tables in place (indexes dropped, documents kept, unsent commands included).
 */
export class LeanDexieStorage implements RxStorage<DexieStorageInternals, DexieSettings> {
  readonly name = RX_STORAGE_NAME_DEXIE;
  readonly rxdbVersion = RXDB_VERSION;
  /** RxDB's own storage, for its checks on the parameters (non-required indexes refused, as on Dexie). */
  private readonly dexie;

  constructor(readonly settings: DexieSettings = {}) {
    this.dexie = getRxStorageDexie(settings);
  }

  async createStorageInstance<T>(
    params: RxStorageInstanceCreationParams<T, DexieSettings>,
  ): Promise<LeanDexieInstance<T>> {
    ensureRxStorageInstanceParamsAreCorrect(params);
    assertIndexesRequired(params);
    const schema = params.schema;
    const settings: DexieSettings = {
      ...this.settings,
      onCreate: async (db, name) => {
        await this.settings.onCreate?.(db, name);
        declareLeanTables(db, schema as RxJsonSchema<unknown>);
      },
    };
    const internals = getDexieDbWithTables(params.databaseName, params.collectionName, settings, schema);
    const dexie = new RxStorageInstanceDexie<T>(
      this.dexie,
      params.databaseName,
      params.collectionName,
      schema,
      internals,
      params.options,
      settings,
      params.devMode,
    );
    const instance = new LeanDexieInstance<T>(dexie, settings, params.devMode);
    await addRxStorageMultiInstanceSupport(RX_STORAGE_NAME_DEXIE, params, instance);
    return instance;
  }
}

/** As RxDB's Dexie storage: an index on a field that may be missing cannot be declared (DXE1). */
function assertIndexesRequired<T>(params: RxStorageInstanceCreationParams<T, DexieSettings>): void {
  const required = new Set<string>((params.schema.required as string[] | undefined) ?? []);
  for (const field of (params.schema.indexes ?? []).flat()) {
    if (!field.includes('.') && !required.has(field))
      throw newRxError('DXE1', { field, schema: params.schema });
  }
}

export function getLeanDexieStorage(settings: DexieSettings = {}): LeanDexieStorage {
  return new LeanDexieStorage(settings);
}
