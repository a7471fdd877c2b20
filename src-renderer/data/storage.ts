import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { ReplicaStorage } from './replica';

/** The app's storage: Dexie on the browser's IndexedDB (the desktop shell and the tablet app alike). */
export const browserStorage = (): ReplicaStorage => getRxStorageDexie();
