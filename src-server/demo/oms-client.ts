import type { components, paths } from '@shared/api/openapi-types';
import createClient, { type Client } from 'openapi-fetch';

/**
 * The OMS's client of this service, typed from docs/openapi.json (openapi-typescript types,
 * openapi-fetch calls): the demo loader and the service tests call the API through it, so
 * the document is exercised by real code on every run. Retries what a retry can fix.
 */
export type OmsClient = Client<paths> & {
  /**
   * An untyped call under /oms/v1 (JSON in and out, the same retries); a refusal throws an
   * OmsError, except a GET's 404, which is an answer. Prefer the typed methods.
   */
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<{ status: number; body: T }>;
};
export type Schemas = components['schemas'];

const RETRIES = 4;

export class OmsError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'OmsError';
  }
}

/** Network failures, 5xx and 429 are tried again (writes carry an Idempotency-Key, so nothing happens twice). */
function retrying(doFetch: typeof fetch) {
  return async (request: Request): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await doFetch(request.clone());
        if ((response.status >= 500 || response.status === 429) && attempt < RETRIES) {
          await response.body?.cancel();
          await pause(attempt);
          continue;
        }
        return response;
      } catch (error) {
        if (attempt >= RETRIES) throw error;
        await pause(attempt);
      }
    }
  };
}

export function omsClient(url: string, key: string, doFetch: typeof fetch = fetch): OmsClient {
  const base = url.replace(/\/+$/, '');
  const send = retrying(doFetch);
  const typed = createClient<paths>({
    baseUrl: base,
    headers: { authorization: `Bearer ${key}` },
    fetch: send,
  });
  return Object.assign(typed, {
    async call<T>(method: string, path: string, body?: unknown, idempotencyKey?: string) {
      const headers: Record<string, string> = { authorization: `Bearer ${key}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
      const response = await send(
        new Request(`${base}/oms/v1${path}`, {
          method,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        }),
      );
      const text = await response.text();
      const parsed = (text ? JSON.parse(text) : undefined) as T;
      if (response.status >= 400 && !(response.status === 404 && method === 'GET'))
        throw new OmsError(response.status, parsed, `${method} ${path}`);
      return { status: response.status, body: parsed };
    },
  });
}

/** The answer's body, or an OmsError for a refusal (with its status and error body). */
export function must<T>(
  result: { data?: T; error?: unknown; response: Response },
  what: string,
): NonNullable<T> {
  if (result.error !== undefined || result.data === undefined || result.data === null)
    throw new OmsError(result.response.status, result.error, what);
  return result.data as NonNullable<T>;
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
}
