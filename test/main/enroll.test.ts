import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { credentialVault, type Encryption } from '../../src-main/credentials';
import { enrollDevice } from '../../src-main/enroll';
import { startTestService, type TestService } from '../support/service';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('enrollment from the shell', () => {
  let svc: TestService;
  const code = async () =>
    (await svc.admin<{ code: string }>('POST', '/stores/paris-01/enrollment-codes', {})).body.code;

  beforeAll(async () => {
    svc = await startTestService();
    await svc.createStore('paris-01');
  }, 120_000);
  afterAll(() => svc.close());

  it('gets the device credentials the service accepts', async () => {
    const outcome = await enrollDevice(fetch, {
      serviceUrl: `${svc.url}/`,
      code: await code(),
      deviceName: 'Caisse 2',
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.credentials).toMatchObject({ serviceUrl: svc.url, storeId: 'paris-01' });
    expect((await svc.pull(outcome.credentials.token, 'store')).status).toBe(200);
  });

  it('reports the service refusing a code that was already used', async () => {
    const once = await code();
    expect((await enrollDevice(fetch, { serviceUrl: svc.url, code: once, deviceName: 'A' })).ok).toBe(true);
    const again = await enrollDevice(fetch, { serviceUrl: svc.url, code: once, deviceName: 'B' });
    expect(again).toMatchObject({ ok: false, failure: 'service', body: { message: expect.any(String) } });
    expect(again.ok === false && again.failure === 'service' && again.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses an address that is not http(s) without sending anything', async () => {
    const spy = vi.fn(fetch);
    for (const serviceUrl of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'sync.example.com',
      'https://user:pw@sync.example.com',
    ]) {
      expect(await enrollDevice(spy, { serviceUrl, code: 'X', deviceName: 'A' })).toMatchObject({
        ok: false,
        failure: 'invalid',
      });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('tells an unreachable service apart from a refusal', async () => {
    const outcome = await enrollDevice(fetch, {
      serviceUrl: `http://127.0.0.1:${await closedPort()}`,
      code: 'X',
      deviceName: 'A',
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'network' });
  });
});

describe('the credential vault', () => {
  const sealing = (available = true): Encryption => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
    decryptString: (sealed) => {
      const text = Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString();
      if (!text.startsWith('tok')) throw new Error('sealed by someone else');
      return text;
    },
  });
  const credentials = {
    serviceUrl: 'https://sync.example.com',
    token: 'tok-123',
    deviceId: 'd-1',
    storeId: 'paris-01',
  };
  const file = () => join(mkdtempSync(join(tmpdir(), 'associate-vault-')), 'device.json');

  it('keeps the token sealed on disk and gives it back', async () => {
    const path = file();
    await credentialVault(path, sealing()).save(credentials);
    expect(readFileSync(path, 'utf8')).not.toContain('tok-123');
    expect(await credentialVault(path, sealing()).load()).toEqual(credentials);
  });

  it('does not keep the token at all when the system has no safe storage', async () => {
    const path = file();
    await expect(credentialVault(path, sealing(false)).save(credentials)).rejects.toThrow(/safe storage/);
    expect(existsSync(path)).toBe(false);
  });

  it('treats a file sealed on another account or computer as not enrolled', async () => {
    const path = file();
    writeFileSync(path, JSON.stringify({ ...credentials, token: Buffer.from('garbage').toString('base64') }));
    expect(await credentialVault(path, sealing()).load()).toBeNull();
  });
});
