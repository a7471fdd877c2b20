import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, startTestService, type TestService } from '../support/service';

/**
 * docs/INTEGRATION.md's examples, run as written: each ```http request block is sent to a
 * fresh service in order, and the ```http answer block after it must match (status,
 * headers it shows, and the fields of its body it shows; "{{name}}" keeps a value for later).
 */
type Exchange = { request: string; answer: string; line: number };

const guide = readFileSync(new URL('../../docs/INTEGRATION.md', import.meta.url), 'utf8');

function exchanges(): Exchange[] {
  const blocks = [...guide.matchAll(/```http\n([\s\S]*?)```/g)].map((m) => ({
    text: m[1] as string,
    line: guide.slice(0, m.index).split('\n').length,
  }));
  const out: Exchange[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const request = blocks[i];
    const answer = blocks[i + 1];
    if (!request || request.text.startsWith('HTTP/')) continue;
    if (!answer?.text.startsWith('HTTP/')) throw new Error(`INTEGRATION.md:${request.line}: no answer block`);
    out.push({ request: request.text, answer: answer.text, line: request.line });
  }
  return out;
}

/** Head lines and body of an HTTP message as written in the guide. */
function parse(message: string) {
  const [head = '', ...rest] = message.split('\n\n');
  const [first = '', ...headerLines] = head.split('\n');
  const headers = Object.fromEntries(
    headerLines
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const at = l.indexOf(':');
        return [l.slice(0, at).trim().toLowerCase(), l.slice(at + 1).trim()];
      }),
  );
  const body = rest.join('\n\n').trim();
  return { first, headers, body: body ? (JSON.parse(body) as unknown) : undefined };
}

/** The answer has what the guide shows; "{{name}}" keeps the value found there. */
function expectShown(actual: unknown, shown: unknown, kept: Record<string, string>, where: string): void {
  if (typeof shown === 'string' && /^\{\{\w+\}\}$/.test(shown)) {
    expect(actual, where).toBeDefined();
    kept[shown.slice(2, -2)] = String(actual);
    return;
  }
  if (shown && typeof shown === 'object' && !Array.isArray(shown)) {
    expect(actual, where).toBeTypeOf('object');
    for (const [k, v] of Object.entries(shown))
      expectShown((actual as Record<string, unknown>)[k], v, kept, `${where}.${k}`);
    return;
  }
  expect(actual, where).toEqual(shown);
}

describe(`docs/INTEGRATION.md's examples run as written (${ENGINE})`, () => {
  let svc: TestService;
  const kept: Record<string, string> = { omsKey: 'test-oms-key' };
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.close());

  it('has examples for every flow an OMS implements', () => {
    const paths = exchanges().map((e) => e.request.split('\n')[0]);
    for (const flow of [
      /^PUT \/oms\/v1\/stores\/[^/]+$/,
      /\/products$/,
      /\/stock$/,
      /\/orders$/,
      /\/cancel$/,
      /\/reassign$/,
      /^GET \/oms\/v1\/events\?.*after=/,
      /\/capacity$/,
    ])
      expect(
        paths.some((p) => flow.test(p ?? '')),
        String(flow),
      ).toBe(true);
  });

  it('answers each example as the guide shows', async () => {
    for (const { request, answer, line } of exchanges()) {
      const filled = request.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
        const value = kept[name];
        if (value === undefined) throw new Error(`INTEGRATION.md:${line}: nothing kept as ${name}`);
        return value;
      });
      const sent = parse(filled);
      const [method = '', path = ''] = sent.first.split(' ');
      const reply = await fetch(`${svc.url}${path}`, {
        method,
        headers: sent.headers,
        ...(sent.body !== undefined ? { body: JSON.stringify(sent.body) } : {}),
      });
      const text = await reply.text();
      const expected = parse(answer);
      const where = `INTEGRATION.md:${line} ${sent.first}`;
      expect(`${reply.status} ${text.slice(0, 300)}`, where).toMatch(
        new RegExp(`^${expected.first.split(' ')[1]} `),
      );
      for (const [name, value] of Object.entries(expected.headers)) {
        if (name === 'content-type') expect(reply.headers.get(name), where).toContain(value);
        else expect(reply.headers.get(name), `${where} ${name}`).toBe(value);
      }
      if (expected.body !== undefined) expectShown(JSON.parse(text), expected.body, kept, where);
    }
  });
});
