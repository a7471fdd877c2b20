import type { EnrollOutcome, ShellEnrollRequest } from '@shared/ipc/contract';
import type { EnrollResponse, ErrorBody } from '@shared/sync/protocol';

/**
 * POST /v1/enroll from main (Electron's net.fetch): before enrollment the
 * page's CSP admits no service at all, and main learns which one to admit.
 */
export async function enrollDevice(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
  request: ShellEnrollRequest,
  timeoutMs = 30_000,
): Promise<EnrollOutcome> {
  const serviceUrl = normaliseServiceUrl(request.serviceUrl);
  if (!serviceUrl) {
    return {
      ok: false,
      failure: 'invalid',
      message: 'The service address must start with https:// or http://.',
    };
  }
  let response: Response;
  try {
    response = await fetch(`${serviceUrl}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: request.code.trim(), deviceName: request.deviceName.trim() }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, failure: 'network', message: (error as Error).message };
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const errorBody = isErrorBody(body)
      ? body
      : { error: 'http_error', message: `The service answered ${response.status}.` };
    return { ok: false, failure: 'service', status: response.status, body: errorBody };
  }
  if (!isEnrollResponse(body)) {
    return {
      ok: false,
      failure: 'service',
      status: response.status,
      body: { error: 'bad_response', message: 'The service sent an answer this app does not understand.' },
    };
  }
  return {
    ok: true,
    credentials: { serviceUrl, token: body.token, deviceId: body.deviceId, storeId: body.storeId },
  };
}

/** http(s) only, no credentials, query or fragment, no trailing slash; null if unusable. */
export function normaliseServiceUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function isErrorBody(value: unknown): value is ErrorBody {
  const v = value as ErrorBody | null;
  return typeof v?.error === 'string' && typeof v.message === 'string';
}

function isEnrollResponse(value: unknown): value is EnrollResponse {
  const v = value as EnrollResponse | null;
  return (
    typeof v?.token === 'string' &&
    v.token.length > 0 &&
    typeof v.deviceId === 'string' &&
    typeof v.storeId === 'string'
  );
}
