import type { PullCollection, StreamHello, StreamPoke } from '@shared/sync/protocol';
import { EventSource } from 'eventsource';
import { type BackoffOptions, backoffDelay } from './backoff';

export type StreamOptions = {
  url: string;
  token: string;
  fetch: typeof fetch;
  onHello: (hello: StreamHello) => void;
  onPoke: (collections: PullCollection[]) => void;
  /** The stream is down (refused, cut, unreachable) and will be tried again: why, in the service's or the network's words. */
  onDown: (reason: string) => void;
  backoff?: BackoffOptions;
};

/**
 * The service's poke stream. 'hello' arrives on every (re)connection — the
 * device re-syncs everything then, which covers what it missed while away —
 * and 'poke' after each commit, naming the collections that changed.
 *
 * EventSource gives up for good on any non-200 answer (a proxy's 502, a
 * restarting service), so every failure closes it and a new one is opened
 * after an exponential, jittered delay; a hello resets the delay.
 */
export function connectStream(options: StreamOptions): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  const open = () => {
    timer = undefined;
    if (stopped) return;
    const current = new EventSource(options.url, {
      fetch: (input, init) =>
        options.fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${options.token}` },
        }),
    });
    source = current;
    current.addEventListener('hello', (event) => {
      attempt = 0;
      options.onHello(JSON.parse(event.data) as StreamHello);
    });
    current.addEventListener('poke', (event) =>
      options.onPoke((JSON.parse(event.data) as StreamPoke).collections),
    );
    current.addEventListener('error', (event) => {
      if (source !== current || stopped) return;
      current.close();
      source = undefined;
      const reason =
        event.message ?? (event.code ? `The stream answered ${event.code}.` : 'The stream closed.');
      options.onDown(reason);
      timer = setTimeout(open, backoffDelay(attempt++, { baseMs: 1000, maxMs: 30_000, ...options.backoff }));
    });
  };
  open();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    source?.close();
  };
}
