/**
 * A staff PIN is never kept in clear: the service derives a PBKDF2-SHA256
 * verifier with a random salt (hex) when the OMS sends the PIN (once), devices pull
 * the verifier and check a typed PIN offline. WebCrypto does the work on both
 * sides (globalThis.crypto: Node ≥ 20 and every browser), so there is one
 * implementation. A 4-to-8-digit PIN is a lock for a shared counter PC, not a
 * password: the verifier only travels to the store's enrolled devices.
 */
export type PinVerifier = { salt: string; iterations: number; hash: string };

export const PIN_PATTERN = '^[0-9]{4,8}$';
/** OWASP's 2021 figure for PBKDF2-HMAC-SHA256: a sign-in stays well under a second on a modest tablet. */
export const PIN_ITERATIONS = 210_000;
const HASH_BITS = 256;
const SALT_BYTES = 16;

export function isPin(value: unknown): value is string {
  return typeof value === 'string' && new RegExp(PIN_PATTERN).test(value);
}

/** The part of WebCrypto used here (shared/ compiles without DOM or Node types). */
type WebCrypto = {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    importKey(
      format: 'raw',
      key: Uint8Array,
      algorithm: 'PBKDF2',
      extractable: false,
      usages: ['deriveBits'],
    ): Promise<unknown>;
    deriveBits(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
      key: unknown,
      length: number,
    ): Promise<ArrayBuffer>;
  };
};
const webCrypto = (): WebCrypto => (globalThis as unknown as { crypto: WebCrypto }).crypto;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9a-f]*$/.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  // A PIN is ASCII digits: its UTF-8 bytes are its char codes.
  const secret = Uint8Array.from(pin, (c) => c.charCodeAt(0));
  const key = await webCrypto().subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const bits = await webCrypto().subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** A new verifier for a PIN, with a fresh random salt. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinVerifier> {
  if (!isPin(pin)) throw new Error('A PIN is 4 to 8 digits.');
  const salt = webCrypto().getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: toHex(salt), iterations, hash: toHex(await derive(pin, salt, iterations)) };
}

/** Does this PIN match the verifier? Compared in constant time; a malformed verifier matches nothing. */
export async function verifyPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  if (!isPin(pin) || !Number.isSafeInteger(verifier.iterations) || verifier.iterations < 1) return false;
  const expected = fromHex(verifier.hash);
  const salt = fromHex(verifier.salt);
  if (!expected || !salt || expected.length === 0) return false;
  const actual = await derive(pin, salt, verifier.iterations);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i += 1) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
