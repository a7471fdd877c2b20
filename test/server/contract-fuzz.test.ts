import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src-server/validation/ajv';
import { anOrder, ean13 } from '../support/fixtures';
import { type Schema, SchemaArbitraries, type Seeds } from '../support/schema-arbitrary';
import { deviceCommand, ENGINE, startTestService, type TestService } from '../support/service';

/**
 * The contract, fuzzed from docs/openapi.json (never from the routes: an operation the
 * document forgets is not called, one it gets wrong fails). For every documented operation,
 * requests generated from its schemas on a seeded store, then the same requests mutated the
 * way an attacker would. Every answer must be a status the operation documents, with a body
 * its schema accepts; every request the document refuses must get a 4xx {error, message}
 * and store nothing; nothing is ever a 5xx. FUZZ_SEED=n replays a run.
 */
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema };
type Media = { schema?: Schema; itemSchema?: Schema };
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const doc = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as Document;
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const ajv = createAjv();
ajv.addFormat('binary', true);
ajv.addSchema(doc as object, 'doc');
const compiled = new Map<string, (data: unknown) => boolean>();
/** A validator for a schema of the document (its $refs resolved within the document). */
function validator(schema: Schema): ((data: unknown) => boolean) & { errors?: unknown } {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    const rooted = JSON.parse(key.replaceAll('"#/components/', '"doc#/components/')) as Schema;
    validate = ajv.compile(rooted);
    compiled.set(key, validate);
  }
  return validate as ((data: unknown) => boolean) & { errors?: unknown };
}
/** Parameters travel as text: checked as the service reads them (numbers in text coerced, bounded). */
const texts = createAjv({ coerceTypes: 'array' });
texts.addFormat('binary', true);
texts.addSchema(doc as object, 'doc');
const parameterChecks = new Map<string, (data: unknown) => boolean>();
function parameterAccepts(schema: Schema, value: unknown): boolean {
  const key = JSON.stringify(schema);
  let validate = parameterChecks.get(key);
  if (!validate) {
    const rooted = JSON.parse(key.replaceAll('"#/components/', '"doc#/components/')) as Schema;
    validate = texts.compile({ type: 'object', properties: { value: rooted }, required: ['value'] });
    parameterChecks.set(key, validate);
  }
  return validate({ value: text(value) });
}
const errorBody = validator({ $ref: '#/components/schemas/ErrorBody' });

const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

type Request = {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** The JSON text sent (undefined: no body). */
  body?: unknown;
};

/** Does the document accept this request? (What the service must not refuse for its shape.) */
function documentAccepts(op: Operation, request: Request): boolean {
  for (const p of op.parameters ?? []) {
    const where = p.in === 'path' ? request.path : p.in === 'query' ? request.query : request.headers;
    if (!(p.name in where)) {
      if (p.required) return false;
      continue;
    }
    if (!parameterAccepts(p.schema, where[p.name])) return false;
  }
  const known = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
  if (Object.keys(request.query).some((k) => !known.has(k))) return false;
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  if (bodySchema && request.body !== undefined && !validator(bodySchema)(request.body)) return false;
  return true;
}

/** Values an attacker tries in place of any value. */
const HOSTILE_VALUES: unknown[] = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'a\u0000b',
  '\ud800',
  'x'.repeat(70_000),
  '',
  1e308,
  -1e308,
  2 ** 64,
  1e20,
  1.5,
  '5',
  true,
  null,
  [],
  {},
];

type Slot = { where: 'path' | 'query' | 'header' | 'body'; at: (string | number)[] };

/** Every place in a request a value can be replaced. */
function slotsOf(request: Request): Slot[] {
  const slots: Slot[] = [];
  for (const where of ['path', 'query'] as const)
    for (const key of Object.keys(request[where])) slots.push({ where, at: [key] });
  const walk = (value: unknown, at: (string | number)[]) => {
    slots.push({ where: 'body', at });
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...at, i]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  if (request.body !== undefined) walk(request.body, []);
  return slots;
}

