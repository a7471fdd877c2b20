import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src-main/csp';
import { serveApp, serveDevServer } from '../../src-main/serve';

const base = mkdtempSync(join(tmpdir(), 'associate-serve-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html><head><title>x</title></head><body></body></html>',
);
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the page');

const policy = () => contentSecurityPolicy({ service: 'https://sync.example.com' });
const serve = serveApp({ root, policy });
const get = (path: string) => serve(new Request(`associate://app${path}`));

describe('the app scheme', () => {
  it('serves the page with its CSP as a header and as a meta tag', async () => {
    const response = await get('/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(policy());
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain("connect-src 'self' https://sync.example.com;");
  });

  it('serves scripts as JavaScript (module scripts need it), and nothing it does not have', async () => {
    expect((await get('/assets/index-abc.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/')).status).toBe(200);
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2Fsecret.txt',
      '/assets/..%2F..%2Fsecret.txt',
    ]) {
      const response = await get(path);
      expect(await response.text(), path).not.toContain('not for the page');
    }
    expect((await serve(new Request('associate://other/index.html'))).status).toBe(404);
    expect(
      (await serve(new Request('associate://app/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('admits nothing but the service: no inline script, no eval, no frames, no plugins', () => {
    const directives = Object.fromEntries(
      policy()
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'https://sync.example.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
  });

  it('in development, proxies the dev server and lets its hot reload through', async () => {
    const devPolicy = () => contentSecurityPolicy({ service: null, devServer: 'http://localhost:5173' });
    const fetched: string[] = [];
    const dev = serveDevServer({
      devServer: 'http://localhost:5173',
      policy: devPolicy,
      fetch: async (url) => {
        fetched.push(url);
        return new Response('<html></html>', { headers: { 'content-type': 'text/html' } });
      },
    });
    const response = await dev(new Request('associate://app/src/main.tsx?t=1'));
    expect(fetched).toEqual(['http://localhost:5173/src/main.tsx?t=1']);
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://localhost:5173 ws://localhost:5173",
    );
  });
});
