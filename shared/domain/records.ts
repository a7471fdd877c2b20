/**
 * Records keyed by ids that come from the outside (order, SKU, task, return ids).
 * An id may be any string, `__proto__` or `constructor` included: records have no
 * prototype, and every read checks the key is the record's own.
 */
export type Records<T> = Record<string, T>;

/** An empty record without prototype, optionally filled from entries. */
export function records<T>(entries?: Iterable<readonly [string, T]>): Records<T> {
  const out = Object.create(null) as Records<T>;
  if (entries) for (const [id, value] of entries) out[id] = value;
  return out;
}

/** The record as a prototype-free record (itself when it already is one). */
export function asRecords<T>(record: Records<T>): Records<T> {
  return Object.getPrototypeOf(record) === null ? record : records(Object.entries(record));
}

/** The value stored under id, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Records<T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
