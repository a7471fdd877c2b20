/**
 * The page's Content-Security-Policy: scripts, styles and assets from the app
 * itself only, and network access to the enrolled service only (none before
 * enrollment: main enrolls on the page's behalf).
 */
export function contentSecurityPolicy(options: {
  /** Origin of the enrolled service, e.g. https://sync.example.com; null before enrollment. */
  service: string | null;
  /** electron-vite's dev server (development only): its inline preamble and HMR socket. */
  devServer?: string | null;
}): string {
  const dev = options.devServer ? new URL(options.devServer) : null;
  const devSocket = dev ? `ws://${dev.host}` : null;
  const directives: [string, ...(string | null)[]][] = [
    ['default-src', "'none'"],
    // 'wasm-unsafe-eval' lets the app compile its own WebAssembly (the camera's barcode reader,
    // bundled with the app): it allows no eval of JavaScript and no script from elsewhere.
    ['script-src', "'self'", "'wasm-unsafe-eval'", dev ? "'unsafe-inline'" : null],
    ['style-src', "'self'", dev ? "'unsafe-inline'" : null],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['media-src', "'self'", 'blob:'],
    ['connect-src', "'self'", options.service, dev?.origin ?? null, devSocket],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.filter((p) => p !== null).join(' ')).join('; ');
}

/** The origin a service URL is reached at (what connect-src admits). */
export function serviceOrigin(serviceUrl: string): string {
  return new URL(serviceUrl).origin;
}
