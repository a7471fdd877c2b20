/**
 * `npm run smoke:start` (CI, on its fresh clone): what a newcomer does first. `npm start` with a small
 * demo store, the printed URL opened in headless Chromium until the store's orders show, then Ctrl-C
 * (SIGINT to the whole process group, as a terminal sends it): it must exit 0 and leave nothing running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_STAFF } from '../src-server/demo/generate';
import { launchChromium } from './lib/chromium';
import { signInAs } from './lib/sign-in';

// --dir: run `npm start` in another checkout (e.g. a fresh clone with no node_modules yet).
const { values } = parseArgs({ options: { dir: { type: 'string', default: '.' } } });

const START_MS = 10 * 60_000; // install when missing (npm ci), service, demo store load, Vite
const SHOW_MS = 3 * 60_000; // first Vite transform of the app, enrollment, first pull
const STOP_MS = 30_000;

/** Demo order numbers (src-server/demo/generate.ts): FR, the seed on 3 digits, the index on 6. */
const DEMO_ORDER_NUMBER = /FR\d{9}/;

const log = (line: string) => console.log(`[smoke] ${line}`);

function fail(message: string, child?: ChildProcess): never {
  console.error(`[smoke] FAILED: ${message}`);
  if (child?.pid) killGroup(child.pid, 'SIGKILL');
  process.exit(1);
}

function killGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function within<T>(ms: number, what: string, promise: Promise<T>, child: ChildProcess): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout])
    .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), child))
    .finally(() => clearTimeout(timer));
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
}

// Its own process group, so SIGINT reaches npm, tsx and the service like a Ctrl-C in a terminal.
// PORT=0: a free port (other services may run on this machine); DATA_DIR stays the default one.
const child = spawn('npm', ['start', '--', '--products', '2000', '--orders', '200', '--web'], {
  cwd: values.dir,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PORT: '0' },
});
let output = '';
const exited = new Promise<string>((resolve) =>
  child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
);
const printed = new Promise<{ app: string; service: string }>((resolve, reject) => {
  const onData = (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk;
    const open = /\[start\] open (http\S+)/.exec(output);
    if (open?.[1]) {
      const app = open[1];
      resolve({ app, service: new URL(app).searchParams.get('service') ?? '' });
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    output += chunk;
  });
  void exited.then((how) => reject(new Error(`npm start exited (${how}) before printing its URL`)));
});

const urls = await within(START_MS, 'npm start printing its URL', printed, child);
log(`app at ${urls.app}`);

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(urls.app);
  // A shared device asks who is working: sign in as the demo manager, as the README tells a newcomer.
  const manager = DEMO_STAFF.find((s) => s.role === 'manager');
  if (!manager) throw new Error('the demo store has no manager to sign in with');
  await within(
    SHOW_MS,
    'signing in as the demo manager',
    signInAs(page, manager.displayName, manager.pin),
    child,
  );
  // What we wait for: one order of the demo store, shown with its number as a table row, a list item,
  // a link or a button — the status page's "Today's orders" table today, a queue on the home screen
  // tomorrow. By role, not by class or test id, so a new layout keeps the smoke meaningful.
  const order = page
    .getByRole('row')
    .or(page.getByRole('listitem'))
    .or(page.getByRole('link'))
    .or(page.getByRole('button'))
    .filter({ hasText: DEMO_ORDER_NUMBER })
    .first();
  await within(SHOW_MS, 'an order of the demo store on screen', order.waitFor({ state: 'visible' }), child);
  log(`order shown: ${((await order.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/smoke-start.png' });
} finally {
  await browser.close();
}

log('stopping npm start with SIGINT');
killGroup(child.pid as number, 'SIGINT');
const how = await within(STOP_MS, 'npm start stopping after SIGINT', exited, child);
if (how !== 'code 0') fail(`npm start exited with ${how} after SIGINT, not code 0`);
// Nothing of it may be left: not a process of its group, not the service, not the web server.
if (killGroup(child.pid as number, 0)) fail('processes of npm start are still running', child);
if (urls.service && (await answers(`${urls.service}/health`)))
  fail(`the service still answers at ${urls.service}`);
if (await answers(urls.app)) fail(`the web app still answers at ${urls.app}`);
log('npm start served the demo store and stopped cleanly');
