/**
 * Adds documents to an object store in one readwrite transaction, with no read before the write:
 * a key already there fails its `add` with a `ConstraintError`, which is kept from aborting the
 * transaction, and the stored document is read back in the same transaction.
 * Returns the documents found in place of the ones not added, by key. Any other error aborts the
 * transaction (nothing written) and rejects.
 */
export function addAll(
  db: IDBDatabase,
  storeName: string,
  docs: readonly Record<string, unknown>[],
  keyOf: (doc: Record<string, unknown>) => IDBValidKey,
  durability: IDBTransactionDurability = 'default',
): Promise<Map<IDBValidKey, Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const taken = new Map<IDBValidKey, Record<string, unknown>>();
    const tx = db.transaction(storeName, 'readwrite', { durability });
    const store = tx.objectStore(storeName);
    tx.oncomplete = () => resolve(taken);
    tx.onabort = () => reject(tx.error ?? new Error(`The write to ${storeName} was aborted.`));
    for (const doc of docs) {
      const request = store.add(doc);
      request.onerror = (event) => {
        if (request.error?.name !== 'ConstraintError') return; // aborts the transaction
        event.preventDefault();
        event.stopPropagation();
        const key = keyOf(doc);
        const stored = store.get(key);
        stored.onsuccess = () => taken.set(key, stored.result as Record<string, unknown>);
      };
    }
  });
}
