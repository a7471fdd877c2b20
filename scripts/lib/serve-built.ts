import { preview } from 'vite';

/**
 * Serve a built web folder on 127.0.0.1 the way a static host does (single-page fallback,
 * proper content types), with extra response headers if asked. Vite's preview server.
 */
export async function serveBuilt(
  dir: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      headers: { 'cache-control': 'no-cache', ...headers },
    },
  });
  const url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  if (!url) throw new Error(`could not serve ${dir}`);
  return { url, stop: () => server.close() };
}
