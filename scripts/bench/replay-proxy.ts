import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/**
 * bench:sync --replay: a proxy in front of the service that answers a store pull it has answered
 * before from memory, at once. A device's first sync then pays nothing for the service on this
 * machine's two cores, as on a real device where the service runs elsewhere. Everything else (the
 * event stream, preflights, the first pull of each page) goes through to the service.
 */
export async function startReplayProxy(target: string): Promise<{
  url: string;
  stats(): { hits: number; misses: number };
  stop(): Promise<void>;
}> {
  const upstream = new URL(target);
  const answers = new Map<string, Answer>();
  let hits = 0;
  let misses = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const replayable = req.method === 'GET' && url.startsWith('/v1/pull');
    const kept = replayable ? answers.get(url) : undefined;
    if (kept) {
      hits += 1;
      // The browser's origin may differ between profiles only by nothing: the kept CORS headers hold.
      res.writeHead(kept.status, kept.headers);
      res.end(kept.body);
      return;
    }
    if (replayable) misses += 1;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        if (!replayable || answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          headers['content-length'] = String(body.length);
          answers.set(url, { status: 200, headers, body });
          res.writeHead(200, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => ({ hits, misses }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
