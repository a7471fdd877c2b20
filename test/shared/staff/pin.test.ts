import { pbkdf2Sync } from 'node:crypto';
import { hashPin, PIN_ITERATIONS, verifyPin } from '@shared/staff/pin';
import { describe, expect, it } from 'vitest';

describe('PIN verifiers', () => {
  it('verify the right PIN only, with a fresh salt each time and no trace of the PIN', async () => {
    const a = await hashPin('4821', 1000);
    const b = await hashPin('4821', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(a)).not.toContain('4821');
    expect(await verifyPin('4821', a)).toBe(true);
    expect(await verifyPin('4822', a)).toBe(false);
    expect(await verifyPin('48210', a)).toBe(false);
  });

  it('refuse what is not a PIN and verifiers that are malformed', async () => {
    await expect(hashPin('12a4')).rejects.toThrow();
    await expect(hashPin('123')).rejects.toThrow();
    const v = await hashPin('1234', 1000);
    expect(await verifyPin('', v)).toBe(false);
    expect(await verifyPin('1234', { ...v, hash: 'zz' })).toBe(false);
    expect(await verifyPin('1234', { ...v, hash: '' })).toBe(false);
    expect(await verifyPin('1234', { ...v, iterations: 0 })).toBe(false);
    expect(await verifyPin('1234', { ...v, salt: 'abc' })).toBe(false);
  });

  it('are PBKDF2-HMAC-SHA256 (cross-checked with the implementation of Node)', async () => {
    const salt = '00112233445566778899aabbccddeeff';
    const hash = pbkdf2Sync('2580', Buffer.from(salt, 'hex'), 5000, 32, 'sha256').toString('hex');
    expect(await verifyPin('2580', { salt, iterations: 5000, hash })).toBe(true);
    expect(await verifyPin('2580', { salt, iterations: 5001, hash })).toBe(false);
    const v = await hashPin('0000');
    expect(v.iterations).toBe(PIN_ITERATIONS);
    expect(v.hash).toBe(
      pbkdf2Sync('0000', Buffer.from(v.salt, 'hex'), PIN_ITERATIONS, 32, 'sha256').toString('hex'),
    );
  });
});
