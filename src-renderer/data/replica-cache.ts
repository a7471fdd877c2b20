import type { Replica } from './replica';

type Entry = { replica: Promise<Replica>; users: number; closing?: ReturnType<typeof setTimeout> };
const open = new Map<string, Entry>();

/**
 * One replica per store and service for the whole page, however often screens
 * mount: RxDB allows 13 open collections per page, and a re-mount (React's
 * strict mode, a hot reload) must not open a second copy.
 */
export function acquireReplica(
  key: string,
  create: () => Promise<Replica>,
): { replica: Promise<Replica>; release(): void } {
  let entry = open.get(key);
  if (entry?.closing) clearTimeout(entry.closing);
  if (!entry) {
    entry = { replica: create(), users: 0 };
    open.set(key, entry);
    entry.replica.catch(() => open.delete(key));
  }
  entry.users += 1;
  const held = entry;
  let released = false;
  return {
    replica: held.replica,
    release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users > 0) return;
      held.closing = setTimeout(() => {
        if (held.users > 0 || open.get(key) !== held) return;
        open.delete(key);
        void held.replica.then((r) => r.close()).catch(() => undefined);
      }, 1000);
    },
  };
}
