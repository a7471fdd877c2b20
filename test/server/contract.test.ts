import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src-server/validation/ajv';
import { ENGINE, startTestService, type TestService } from '../support/service';

/**
 * The integrator contract, read from docs/openapi.json (not from the routes): every documented
 * operation, called without credentials or with a mutated request, answers a status the document
 * lists for it, with the documented error body.
 */
type Schema = Record<string, unknown>;
type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema: Schema };
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const doc = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as Document;
const errorBody = createAjv().compile(doc.components.schemas.ErrorBody as Schema);
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

/** Values that satisfy the path parameters, on the seeded store. */
const VALID: Record<string, string> = {
  storeId: 'paris-01',
  staffId: 'alice',
  orderId: 'no-such-order',
  deviceId: 'no-such-device',
  collection: 'orders',
  id: '1',
};
/** A value no documented path parameter accepts (a space, a slash encoded, far too long). */
const HOSTILE = encodeURIComponent(`bad id/${'x'.repeat(300)}`);

function urlOf(path: string, hostile?: string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    name === hostile ? HOSTILE : encodeURIComponent(VALID[name] ?? 'x'),
  );
}

describe(`contract: docs/openapi.json tells the truth (${ENGINE})`, () => {
  let svc: TestService;
  const tokens: Record<string, string> = { omsKey: 'test-oms-key', adminToken: 'test-admin-token' };
  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
    tokens.deviceToken = (await svc.enroll('paris-01')).token;
  });
  afterAll(() => svc.close());

  async function send(
    method: string,
    url: string,
    init: { token?: string; body?: string; contentType?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const reply = await fetch(`${svc.url}${url}`, {
      method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await reply.text();
    return {
      status: reply.status,
      allow: reply.headers.get('allow'),
      body: text ? JSON.parse(text) : undefined,
    };
  }

  /** The status is one the operation documents, and its body the documented error body. */
  function expectDocumentedError(op: Operation, reply: { status: number; body: unknown }, label: string) {
    expect(Object.keys(op.responses), `${label} answered ${reply.status}`).toContain(String(reply.status));
    expect(reply.status, label).toBeGreaterThanOrEqual(400);
    const schema = op.responses[String(reply.status)]?.content?.['application/json']?.schema;
    expect(schema, `${label}: ${reply.status} documents the error body`).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
    expect(errorBody(reply.body), `${label}: ${JSON.stringify(reply.body)}`).toBe(true);
  }

  it('documents every operation with its statuses, and every error as the one ErrorBody', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => s.startsWith('2')),
        `${method} ${path}`,
      ).toBe(true);
      for (const status of statuses.filter((s) => Number(s) >= 400 && path !== '/health')) {
        expect(
          op.responses[status]?.content?.['application/json']?.schema,
          `${method} ${path} ${status}`,
        ).toEqual({
          $ref: '#/components/schemas/ErrorBody',
        });
      }
      const isPublic = ['/health', '/v1/enroll', '/v1/schemas'].includes(path);
      expect(op.security, `${method} ${path}`).toEqual(isPublic ? [] : [expect.any(Object)]);
      if (op.requestBody)
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '413', '415']));
    }
  });

  it('answers every secured operation without credentials, or with a wrong one, with a documented 401', async () => {
    for (const { path, method, op } of operations.filter((o) => (o.op.security ?? []).length > 0)) {
      for (const token of [undefined, 'not-a-known-token']) {
        const reply = await send(method, urlOf(path), { ...(token ? { token } : {}) });
        expect(reply.status, `${method} ${path}`).toBe(401);
        expectDocumentedError(op, reply, `${method} ${path}`);
      }
    }
  });

  it('answers mutated requests (path parameters, query, body, media type) with a documented 4xx', async () => {
    let checked = 0;
    for (const { path, method, op } of operations) {
      const scheme = Object.keys(op.security?.[0] ?? {})[0];
      const token = scheme ? tokens[scheme] : undefined;
      const auth = token ? { token } : {};
      const label = `${method} ${path}`;
      for (const param of (op.parameters ?? []).filter((p) => p.in === 'path')) {
        expectDocumentedError(
          op,
          await send(method, urlOf(path, param.name), auth),
          `${label} {${param.name}}`,
        );
        checked++;
      }
      if ((op.parameters ?? []).some((p) => p.in === 'query')) {
        expectDocumentedError(op, await send(method, `${urlOf(path)}?unexpected=1`), label);
        const reply = await send(method, `${urlOf(path)}?limit=99999999999999999999`, auth);
        expectDocumentedError(op, reply, `${label} ?limit`);
        checked += 2;
      }
      if (op.requestBody) {
        for (const body of ['{"__proto__": {"x": 1}, "unexpected": true}', '{not json', '[]', '"text"']) {
          expectDocumentedError(op, await send(method, urlOf(path), { ...auth, body }), `${label} ${body}`);
        }
        const media = await send(method, urlOf(path), { ...auth, body: 'a=1', contentType: 'text/csv' });
        expect(media.status, label).toBe(415);
        expectDocumentedError(op, media, `${label} text/csv`);
        checked += 5;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('answers any other method on a documented path with 405, Allow and the error body', async () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      const documented = Object.keys(methods).map((m) => m.toUpperCase());
      const other = ['DELETE', 'PATCH', 'PUT', 'POST', 'GET'].find((m) => !documented.includes(m));
      if (!other) continue;
      const reply = await send(other, urlOf(path));
      expect(reply.status, `${other} ${path}`).toBe(405);
      expect(reply.allow?.split(', '), `${other} ${path}`).toEqual(expect.arrayContaining(documented));
      expect(errorBody(reply.body), JSON.stringify(reply.body)).toBe(true);
    }
  });
});

describe('the typed client', () => {
  it('is generated from docs/openapi.json as it is (npm run docs:client)', () => {
    const run = spawnSync(
      'npx',
      ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/docs-client.ts', '--check'],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        encoding: 'utf8',
      },
    );
    expect(`${run.stdout}${run.stderr}`).toContain('is current');
    expect(run.status).toBe(0);
  }, 60_000);
});
