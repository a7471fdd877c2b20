import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy can do to one push or pull. */
export type RequestFault =
  /** The service handles the request; its answer never reaches the device. */
  | 'lost_response'
  /** A 503 from the proxy; the service never sees the request. */
  | 'server_error'
  /** The answer's headers and half its body, then the connection is reset. */
  | 'reset_mid_response'
  /** Half of the request body reaches the service, then both connections are reset. */
  | 'reset_mid_request';

export const REQUEST_FAULTS: readonly RequestFault[] = [
  'lost_response',
  'server_error',
  'reset_mid_response',
  'reset_mid_request',
];

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A loopback reverse proxy between devices and the service that injects faults: on a seeded share of pushes
 * and pulls one of REQUEST_FAULTS; on demand, streams refused with 502, open streams cut or stalled (half-open). While the service
 * is down it resets connections, as a load balancer with no healthy backend would.
 */
export class FaultProxy {
  /** Share of pushes and pulls that meet a fault (0 = none). */
  faultRate = 0;
  refuseStream = false;
  readonly injected = new Map<string, number>();
  pushes = 0;
  requests = 0;
  /** Stalled streams the device has closed (its watchdog noticed the silence). */
  stalledClosed = 0;
  private readonly open = new Set<http.ServerResponse>();
  /** Open streams held half-open: the sockets stay up, nothing more reaches the device. */
  private readonly stalled = new Set<http.ServerResponse>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly random: () => number,
  ) {}

  static async start(target: string, seed: number): Promise<FaultProxy> {
    const upstream = new URL(target);
    let proxy: FaultProxy | undefined;
    const server = http.createServer((req, res) => proxy?.handle(req, res, upstream));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    proxy = new FaultProxy(server, `http://127.0.0.1:${port}`, seeded(seed));
    return proxy;
  }

  count(kind: string, n = 1): void {
    this.injected.set(kind, (this.injected.get(kind) ?? 0) + n);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.injected.values()) sum += n;
    return sum;
  }

  /** Cut every stream going through (a proxy's idle timeout, a Wi-Fi roam). */
  cutStreams(): number {
    const n = this.open.size;
    for (const res of this.open) res.destroy();
    this.open.clear();
    return n;
  }

  /** Streams open through the proxy now. */
  get openStreams(): number {
    return this.open.size - this.stalled.size;
  }

  /**
   * Stall every open stream: both sockets stay open but nothing the service sends goes through (a proxy
   * that lost its upstream, a dead network path). Only the device's heartbeat watchdog can notice.
   */
  stallStreams(): number {
    for (const res of this.open) this.stalled.add(res);
    return this.open.size;
  }

  async close(): Promise<void> {
    this.cutStreams();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pickFault(): RequestFault | undefined {
    if (this.faultRate <= 0 || this.random() >= this.faultRate) return undefined;
    return REQUEST_FAULTS[Math.floor(this.random() * REQUEST_FAULTS.length)];
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, upstream: URL): void {
    const path = req.url ?? '';
    const isStream = path.startsWith('/v1/stream');
    const isPush = path.startsWith('/v1/push');
    const isPull = path.startsWith('/v1/pull');
    this.requests += 1;
    if (isPush) this.pushes += 1;
    if (isStream && this.refuseStream) {
      this.count('stream_refused_502');
      req.resume();
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
      return;
    }
    const fault = isPush || isPull ? this.pickFault() : undefined;
    if (fault) this.count(fault);
    if (fault === 'server_error') {
      req.resume();
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path, method: req.method, headers: req.headers },
      (answer) => {
        if (fault === 'lost_response') {
          // Let the service finish, then drop the answer on the floor.
          answer.resume();
          answer.on('end', () => res.destroy());
          return;
        }
        if (fault === 'reset_mid_response') {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            const body = Buffer.concat(chunks);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.write(body.subarray(0, Math.floor(body.length / 2)));
            setImmediate(() => res.destroy());
          });
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (isStream) {
          answer.on('data', (chunk: Buffer) => {
            if (!this.stalled.has(res)) res.write(chunk);
          });
          answer.on('end', () => {
            if (!this.stalled.has(res)) res.end();
          });
        } else {
          answer.pipe(res);
        }
        // The service died mid-answer (SIGKILL): reset the device's connection too, as a real proxy does,
        // instead of leaving a stream open that will never say anything again.
        answer.on('close', () => {
          if (!answer.complete) res.destroy();
        });
      },
    );
    forward.on('error', () => res.destroy());
    if (isStream) {
      this.open.add(res);
      res.on('close', () => {
        this.open.delete(res);
        if (this.stalled.delete(res)) this.stalledClosed += 1;
        forward.destroy();
      });
    }
    if (fault === 'reset_mid_request') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        forward.write(body.subarray(0, Math.floor(body.length / 2)));
        setImmediate(() => {
          forward.destroy();
          res.destroy();
        });
      });
      return;
    }
    req.pipe(forward);
  }
}
