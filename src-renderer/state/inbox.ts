import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const KEEP = 500;

/** Which answers of the service the associate has read (device-local UI state, not store data). */
type InboxSeen = { seen: string[]; markSeen(ids: readonly string[]): void };

export const useInboxSeen = create<InboxSeen>()(
  persist(
    (set) => ({
      seen: [],
      markSeen: (ids) =>
        set((s) => {
          const fresh = ids.filter((id) => !s.seen.includes(id));
          return fresh.length === 0 ? s : { seen: [...s.seen, ...fresh].slice(-KEEP) };
        }),
    }),
    { name: 'associate.inbox', storage: createJSONStorage(() => localStorage) },
  ),
);
