/** A raw event stream (fetch), to see exactly what the service sends and when it ends the stream. */
export async function readStream(url: string, token: string) {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const events: string[] = [];
  let ended = false;
  const done = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      for (const match of buffer.matchAll(/^event: (\w+)$/gm)) if (match[1]) events.push(match[1]);
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      ended = true;
    });
  return {
    response,
    events,
    /** Resolves when the service ends the stream. */
    done,
    get ended() {
      return ended;
    },
    async waitFor(type: string) {
      while (!events.includes(type)) {
        if (ended) throw new Error(`stream ended without '${type}': ${events.join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    /** The client goes away (its connection is closed). */
    cancel: async () => {
      abort.abort();
      await done;
    },
  };
}
