import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every file under a folder, relative. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** Module specifiers a bundle still loads at run time. */
function loaded(code: string): string[] {
  const found = [
    ...code.matchAll(/^import\s[^'"]*?from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(found)];
}

const allowedAtRunTime = (specifier: string) =>
  specifier === 'electron' ||
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier) ||
  specifier.startsWith('./') ||
  specifier.startsWith('../');

describe('the desktop bundles (electron-vite build)', () => {
  const out = mkdtempSync(join(tmpdir(), 'associate-bundles-'));
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(() => {
    // NODE_ENV=production: under vitest it is "test", which would make a development build.
    execFileSync(
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', out],
      {
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    execFileSync(process.execPath, ['build/app-package.mjs', out]);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('main is self-contained: it loads nothing but Electron and Node at run time', () => {
    const main = files(join(out, 'main')).filter((f) => f.endsWith('.js'));
    expect(main).toContain('index.js');
    for (const file of main) {
      expect(
        loaded(read(join('main', file))).filter((s) => !allowedAtRunTime(s)),
        file,
      ).toEqual([]);
    }
    expect(read('main/index.js')).toContain('"connect-src"');
  });

  it('the preload is one CommonJS file (a sandboxed preload cannot import), requiring only electron', () => {
    expect(files(join(out, 'preload'))).toEqual(['index.cjs']);
    const preload = read('preload/index.cjs');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(loaded(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('the renderer has no inline script (the CSP forbids it) and no RxDB dev-mode', () => {
    const html = read('renderer/index.html');
    expect(html).toMatch(/<script type="module" crossorigin src="\.?\/assets\/index-[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    for (const file of files(join(out, 'renderer')).filter((f) => f.endsWith('.js'))) {
      const code = read(join('renderer', file));
      // The dev-mode plugin injects a remote iframe: never in a build.
      expect(code, file).not.toContain('dev-mode-iframe');
    }
  });

  it('the packaged app is described by a manifest without dependencies, pointing at the bundled main', () => {
    const manifest = JSON.parse(read('package.json'));
    expect(manifest).toMatchObject({ name: 'store-associate', main: 'main/index.js', type: 'module' });
    expect(manifest.dependencies).toBeUndefined();
    expect(files(out)).toContain(manifest.main);
  });
});
