import { readFileSync } from 'node:fs';
import { register } from 'node:module';

/**
 * The TypeScript types of docs/openapi.json, as openapi-typescript writes them. The
 * generator needs TypeScript's JavaScript API (its AST factory and printer), which
 * TypeScript 7, the project's compiler, no longer has: its `typescript` import is resolved
 * to the TypeScript 6 build that @ts-morph/common ships (a library, so no second `tsc`).
 */
const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === 'typescript' && (context.parentURL ?? '').includes('/openapi-typescript/'))
    return next('@ts-morph/common/dist/typescript.js', context);
  return next(specifier, context);
}`;

let registered = false;

export const CLIENT_TYPES = new URL('../../shared/api/openapi-types.ts', import.meta.url);
export const DOCUMENT = new URL('../../docs/openapi.json', import.meta.url);

export async function generateClientTypes(): Promise<string> {
  if (!registered) {
    register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
    registered = true;
  }
  // Imported by name at run time: its types would bring TypeScript 5's into this program.
  const generator = 'openapi-typescript';
  const { default: openapiTS, astToString } = (await import(generator)) as {
    default: (document: unknown, options: object) => Promise<unknown>;
    astToString: (ast: unknown) => string;
  };
  const document = JSON.parse(readFileSync(DOCUMENT, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false, exportType: true });
  return (
    '/**\n * Generated from docs/openapi.json by `npm run docs:client` (openapi-typescript): do not edit.\n' +
    ' * Use it with openapi-fetch: createClient<paths>({ baseUrl }).\n */\n' +
    astToString(ast)
  );
}
