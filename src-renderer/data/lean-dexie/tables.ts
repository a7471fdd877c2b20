import type { Dexie } from 'dexie';
import { getPrimaryFieldOfPrimaryKey, type RxJsonSchema } from 'rxdb';
import { dexieReplaceIfStartsWithPipe } from 'rxdb/plugins/storage-dexie';

/**
 * Dexie version of our tables. RxDB's Dexie storage declares version 1 of the same database
 * (same name, same document format); a database it created is upgraded in place to this one,
 * which only drops the indexes below: no document moves, nothing is pulled again.
 */
export const LEAN_TABLES_VERSION = 2;

/**
 * The docs table with only the indexes RxDB needs: the primary key and the schema's indexes as
 * RxDB fills them (each `_deleted`-prefixed, plus `[_meta.lwt+primary]` for changes and clean-up).
 * RxDB's Dexie storage also declares `_meta.lwt` alone and `[_deleted+primary]` on every table;
 * each extra index is one more B-tree entry per written document (most of the first sync's excess).
 */
export function leanDocsTable(schema: RxJsonSchema<unknown>): string {
  const primary = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  const indexes: string[][] = (schema.indexes ?? []).map((index) =>
    typeof index === 'string' ? [index] : [...index],
  );
  // Changes since a checkpoint and the clean-up read this one: keep it even on an unfilled schema.
  indexes.push(['_meta.lwt', primary]);
  const rows = [[primary], ...indexes].map((fields) => {
    const parts = fields.map(dexieReplaceIfStartsWithPipe);
    return parts.length === 1 ? (parts[0] as string) : `[${parts.join('+')}]`;
  });
  return [...new Set(rows)].join(', ');
}

/** Declares our version of the tables (called by Dexie's `onCreate`, before RxDB declares its version 1). */
export function declareLeanTables(db: Dexie, schema: RxJsonSchema<unknown>): void {
  db.version(LEAN_TABLES_VERSION).stores({
    docs: leanDocsTable(schema),
    changes: '++sequence, id',
    attachments: 'id',
  });
}
