import { defineConfig, mergeConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rendererConfig } from './renderer.vite.ts';
import { manifest } from './src-renderer/pwa/manifest.ts';

/** The renderer as a web app (tablets, and `npm start` where Electron is absent). */
export default defineConfig(
  mergeConfig(rendererConfig, {
    plugins: [
      VitePWA({
        // A new version waits for the associate to accept it (src-renderer/pwa): no reload mid-task.
        registerType: 'prompt',
        injectRegister: false,
        manifest,
        // The icons are in the glob below already.
        includeManifestIcons: false,
        workbox: {
          // The whole app shell, printing included (pdfmake and its fonts are a few MB), so it starts
          // and prints with no network, exactly like the desktop app. Source maps stay out.
          globPatterns: ['**/*.{js,css,html,png,svg,ico,webmanifest,wasm}'],
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
        },
      }),
    ],
    build: { outDir: '../out/web', emptyOutDir: true },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173 },
  }),
);