function mutate(request: Request, slot: Slot, value: unknown, addKey: string | undefined): Request {
  const copy = structuredClone(request);
  if (slot.where === 'body') {
    if (slot.at.length === 0) copy.body = value;
    else {
      let node = copy.body as Record<string | number, unknown>;
      for (const k of slot.at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      node[slot.at.at(-1) as string | number] = value;
    }
    // A key that would reach a prototype if the service merged objects naively.
    if (addKey && copy.body && typeof copy.body === 'object' && !Array.isArray(copy.body))
      Object.defineProperty(copy.body, addKey, {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
  } else {
    const part = slot.where === 'path' ? copy.path : slot.where === 'query' ? copy.query : copy.headers;
    // A URL stays under Node's 16 KB header limit (beyond it Node answers 431 before any route).
    part[slot.at[0] as string] = typeof value === 'string' ? value.slice(0, 5_000) : value;
  }
  return copy;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** As a client would put it in a URL (a lone surrogate has no UTF-8: its WTF-8 bytes, which no server can read). */
function encode(value: unknown): string {
  const raw = text(value);
  try {
    return encodeURIComponent(raw);
  } catch {
    return encodeURIComponent(raw.replace(/[\ud800-\udfff]/g, '\u0001')).replaceAll('%01', '%ED%A0%80');
  }
}

describe(`contract fuzz: every documented operation, valid and hostile requests (${ENGINE})`, () => {
  let svc: TestService;
  const tokens: Record<string, string> = { omsKey: 'test-oms-key', adminToken: 'test-admin-token' };
  let seeds: Seeds;
  const statuses = new Map<string, Set<number>>();

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    const skus = ['SKU-A', 'SKU-B', 'SKU-C'];
    await svc.oms('POST', '/stores/paris-01/products', {
      products: skus.map((sku, i) => ({
        sku,
        barcodes: [ean13(i)],
        name: `Produit ${sku}`,
        brand: 'Maison',
        size: 'M',
        colour: 'bleu',
        price: { amount: 1000, currency: 'EUR' },
        location: { aisle: 'A1', bay: '2', shelf: '3' },
      })),
    });
    await svc.oms('POST', '/stores/paris-01/stock', { items: skus.map((sku) => ({ sku, onHand: 50 })) });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-sfs', number: 'FR-1' }) });
    await svc.oms('POST', '/stores/paris-01/orders', {
      order: anOrder({ id: 'o-cc', number: 'FR-2', kind: 'click_and_collect' }),
    });
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-rej', number: 'FR-3' }) });
    const device = await svc.enroll('paris-01');
    tokens.deviceToken = device.token;
    const spare = await svc.enroll('paris-01', 'Spare');
    const today = new Date().toISOString().slice(0, 10);
    // A day of work, so the feed holds events of many types.
    const pushed = await svc.push(device.token, [
      deviceCommand('start_pick', { orderId: 'o-sfs' }),
      deviceCommand('pick', { orderId: 'o-sfs', lineId: 'l1', qty: 2, barcode: '' }),
      deviceCommand('pick', { orderId: 'o-sfs', lineId: 'l2', qty: 1, barcode: '' }),
      deviceCommand('pack', { orderId: 'o-sfs', parcels: [{ id: 'p1', box: 'S', weightGrams: 900 }] }),
      deviceCommand('ship', { orderId: 'o-sfs', carrier: 'dpd', trackingNumbers: ['TRACK1'] }),
      deviceCommand('pick', { orderId: 'o-cc', lineId: 'l1', qty: 2, barcode: '' }),
      deviceCommand('pick', { orderId: 'o-cc', lineId: 'l2', qty: 1, barcode: '' }),
      deviceCommand('ready_for_pickup', { orderId: 'o-cc', stagingLocation: 'SHELF-1' }),
      deviceCommand('handover', {
        orderId: 'o-cc',
        lines: [
          { lineId: 'l1', qty: 2 },
          { lineId: 'l2', qty: 1 },
        ],
        verification: { method: 'pickup_code', proof: '4821' },
        recipient: { name: 'Camille Martin', relation: 'self' },
      }),
      deviceCommand('create_return', {
        returnId: 'r-1',
        orderId: 'o-cc',
        orderNumber: 'FR-2',
        lines: [
          { sku: 'SKU-A', lineId: 'l1', qty: 1, reason: 'other', condition: 'new', disposition: 'restock' },
        ],
        refund: { amount: 4990, currency: 'EUR', method: 'original_payment' },
      }),
      deviceCommand('reject_line', { orderId: 'o-rej', lineId: 'l2', qty: 1, reason: 'damaged' }),
      deviceCommand('adjust_stock', { sku: 'SKU-C', delta: 2, reason: 'found' }),
      deviceCommand('count_stock', { sku: 'SKU-B', counted: 40 }),
      deviceCommand('set_capacity', { date: today, kind: 'ship_from_store', limit: 20 }),
      deviceCommand('pause_fulfilment', { kind: 'click_and_collect', paused: true, reason: 'inventaire' }),
    ]);
    expect(pushed.status).toBe(200);
    const orderIds = ['o-sfs', 'o-cc', 'o-rej', '__proto__', 'constructor'];
    seeds = {
      storeId: ['paris-01', 'lyon-02'],
      orderId: orderIds,
      sku: [...skus, 'toString'],
      lineId: ['l1', 'l2'],
      staffId: ['alice', 'dora', 'eric', 'bruno'],
      deviceId: [spare.deviceId],
      number: ['FR-1', 'FR-2', 'FR-404'],
      collection: ['orders', 'stock', 'products', 'store'],
      id: fc.uuid({ version: 7 }),
      returnId: fc.uuid({ version: 7 }).map((u) => `r-${u}`),
      orderNumber: ['FR-2', ''],
      currency: ['EUR'],
      timezone: ['Europe/Paris', 'America/New_York'],
      locale: ['fr-FR'],
      commandId: ['0190aaaa-0000-7000-8000-000000000009'],
    };
  });
  afterAll(() => svc.close());

  /** What the service has stored: a refusal must leave it as it was. */
  async function stored(): Promise<string> {
    const { rows } = await svc.db.pool.query<Record<string, string>>(
      `SELECT (SELECT coalesce(sum(seq), 0)::text FROM stores) AS seq,
              (SELECT count(*)::text FROM stores) AS stores,
              (SELECT count(*)::text FROM commands) AS commands,
              (SELECT count(*)::text FROM projections) AS projections,
              (SELECT count(*)::text FROM events) AS events,
              (SELECT count(*)::text FROM idempotency_keys) AS keys,
              (SELECT count(*)::text FROM devices WHERE revoked_at IS NULL) AS devices,
              (SELECT count(*)::text FROM enrollment_codes) AS codes,
              (SELECT count(*)::text FROM quarantine) AS quarantine`,
    );
    return JSON.stringify(rows[0]);
  }

  async function send(path: string, method: string, op: Operation, request: Request) {
    const url = path.replace(/\{([^}]+)\}/g, (_m, name: string) => encode(request.path[name]));
    const query = new URLSearchParams(
      Object.entries(request.query).map(([k, v]) => [k, text(v)] as [string, string]),
    ).toString();
    const headers: Record<string, string> = {};
    const scheme = Object.keys(op.security?.[0] ?? {})[0];
    if (scheme && tokens[scheme]) headers.authorization = `Bearer ${tokens[scheme]}`;
    for (const [k, v] of Object.entries(request.headers)) headers[k] = text(v);
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
    const abort = new AbortController();
    const reply = await fetch(`${svc.url}${url}${query ? `?${query}` : ''}`, {
      method,
      headers,
      signal: abort.signal,
      ...(body !== undefined ? { body } : {}),
    });
    const type = (reply.headers.get('content-type') ?? '').split(';')[0] ?? '';
    let parsed: unknown;
    if (type === 'text/event-stream') {
      // The stream stays open: read its first event, then hang up.
      const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
      let received = '';
      while (!received.includes('\n\n')) {
        const chunk = await reader.read();
        if (chunk.done) break;
        received += new TextDecoder().decode(chunk.value);
      }
      abort.abort();
      const event = /event: (\S+)\ndata: (.*)\n/.exec(received);
      parsed = event ? { event: event[1], data: JSON.parse(event[2] as string) } : received;
    } else {
      const raw = await reply.text();
      parsed = type === 'application/json' && raw ? JSON.parse(raw) : raw;
    }
    return { status: reply.status, type, body: parsed };
  }

  /** The answer is one the document lists for the operation, with a body its schema accepts. */
  function expectDocumented(
    label: string,
    op: Operation,
    reply: { status: number; type: string; body: unknown },
  ) {
    expect(reply.status, `${label}: ${text(reply.body).slice(0, 300)}`).toBeLessThan(500);
    expect(Object.keys(op.responses), `${label} answered ${reply.status}`).toContain(String(reply.status));
    const media = op.responses[String(reply.status)]?.content?.[reply.type];
    expect(media, `${label}: ${reply.status} documents ${reply.type}`).toBeDefined();
    const schema = media?.itemSchema ?? media?.schema;
    if (schema && reply.type !== 'image/png') {
      const validate = validator(schema);
      expect(
        validate(reply.body),
        `${label} ${reply.status}: ${JSON.stringify(validate.errors)?.slice(0, 600)}\n${text(reply.body).slice(0, 400)}`,
      ).toBe(true);
    }
    if (reply.status >= 400) expect(errorBody(reply.body), label).toBe(true);
  }

  function requestOf(op: Operation, arbitraries: SchemaArbitraries): fc.Arbitrary<Request> {
    const params = op.parameters ?? [];
    const part = (where: Parameter['in']) => {
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const p of params.filter((x) => x.in === where)) {
        // '.' and '..' are read as path segments by every URL parser: no client can send them as an id.
        record[p.name] =
          where === 'path'
            ? arbitraries.of(p.schema, p.name).filter((v) => v !== '.' && v !== '..')
            : arbitraries.of(p.schema, p.name);
      }
      const required = params.filter((x) => x.in === where && x.required).map((x) => x.name);
      return fc.record(record, { requiredKeys: required });
    };
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    return fc.record({
      path: part('path'),
      query: part('query'),
      headers: part('header'),
      body: bodySchema ? arbitraries.of(bodySchema) : fc.constant(undefined),
    }) as fc.Arbitrary<Request>;
  }

  it('documents a response schema for every success of every operation', () => {
    for (const { path, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => s.startsWith('2'))) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          const schema = media.itemSchema ?? media.schema ?? {};
          const open =
            schema.type === 'object' && !schema.properties && schema.additionalProperties !== false;
          expect(
            open && path !== '/v1/schemas',
            `${method} ${path} ${status} ${type} says only "an object"`,
          ).toBe(false);
        }
      }
    }
  });

  for (const { path, method } of operations) {
    it(`${method} ${path}: generated requests answer as documented; refused ones store nothing`, async () => {
      const op = doc.paths[path]?.[method.toLowerCase()] as Operation;
      const arbitraries = new SchemaArbitraries(doc, seeds);
      const valid = requestOf(op, arbitraries);
      const hostile = valid.chain((request) => {
        const slots = slotsOf(request);
        if (slots.length === 0) return fc.constant(request);
        return fc
          .tuple(
            fc.constantFrom(...slots),
            fc.constantFrom(...HOSTILE_VALUES),
            fc.option(fc.constantFrom('__proto__', 'constructor', 'unexpected'), { freq: 3 }),
          )
          .map(([slot, value, key]) => mutate(request, slot, value, key ?? undefined));
      });
      const seen = statuses.get(`${method} ${path}`) ?? new Set<number>();
      statuses.set(`${method} ${path}`, seen);
      await fc.assert(
        fc.asyncProperty(fc.oneof(valid, hostile), async (request) => {
          const accepted = documentAccepts(op, request);
          const before = accepted ? '' : await stored();
          const reply = await send(path, method, op, request);
          seen.add(reply.status);
          const label = `${method} ${path} ${text(request).slice(0, 300)}`;
          expectDocumented(label, op, reply);
          if (!accepted) {
            expect(reply.status, `${label}: the document refuses this request`).toBeGreaterThanOrEqual(400);
            expect(await stored(), `${label}: a refused request stored something`).toBe(before);
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    });
  }

  it('still serves everyone normally afterwards, and the feed it served matched the document', async () => {
    const expected = ['picked', 'packed', 'shipped', 'handed_over', 'returned', 'stock_moved'];
    const served = await svc.feedUntil((events) =>
      expected.every((type) => events.some((e) => e.type === type)),
    );
    const feed = await svc.oms<{ events: { type: string }[] }>('GET', '/events?limit=5000');
    expect(feed.status).toBe(200);
    const types = new Set(served.map((e) => e.type));
    for (const type of expected) expect(types, type).toContain(type);
    const op = doc.paths['/oms/v1/events']?.get as Operation;
    expectDocumented('GET /oms/v1/events', op, { status: 200, type: 'application/json', body: feed.body });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const summary = [...statuses].map(([op, s]) => `${op}: ${[...s].sort().join(' ')}`).join('\n');
    console.log(`contract fuzz (${ENGINE}, seed ${SEED}):\n${summary}`);
  });
});
