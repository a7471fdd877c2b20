import { useMemo } from 'react';
import { useAttention, useOpenTasks, useOutcomes } from './work';

/**
 * How many things wait in the inbox: refused commands, answers of the service
 * not read yet (`seen`: ids the associate has read), open follow-up tasks.
 */
export function useInboxCount(seen: readonly string[]): number {
  const attention = useAttention();
  const outcomes = useOutcomes();
  const tasks = useOpenTasks();
  return useMemo(() => {
    const read = new Set(seen);
    return attention.length + outcomes.filter((o) => !read.has(o.id)).length + tasks.length;
  }, [attention, outcomes, tasks, seen]);
}
