import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST } from './scheme';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppHandler = (request: Request) => Promise<Response>;

/**
 * Answers associate://app/… from the built renderer folder. Every answer
 * carries the CSP as a header; HTML also gets it as a meta tag, so the policy
 * holds even where a custom scheme's headers were ignored.
 */
export function serveApp(options: { root: string; policy: () => string }): AppHandler {
  const root = resolve(options.root);
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return answer(404, options.policy());
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, options.policy());
    const file = fileFor(root, url.pathname);
    if (!file) return answer(404, options.policy());
    const body = await readFile(file).catch(() => null);
    return body ? content(file, body, options.policy()) : answer(404, options.policy());
  };
}

/** Proxies associate://app/… to electron-vite's dev server, so development keeps the app's origin. */
export function serveDevServer(options: {
  devServer: string;
  policy: () => string;
  fetch: (url: string) => Promise<Response>;
}): AppHandler {
  return async (request) => {
    const url = new URL(request.url);
    const upstream = await options.fetch(new URL(`${url.pathname}${url.search}`, options.devServer).href);
    const headers = new Headers(upstream.headers);
    headers.set('content-security-policy', options.policy());
    return new Response(upstream.body, { status: upstream.status, headers });
  };
}

/** The file a URL path names, or null when it would leave the renderer folder. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

function content(file: string, body: Buffer, policy: string): Response {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const html = type.startsWith('text/html');
  const bytes = html ? Buffer.from(withPolicyMeta(body.toString('utf8'), policy)) : body;
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': type,
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
    },
  });
}

function answer(status: number, policy: string): Response {
  return new Response(null, { status, headers: { 'content-security-policy': policy } });
}

function withPolicyMeta(html: string, policy: string): string {
  // frame-ancestors is ignored (with a warning) in a meta tag; the header carries it.
  const directives = policy.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}" />`;
  return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}
