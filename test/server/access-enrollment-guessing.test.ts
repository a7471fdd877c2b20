import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ENGINE, startTestService, type TestService } from '../support/service';

type Refusal = { error: string; message: string };

describe(`access: enrollment codes resist guessing (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ enrollPerMinute: 5, trustProxy: ['127.0.0.1'] });
    await svc.createStore('paris-01');
  });
  afterAll(() => svc.close());

  const newCode = async (ttlMinutes?: number) =>
    (
      await svc.admin<{ code: string }>(
        'POST',
        '/stores/paris-01/enrollment-codes',
        ttlMinutes ? { ttlMinutes } : {},
      )
    ).body.code;
  const enroll = (code: string, address = '10.0.0.1') =>
    call<Refusal>(svc.url, 'POST', '/v1/enroll', {
      body: { code, deviceName: 'x' },
      // A distinct client per test: the rate limit counts per address (trusted loopback proxy header).
      headers: { 'x-forwarded-for': address },
    });

  it('issues 12-character codes in groups of four, from an alphabet without look-alikes, typed in any form', async () => {
    const code = await newCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const typed = code.toLowerCase().replaceAll('-', ' ');
    expect((await enroll(typed, '10.0.0.2')).status).toBe(200);
  });

  it('gives one answer for every bad code: unknown, used and expired alike', async () => {
    const used = await newCode();
    expect((await enroll(used, '10.0.0.3')).status).toBe(200);
    const expired = await newCode(5);
    await svc.db.pool.query(
      "UPDATE enrollment_codes SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL",
    );
    const answers = [
      await enroll('ZZZZ-ZZZZ-ZZZZ', '10.0.0.3'),
      await enroll(used, '10.0.0.3'),
      await enroll(expired, '10.0.0.3'),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(403);
    expect(answers[0]?.body.error).toBe('enrollment_refused');
  });

  it('rate-limits attempts per client address with 429 {error, message}; other addresses go on', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await enroll('ZZZZ-ZZZZ-ZZZZ', '10.0.0.4')).status);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
    const limited = await enroll('ZZZZ-ZZZZ-ZZZZ', '10.0.0.4');
    expect(limited.body).toEqual({ error: 'too_many_requests', message: expect.stringMatching(/try again/) });
    const code = await newCode();
    expect((await enroll(code, '10.0.0.5')).status).toBe(200);
  });
});
