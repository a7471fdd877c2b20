import type { ReceiptDoc } from '@shared/schemas/receipt';
import type { ReturnDoc } from '@shared/schemas/return';
import type { TaskDoc } from '@shared/schemas/task';
import type { AttentionItem } from '../local-meta';
import { useObservable, useReplica } from '../react';
import type { Replica } from '../replica';

/** Open follow-up tasks (put-away, counts, customer-service cases), those done here already gone. */
export function useOpenTasks(): TaskDoc[] {
  const replica = useReplica();
  return useObservable(() => replica.views.openTasks$(), [], [replica]);
}

/** Commands the service refused as malformed (kept so someone can see what was lost). */
export function useAttention(): AttentionItem[] {
  const replica = useReplica();
  return useObservable(() => replica.attention$, [], [replica]);
}

/** What became of this device's commands when it was not a plain "applied": refusals and follow-ups. */
export function useOutcomes(): ReceiptDoc[] {
  const replica = useReplica();
  return useObservable(() => replica.views.outcomes$(), [], [replica]);
}

/** Returns recorded since a time (e.g. the start of the store's day). */
export function useReturnsSince(since: string): ReturnDoc[] {
  const replica = useReplica();
  return useObservable(() => replica.views.returnsSince$(since), [], [replica, since]);
}

/** The one way a screen changes anything: record a command (local first, pushed in the background). */
export function useRecord(): Replica['record'] {
  return useReplica().record;
}

export function useRecordAll(): Replica['recordAll'] {
  return useReplica().recordAll;
}

export function useDismissAttention(): Replica['dismissAttention'] {
  return useReplica().dismissAttention;
}

/** What the service is expected to answer to a command now (the reducer's verdict before recording). */
export function usePreview(): Replica['preview'] {
  return useReplica().preview;
}
