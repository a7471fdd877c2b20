import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, startTestService, type TestService } from '../support/service';

const preflight = (url: string, origin: string) =>
  fetch(`${url}/v1/push`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization',
    },
  });

describe(`access: CORS allows only the app's origins; security headers; no caching (${ENGINE})`, () => {
  let svc: TestService;
  let production: TestService;
  beforeAll(async () => {
    svc = await startTestService({ corsOrigins: ['https://associate.example.com'] });
    production = await startTestService({
      corsOrigins: ['https://associate.example.com'],
      corsLoopback: false,
    });
  });
  afterAll(async () => {
    await svc.close();
    await production.close();
  });

  it("allows the shell's origin, the configured web app and loopback in development", async () => {
    for (const origin of [
      'associate://app',
      'https://associate.example.com',
      'http://127.0.0.1:5173',
      'http://localhost:4173',
    ]) {
      const reply = await preflight(svc.url, origin);
      expect(reply.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
  });

  it('never reflects another origin, nor null; loopback only outside production', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      'associate://app.evil',
      'http://127.0.0.1.evil.example',
    ]) {
      const reply = await preflight(svc.url, origin);
      expect(reply.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    expect(
      (await preflight(production.url, 'http://127.0.0.1:5173')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect(
      (await preflight(production.url, 'associate://app')).headers.get('access-control-allow-origin'),
    ).toBe('associate://app');
  });

  it('sends security headers and Cache-Control: no-store on API answers, refusals included', async () => {
    for (const path of ['/health', '/v1/pull/orders', '/oms/v1/stores/x', '/admin/v1/stores/x/devices']) {
      const reply = await fetch(`${svc.url}${path}`);
      expect(reply.headers.get('cache-control'), path).toBe('no-store');
      expect(reply.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(reply.headers.get('strict-transport-security'), path).toMatch(/max-age/);
      expect(reply.headers.get('content-security-policy'), path).toMatch(/default-src 'self'/);
    }
  });

  it('keeps the API documentation working under its own content security policy', async () => {
    const page = await fetch(`${svc.url}/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger-ui/);
    const script = await fetch(`${svc.url}/docs/static/swagger-initializer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await fetch(`${svc.url}/openapi.json`)).status).toBe(200);
  });
});
