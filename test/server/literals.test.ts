import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dollarQuoted, withLiterals } from '../../src-server/db/database';
import { ENGINE, startTestService, type TestService } from '../support/service';

/**
 * A push's write statement goes with its COMMIT in one round trip, its parameters written in as
 * literals (withLiterals): whatever a device sends must come back from the database as it was sent.
 */
describe(`parameters written in as literals (${ENGINE})`, () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc?.close();
  });

  const hostile = [
    '',
    "l'article",
    'C:\\\\stock\\',
    '$j$',
    'abc$j',
    '$j',
    '$',
    '$$',
    'x$j0$y$j$z',
    "$j$'); DROP TABLE commands; --",
    '{"note":"fin$j"}',
    'é☃𝄞',
  ];

  it.each(hostile)('the text %j comes back unchanged', async (text) => {
    const { rows } = await svc.db.pool.query<{ v: string }>(withLiterals('SELECT $1::text AS v', [text]));
    expect(rows[0]?.v).toBe(text);
  });

  it('numbers, negative ones included, and null keep their meaning', async () => {
    const sql = withLiterals('SELECT 10 -$1 AS a, $2::bigint AS b, $3::text IS NULL AS c', [-5, 12, null]);
    const { rows } = await svc.db.pool.query(sql);
    expect(rows[0]).toMatchObject({ a: 15, c: true });
    expect(String(rows[0].b)).toBe('12');
  });

  it('a text ending like the tag gets another tag', () => {
    expect(dollarQuoted('abc$j')).not.toMatch(/^\$j\$/);
    expect(dollarQuoted('plain')).toBe('$j$plain$j$');
  });
});
