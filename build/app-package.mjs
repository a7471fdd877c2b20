// Writes out/package.json, the manifest of the packaged app: what electron-builder packs from out/
// (directories.app). It lists no dependencies, so nothing from node_modules goes into the app.
//   node build/app-package.mjs [outDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = process.argv[2] ?? 'out';
const app = {
  name: root.name,
  version: root.version,
  description: root.description,
  author: root.author,
  homepage: root.homepage,
  license: root.license,
  type: 'module',
  main: 'main/index.js',
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(app, null, 2)}\n`);
