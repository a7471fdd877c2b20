import type { RxDocumentData, RxJsonSchema } from 'rxdb';
import { fromStorageToDexie } from 'rxdb/plugins/storage-dexie';

type Doc = Record<string, unknown>;

/**
 * RxDB's Dexie document format for a write: indexed booleans (`_deleted` included) as '1'/'0',
 * IndexedDB cannot index booleans. RxDB's converter also renames every key starting with '|'
 * (key compression's) anywhere in the document, so it rebuilds every nested object of every
 * document; without key compression no index path has such a key, and a document reads back
 * the same either way. So: a shallow copy, unless the schema compresses keys or indexes a
 * nested boolean (RxDB's converter then).
 */
export function dexieFormat<T>(
  schema: RxJsonSchema<unknown>,
  booleanIndexes: string[],
): (doc: RxDocumentData<T>) => Doc {
  if (schema.keyCompression || booleanIndexes.some((field) => field.includes('.')))
    return (doc) => fromStorageToDexie(booleanIndexes, doc);
  return (doc) => {
    const stored: Doc = { ...doc };
    for (const field of booleanIndexes) stored[field] = stored[field] ? '1' : '0';
    return stored;
  };
}
