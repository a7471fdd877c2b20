import http from 'node:http';

export type SseHandlers = {
  onEvent(type: string, data: string): void;
  onEnd(status: number | undefined): void;
};

/**
 * A bare server-sent-events client on node:http (one socket per stream, no polyfill): the
 * fan-out bench holds thousands of them in one process.
 */
export function openSse(url: string, token: string, handlers: SseHandlers): { close(): void } {
  let ended = false;
  const end = (status: number | undefined) => {
    if (ended) return;
    ended = true;
    handlers.onEnd(status);
  };
  const request = http.get(
    url,
    { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
    (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        end(response.statusCode);
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let type = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) type = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          handlers.onEvent(type, data);
        }
      });
      response.on('end', () => end(200));
      response.on('error', () => end(200));
    },
  );
  request.on('error', () => end(undefined));
  return {
    close() {
      ended = true;
      request.destroy();
    },
  };
}
