import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * One validator for the service, fed with the shared schemas. strict is off
 * because the document schemas carry RxDB's keywords (primaryKey, indexes, version).
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false });
  addFormats(ajv);
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
