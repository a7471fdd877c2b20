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
  /**
   * Silence after which the stream is taken for dead, before the service's hello names its heartbeat
   * (then twice the heartbeat). Default 30 s: twice the service's default heartbeat.
   */
  watchdogMs?: number;
};

const DEFAULT_WATCHDOG_MS = 30_000;

/**
 * The service's poke stream. 'hello' arrives on every (re)connection — the
 * device re-syncs everything then, which covers what it missed while away —
 * and 'poke' after each commit, naming the collections that changed.
 *
 * EventSource gives up for good on any non-200 answer (a proxy's 502, a
 * restarting service), so every failure closes it and a new one is opened
 * after an exponential, jittered delay; a hello resets the delay.
 *
 * A stream can also die without an error: a proxy or a dead network path that
 * keeps the socket half-open delivers nothing, for ever. The service sends a
 * named 'heartbeat' event (its period is in the hello); a watchdog closes a
 * stream that has been silent for twice that period and reconnects it the same way.
 */
export function connectStream(options: StreamOptions): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let silenceMs = options.watchdogMs ?? DEFAULT_WATCHDOG_MS;
  let attempt = 0;
  let stopped = false;

  const down = (current: EventSource, reason: string) => {
    if (source !== current || stopped) return;
    current.close();
    source = undefined;
    if (watchdog) clearTimeout(watchdog);
    watchdog = undefined;
    options.onDown(reason);
    timer = setTimeout(open, backoffDelay(attempt++, { baseMs: 1000, maxMs: 30_000, ...options.backoff }));
  };

  /** Any event proves the stream alive: wait for the next one. */
  const alive = (current: EventSource) => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = setTimeout(
      () => down(current, `The stream sent nothing for ${Math.round(silenceMs / 1000)} s; reconnecting.`),
      silenceMs,
    );
  };

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
    alive(current);
    current.addEventListener('hello', (event) => {
      attempt = 0;
      const hello = JSON.parse(event.data) as StreamHello;
      if (hello.heartbeatMs && hello.heartbeatMs > 0) silenceMs = 2 * hello.heartbeatMs;
      alive(current);
      options.onHello(hello);
    });
    current.addEventListener('poke', (event) => {
      alive(current);
      options.onPoke((JSON.parse(event.data) as StreamPoke).collections);
    });
    current.addEventListener('heartbeat', () => alive(current));
    current.addEventListener('error', (event) =>
      down(
        current,
        event.message ?? (event.code ? `The stream answered ${event.code}.` : 'The stream closed.'),
      ),
    );
  };
  open();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (watchdog) clearTimeout(watchdog);
    source?.close();
  };
}
