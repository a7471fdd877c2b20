/**
 * GTIN handling for scans. A UPC-A (12 digits) and the EAN-13 with a leading
 * zero are the same item, so everything is stored and compared normalised.
 */
export function normalizeGtin(raw: string): string {
  const digits = raw.replace(/\s+/g, '');
  if (/^\d{12}$/.test(digits)) return `0${digits}`;
  if (/^0\d{13}$/.test(digits)) return digits.slice(1);
  return digits;
}

export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

export function sameItem(scanned: string, barcodes: readonly string[]): boolean {
  const code = normalizeGtin(scanned);
  return barcodes.some((b) => normalizeGtin(b) === code);
}
