/**
 * `npm start`: the service on the embedded database with the demo store, then
 * the app — in Electron where its binary is installed, otherwise served to a
 * browser (the URL printed enrolls the browser as a device of the demo store).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { createEnrollmentCode } from '../src-server/auth/devices';
import { newToken } from '../src-server/auth/tokens';
import { loadConfig } from '../src-server/config';
import { DEMO_STAFF } from '../src-server/demo/generate';
import { ensureDemoStaff, loadDemoStore } from '../src-server/demo/load';
import { stopGracefully } from '../src-server/graceful-stop';
import { startService } from '../src-server/service';
import { exitOnStartupError } from '../src-server/startup-error';
import { readStore } from '../src-server/sync/stores';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: process.env.DEMO_PRODUCTS ?? '50000' },
    orders: { type: 'string', default: process.env.DEMO_ORDERS ?? '2000' },
    store: { type: 'string', default: 'paris-rivoli' },
    web: { type: 'boolean', default: false },
  },
});

function electronBinary(): string | undefined {
  try {
    const dir = createRequire(import.meta.url)
      .resolve('electron/package.json')
      .replace(/package\.json$/, '');
    const file = `${dir}path.txt`;
    if (!existsSync(file)) return undefined;
    const binary = `${dir}dist/${readFileSync(file, 'utf8').trim()}`;
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const log = (line: string) => console.log(`[start] ${line}`);
const config = loadConfig();
// This script's own OMS key, for loading the demo store: accepted by this process only, never stored
// (the generated OMS key exists only as a keyed hash after the first start).
const omsKey = newToken();
const service = await startService({
  ...config,
  port: config.port,
  logger: { level: 'warn' },
  sessionOmsKeys: [omsKey],
}).catch((error: unknown) => exitOnStartupError(error));
log(
  `service on ${service.url} (${service.db.kind}, data in ${config.databaseUrl ? 'PostgreSQL' : config.dataDir})`,
);

const { generated } = service.secrets;
if (!(await readStore(service.db, values.store))) {
  log(`loading the demo store '${values.store}' (${values.products} products, ${values.orders} orders)…`);
  const loaded = await loadDemoStore({
    url: service.url,
    omsKey,
    storeId: values.store,
    products: Number(values.products),
    orders: Number(values.orders),
    log: (line) => log(`  ${line}`),
  });
  log(`demo store loaded in ${(loaded.ms / 1000).toFixed(1)} s`);
} else if (
  await ensureDemoStaff({
    url: service.url,
    omsKey,
    storeId: values.store,
  })
) {
  log(`the demo team joined '${values.store}'`);
}
log(`sign in as: ${DEMO_STAFF.map((s) => `${s.displayName} (${s.role}) PIN ${s.pin}`).join(' · ')}`);
const { code } = await createEnrollmentCode(service.db, values.store, 'npm start', 60);
if (generated.omsApiKey || generated.adminToken) {
  log('generated credentials, shown this once (only their keyed hashes are stored): keep them');
  if (generated.omsApiKey) log(`  OMS API key: ${generated.omsApiKey}`);
  if (generated.adminToken) log(`  admin token: ${generated.adminToken}`);
} else {
  log('OMS API key and admin token: as configured, or as shown at the first start');
}
log(`API documentation: ${service.url}/docs`);

const stops: (() => Promise<void> | void)[] = [() => service.close()];
const electron = values.web ? undefined : electronBinary();
if (electron) {
  log(`opening the desktop app (enrollment code ${code})`);
  const child = spawn(
    process.execPath,
    [createRequire(import.meta.url).resolve('electron-vite/bin/electron-vite.js'), 'dev'],
    {
      stdio: 'inherit',
      env: { ...process.env, ASSOCIATE_SERVICE_URL: service.url, ASSOCIATE_ENROLLMENT_CODE: code },
    },
  );
  child.on('exit', () => process.kill(process.pid, 'SIGTERM'));
  stops.push(() => void child.kill());
} else {
  const vite = await createServer({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
  await vite.listen();
  const base = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  const url = `${base}?service=${encodeURIComponent(service.url)}&code=${encodeURIComponent(code)}`;
  log(
    electron === undefined && !values.web
      ? 'Electron is not installed here: serving the app to a browser.'
      : 'serving the app to a browser.',
  );
  log(`open ${url}`);
  stops.push(() => vite.close());
}

stopGracefully(async () => {
  for (const stop of stops.reverse()) await stop();
});
