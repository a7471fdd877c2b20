import { getLeanDexieStorage } from './lean-dexie/storage';
import type { ReplicaStorage } from './replica';

/**
 * The app's storage: Dexie on the browser's IndexedDB (the desktop shell and the tablet app alike),
 * through our lean variant of RxDB's Dexie storage (only RxDB's indexes, inserts without a read).
 */
export const browserStorage = (): ReplicaStorage => getLeanDexieStorage();
