import { randomBytes, randomInt } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32 without I, L, O, U: readable aloud, typed on a tablet without ambiguity.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const CODE_LENGTH = 12;

/** Groups of four, as shown and as typed. */
function grouped(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A one-time enrollment code like 7KQM-2XPD-H4RT (60 bits): too many to guess under the rate limit. */
export function newEnrollmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return grouped(code);
}

/** Accept the code as typed: any case, with or without the dash, O for 0 and I/L for 1. */
export function normalizeEnrollmentCode(input: string): string {
  const clean = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return clean.length === CODE_LENGTH ? grouped(clean) : clean;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
