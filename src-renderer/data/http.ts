import type { CommandEnvelope } from '@shared/commands/envelope';
import type {
  EnrollResponse,
  ErrorBody,
  MovementsResponse,
  PullCollection,
  PullPart,
  PullResponse,
  PushResponse,
  StorePullResponse,
} from '@shared/sync/protocol';

/** The service answered with an error status (its body says why). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ServiceError';
  }

  /** 5xx, 408 and 429 pass; other 4xx are permanent for the same request. */
  get transient(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The service could not be reached (offline, DNS, timeout). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ServiceError && error.transient);
}

export type ServiceClient = ReturnType<typeof createServiceClient>;

/** Typed calls to the replication service (/v1). */
export function createServiceClient(options: {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Every answer (even an error status) proves the service is reachable. */
  onReachable?: () => void;
}) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    options.onReachable?.();
    const text = await response.text().catch((error: unknown) => {
      throw new NetworkError(error);
    });
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) {
      const errorBody = (parsed as ErrorBody | undefined) ?? {
        error: 'http_error',
        message: `The service answered ${response.status}.`,
      };
      throw new ServiceError(response.status, errorBody);
    }
    return parsed as T;
  }

  return {
    baseUrl: base,
    token: options.token,
    enroll: (code: string, deviceName: string) =>
      request<EnrollResponse>('POST', '/v1/enroll', { code, deviceName }),
    /** `skip`: 'fresh' when the device holds nothing of the collection, else its checkpoint's bound. */
    pull: <Doc>(
      collection: PullCollection,
      seq: number,
      limit: number,
      signal?: AbortSignal,
      skip?: 'fresh' | number,
    ) =>
      request<PullResponse<Doc>>(
        'GET',
        `/v1/pull/${collection}?seq=${seq}&limit=${limit}${
          skip === 'fresh' ? '&fresh=true' : skip !== undefined ? `&skipDeletedUpTo=${skip}` : ''
        }`,
        undefined,
        signal,
      ),
    /** The whole store; `skip` as for `pull`. */
    pullStore: (part: PullPart, seq: number, limit: number, signal?: AbortSignal, skip?: 'fresh' | number) =>
      request<StorePullResponse>(
        'GET',
        `/v1/pull?part=${part}&seq=${seq}&limit=${limit}${
          skip === 'fresh' ? '&fresh=true' : skip !== undefined ? `&skipDeletedUpTo=${skip}` : ''
        }`,
        undefined,
        signal,
      ),
    push: (commands: CommandEnvelope[], signal?: AbortSignal) =>
      request<PushResponse>('POST', '/v1/push', { commands }, signal),
    orderByNumber: (number: string) =>
      request<{ order: unknown }>('GET', `/v1/orders/by-number/${encodeURIComponent(number)}`),
    movements: (sku: string, limit = 20) =>
      request<MovementsResponse>('GET', `/v1/stock/${encodeURIComponent(sku)}/movements?limit=${limit}`),
    streamUrl: `${base}/v1/stream`,
    fetch: doFetch,
  };
}
