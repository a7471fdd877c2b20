/**
 * Strings the service refuses anywhere in a request: NUL (PostgreSQL cannot
 * store it in text or jsonb) and lone UTF-16 surrogates (not valid Unicode,
 * refused by jsonb). Returns the JSON pointer of the first one found, keys included.
 */
export function illFormedStringAt(value: unknown, path = ''): string | undefined {
  // Almost every request is clean: check without building a pointer per key, then locate.
  return allSafe(value) ? undefined : locate(value, path);
}

function allSafe(value: unknown): boolean {
  if (typeof value === 'string') return isSafeString(value);
  if (Array.isArray(value)) {
    for (const item of value) if (!allSafe(item)) return false;
    return true;
  }
  if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (!isSafeString(key) || !allSafe((value as Record<string, unknown>)[key])) return false;
    }
  }
  return true;
}

function locate(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isSafeString(value) ? undefined : path || '/';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = locate(value[i], `${path}/${i}`);
      if (at) return at;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const pointer = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (!isSafeString(key)) return pointer;
      const at = locate(item, pointer);
      if (at) return at;
    }
  }
  return undefined;
}

export function isSafeString(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}
