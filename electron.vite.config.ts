import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer.vite.ts';

const shared = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // The shell is bundled whole: the packaged app ships no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: fileURLToPath(new URL('./src-main/index.ts', import.meta.url)) } },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload must be one self-contained CommonJS file (no ES modules in a sandbox).
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: fileURLToPath(new URL('./src-main/preload/index.ts', import.meta.url)) },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: { ...rendererConfig, build: { ...rendererConfig.build, outDir: 'out/renderer' } },
});
