/**
 * Strings the service refuses anywhere in a request: NUL (PostgreSQL cannot
 * store it in text or jsonb) and lone UTF-16 surrogates (not valid Unicode,
 * refused by jsonb). Returns the JSON pointer of the first one found, keys included.
 */
export function illFormedStringAt(value: unknown, path = ''): string | undefined {
  const keys = unsafeAt(value);
  if (!keys) return undefined;
  const pointer = keys.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
  return `${path}${pointer}` || '/';
}

/**
 * The keys down to the first ill-formed string or key, outermost first; undefined when every one is
 * sound. Almost every request is: the path is only built on the way back up from a bad one.
 */
function unsafeAt(value: unknown): string[] | undefined {
  if (typeof value === 'string') return isSafeString(value) ? undefined : [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = unsafeAt(value[i]);
      if (at) return [String(i), ...at];
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (!isSafeString(key)) return [key];
      const at = unsafeAt((value as Record<string, unknown>)[key]);
      if (at) return [key, ...at];
    }
  }
  return undefined;
}

export function isSafeString(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}
