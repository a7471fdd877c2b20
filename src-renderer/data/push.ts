import type { CommandEnvelope } from '@shared/commands/envelope';
import type { PushReceipt, RefusedCommand } from '@shared/sync/protocol';
import { retrying, type Wake } from './backoff';
import { isTransient, type ServiceClient, ServiceError } from './http';
import type { AttentionItem } from './local-meta';

export type PushDeps = {
  client: ServiceClient;
  wake: Wake;
  signal: AbortSignal;
  onTransient: (error: unknown) => void;
  onUnauthorized: (error: ServiceError) => void;
  /** Commands the service refused for good: out of the queue, onto the needs-attention list. */
  onRefused: (items: AttentionItem[]) => Promise<void>;
  /** The service's receipts, straight from the push response: they settle commands without waiting for a pull. */
  onReceipts: (receipts: PushReceipt[]) => Promise<void>;
};

function attention(command: CommandEnvelope, reason: string, detail: string): AttentionItem {
  return {
    commandId: command.id,
    type: command.type,
    orderId: command.orderId,
    reason,
    detail,
    at: new Date().toISOString(),
  };
}

/**
 * Send commands until the service has them all. Transient failures are retried
 * with backoff; a push refused as malformed is narrowed down to the commands at
 * fault (named by the service, or found by halving the batch), which leave the
 * queue for the needs-attention list so the rest flows on.
 */
export async function pushCommands(commands: CommandEnvelope[], deps: PushDeps): Promise<void> {
  let queue = commands;
  while (queue.length > 0) {
    try {
      const response = await retrying(() => deps.client.push(queue, deps.signal), {
        signal: deps.signal,
        wake: deps.wake,
        isTransient,
        onTransient: deps.onTransient,
      });
      await deps.onReceipts(response.receipts ?? []);
      return;
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      if (error.status === 401 || error.status === 403) {
        deps.onUnauthorized(error);
        throw error;
      }
      const named = error.status === 422 ? (error.body.refused ?? []) : [];
      if (named.length > 0) {
        const byIndex = new Map<number, RefusedCommand>(named.map((r) => [r.index, r]));
        await deps.onRefused(
          queue.flatMap((command, i) => {
            const refusal = byIndex.get(i);
            return refusal ? [attention(command, refusal.reason, refusal.detail)] : [];
          }),
        );
        queue = queue.filter((_, i) => !byIndex.has(i));
        continue;
      }
      if (queue.length === 1) {
        await deps.onRefused([attention(queue[0] as CommandEnvelope, error.body.error, error.message)]);
        return;
      }
      const half = Math.ceil(queue.length / 2);
      await pushCommands(queue.slice(0, half), deps);
      await pushCommands(queue.slice(half), deps);
      return;
    }
  }
}

/** One push at a time, in the order RxDB hands them over, so the service sees the device's commands in order. */
export function serialize<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const run = tail.then(() => fn(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}
