import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLIENT_TYPES, generateClientTypes } from './lib/openapi-client';

/**
 * shared/api/openapi-types.ts: the typed client's types, from docs/openapi.json.
 * `--check` fails (exit 1) when the file is not what the document generates.
 */
const generated = await generateClientTypes();
const file = fileURLToPath(CLIENT_TYPES);
const tmp = `${file}.tmp.ts`;
writeFileSync(tmp, generated);
// Formatted as the repository formats (Biome), so the check compares like with like.
execFileSync('npx', ['biome', 'format', '--write', tmp], { stdio: 'ignore' });
const formatted = readFileSync(tmp, 'utf8');
execFileSync('rm', ['-f', tmp]);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== formatted) {
    console.error('shared/api/openapi-types.ts is stale: run `npm run docs:client`.');
    process.exit(1);
  }
  console.log('shared/api/openapi-types.ts is current');
} else {
  writeFileSync(file, formatted);
  console.log('shared/api/openapi-types.ts written');
}
