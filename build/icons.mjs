// Rasterises build/icon.svg into the app's icons (run once after changing the SVG; the PNGs are committed):
//   node build/icons.mjs
// build/icon.png feeds electron-builder (it derives .ico and .icns); the rest go to the web app.
import { copyFileSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const svg = readFileSync(new URL('build/icon.svg', root), 'utf8');
// Maskable and Apple icons are cropped by the system: full-bleed background, glyph inside the safe zone.
const bleed = svg
  .replace(/<rect [^>]*\/>/, '<rect width="512" height="512" fill="#1f3a5f"/>')
  .replace('<g id="glyph">', '<g id="glyph" transform="translate(51.2 51.2) scale(0.8)">');

const outputs = [
  ['build/icon.png', svg, 1024],
  ['src-renderer/pwa/public/icons/icon-192.png', svg, 192],
  ['src-renderer/pwa/public/icons/icon-512.png', svg, 512],
  ['src-renderer/pwa/public/icons/icon-maskable-512.png', bleed, 512],
  ['src-renderer/pwa/public/icons/apple-touch-icon.png', bleed, 180],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [file, source, size] of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0"><img src="${data}" width="${size}" height="${size}"></body>`,
    );
    await page.screenshot({ path: new URL(file, root).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
copyFileSync(new URL('build/icon.svg', root), new URL('src-renderer/pwa/public/icons/favicon.svg', root));
