/// <reference lib="dom" />
import type { RxStorage } from 'rxdb';

type Storage = RxStorage<unknown, unknown>;

/**
 * The storage, with the time its writes are in progress (any collection, the union of their
 * intervals). The rest of a sync is the pull's own time: waiting for pages, parsing them, the
 * loop's steps between pages.
 */
export function timedWrites(storage: Storage): {
  storage: Storage;
  writingMs(from: number, to: number): number;
} {
  const intervals: [number, number][] = [];
  const timed: Storage = {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        const start = performance.now();
        try {
          return await write(rows, context);
        } finally {
          intervals.push([start, performance.now()]);
        }
      };
      return instance;
    },
  };
  return {
    storage: timed,
    writingMs(from, to) {
      let total = 0;
      let end = from;
      for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
        const a = Math.max(start, end);
        const b = Math.min(stop, to);
        if (b > a) total += b - a;
        end = Math.max(end, stop);
      }
      return total;
    },
  };
}
