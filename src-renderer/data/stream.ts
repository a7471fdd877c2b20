import type { PullCollection, StreamHello, StreamPoke } from '@shared/sync/protocol';
import { EventSource } from 'eventsource';

/**
 * The service's poke stream. 'hello' arrives on every (re)connection — the
 * device re-syncs everything then, which covers what it missed while away —
 * and 'poke' after each commit, naming the collections that changed.
 */
export function connectStream(options: {
  url: string;
  token: string;
  fetch: typeof fetch;
  onHello: (hello: StreamHello) => void;
  onPoke: (collections: PullCollection[]) => void;
  onError: () => void;
}): () => void {
  const source = new EventSource(options.url, {
    fetch: (input, init) =>
      options.fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${options.token}` },
      }),
  });
  source.addEventListener('hello', (event) => options.onHello(JSON.parse(event.data) as StreamHello));
  source.addEventListener('poke', (event) =>
    options.onPoke((JSON.parse(event.data) as StreamPoke).collections),
  );
  source.addEventListener('error', () => options.onError());
  return () => source.close();
}
