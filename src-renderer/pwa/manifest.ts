import type { ManifestOptions } from 'vite-plugin-pwa';

/** The installable web app for tablets: the same renderer as the desktop shell, in its own window. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Associé magasin',
  short_name: 'Associé',
  description: 'Préparer, emballer, remettre et reprendre les commandes du magasin, même hors ligne.',
  lang: 'fr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: '#f5f6f8',
  theme_color: '#1f3a5f',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
