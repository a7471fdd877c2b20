import { EventSource } from 'eventsource';

/** Collect the events of a device's stream (Node has no EventSource; the eventsource package adds auth headers). */
export function openStream(url: string, token: string) {
  const events: { type: string; data: unknown }[] = [];
  const waiters: (() => void)[] = [];
  const source = new EventSource(`${url}/v1/stream`, {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers ?? {}), authorization: `Bearer ${token}` } }),
  });
  for (const type of ['hello', 'poke']) {
    source.addEventListener(type, (event) => {
      events.push({ type, data: JSON.parse((event as MessageEvent).data) });
      for (const wake of waiters.splice(0)) wake();
    });
  }
  return {
    events,
    async waitFor(predicate: (e: { type: string; data: unknown }) => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching event in ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => source.close(),
  };
}
