/** A small OMS API client over HTTP: JSON in and out, retries for what a retry can fix. */
export type OmsClient = {
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<{ status: number; body: T }>;
};

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

export function omsClient(url: string, key: string, doFetch: typeof fetch = fetch): OmsClient {
  const base = `${url.replace(/\/+$/, '')}/oms/v1`;
  return {
    async call<T>(method: string, path: string, body?: unknown, idempotencyKey?: string) {
      const headers: Record<string, string> = { authorization: `Bearer ${key}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      // Every write carries an idempotency key, so retrying a lost answer changes nothing.
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
      for (let attempt = 0; ; attempt++) {
        let status: number;
        let text: string;
        try {
          const response = await doFetch(`${base}${path}`, {
            method,
            headers,
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          });
          status = response.status;
          text = await response.text();
        } catch (error) {
          if (attempt >= RETRIES) throw error;
          await pause(attempt);
          continue;
        }
        const parsed = (text ? JSON.parse(text) : undefined) as T;
        if ((status >= 500 || status === 429) && attempt < RETRIES) {
          await pause(attempt);
          continue;
        }
        // A GET of something absent is an answer (404), not a failure.
        if (status >= 400 && !(status === 404 && method === 'GET'))
          throw new OmsError(status, parsed, `${method} ${path}`);
        return { status, body: parsed };
      }
    },
  };
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
}
