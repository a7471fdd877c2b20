import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * The renderer, one config for both of its homes: inside the Electron shell
 * (electron.vite.config.ts) and as the installable web app for tablets (vite.web.config.ts).
 */
export const rendererRoot = fileURLToPath(new URL('./src-renderer', import.meta.url));

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  // Icons (and, for the web app, what its manifest names), copied as they are.
  publicDir: 'pwa/public',
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  plugins: [react()],
  build: {
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./src-renderer/index.html', import.meta.url)) },
    },
  },
};
