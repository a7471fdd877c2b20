import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback reverse proxy in front of the service, as a store's network
 * would have one: tests make it answer 502 to the stream (or to everything),
 * cut open streams or leave them half-open, then let it recover.
 */
export class FlakyProxy {
  /** Answer 502 to /v1/stream instead of forwarding it. */
  refuseStream = false;
  /** Answer 502 to every request. */
  refuseAll = false;
  /** Answer 502 to every pull. */
  refusePulls = false;
  streamRequests = 0;
  pushes = 0;
  refused = 0;
  private readonly open = new Set<http.ServerResponse>();
  /** Open streams the proxy holds half-open: sockets stay up, nothing more goes through. */
  private readonly stalled = new Set<http.ServerResponse>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<FlakyProxy> {
    const upstream = new URL(target);
    let proxy: FlakyProxy | undefined;
    const server = http.createServer((req, res) => proxy?.handle(req, res, upstream));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    proxy = new FlakyProxy(server, `http://127.0.0.1:${port}`);
    return proxy;
  }

  /** Cut every stream going through (as a proxy's idle timeout would). */
  cutStreams(): void {
    for (const res of this.open) res.destroy();
    this.open.clear();
  }

  /**
   * Stall every open stream: its sockets stay open on both sides, but nothing the service sends reaches the
   * device any more (a half-open connection: a proxy that lost its upstream, a dead network path). Streams
   * opened afterwards go through.
   */
  stallStreams(): number {
    for (const res of this.open) this.stalled.add(res);
    return this.stalled.size;
  }

  async close(): Promise<void> {
    this.cutStreams();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, upstream: URL): void {
    const isStream = req.url?.startsWith('/v1/stream') ?? false;
    if (isStream) this.streamRequests += 1;
    const isPull = req.url?.startsWith('/v1/pull') ?? false;
    if (req.url?.startsWith('/v1/push')) this.pushes += 1;
    if (this.refuseAll || (isStream && this.refuseStream) || (isPull && this.refusePulls)) {
      this.refused += 1;
      req.resume();
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
      return;
    }
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!isStream) {
          answer.pipe(res);
          return;
        }
        answer.on('data', (chunk: Buffer) => {
          if (!this.stalled.has(res)) res.write(chunk);
        });
        answer.on('end', () => {
          if (!this.stalled.has(res)) res.end();
        });
      },
    );
    forward.on('error', () => res.destroy());
    if (isStream) {
      this.open.add(res);
      res.on('close', () => {
        this.open.delete(res);
        this.stalled.delete(res);
        forward.destroy();
      });
    }
    req.pipe(forward);
  }
}
