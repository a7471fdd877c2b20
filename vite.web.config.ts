import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './renderer.vite.ts';

/** The renderer as a web app (tablets, and `npm start` where Electron is absent). */
export default defineConfig(
  mergeConfig(rendererConfig, {
    build: { outDir: '../out/web', emptyOutDir: true },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173 },
  }),
);
