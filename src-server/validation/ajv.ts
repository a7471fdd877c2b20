import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import { isDateTime } from './dates';

/**
 * One validator for the service, fed with the shared schemas. strict is off
 * because the document schemas carry RxDB's keywords (primaryKey, indexes, version).
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, ...options });
  addFormats(ajv);
  // A date-time must also be one `new Date()` reads (no leap second, no '+01' offset).
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  return ajv;
}

export const ajv = createAjv();

export type Issue = { path: string; message: string };

export function issuesOf(
  errors: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null | undefined,
): Issue[] {
  return (errors ?? []).map((e) => {
    const extra = e.params?.additionalProperty ? ` '${String(e.params.additionalProperty)}'` : '';
    return { path: e.instancePath || '/', message: `${e.message ?? 'is invalid'}${extra}` };
  });
}

export function describeIssues(issues: Issue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path} ${i.message}`)
    .join('; ');
}
