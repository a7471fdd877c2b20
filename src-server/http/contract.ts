import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route answers besides what its inputs and credentials already imply. */
    contract?: RouteContract;
  }
}

export type RouteContract = {
  /** Success statuses (default [200]); without a schema of their own they are documented as JSON objects. */
  success?: readonly number[];
  /** Refusals the handler itself gives (403, 404, 409, 422, 429...). */
  refusals?: readonly number[];
};

/** Every 4xx/5xx body, defined once and referenced by every operation. */
export const ERROR_BODY = {
  $id: 'ErrorBody',
  type: 'object',
  description: 'Every error: a stable code for programs, a sentence for people.',
  additionalProperties: false,
  properties: {
    error: { type: 'string', description: 'Stable code, e.g. invalid_request, unauthorized, unknown_store' },
    message: { type: 'string', description: 'What went wrong, in plain words' },
    refused: {
      type: 'array',
      description: 'POST /v1/push: the commands refused (nothing was stored)',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          index: { type: 'integer', minimum: 0 },
          commandId: { type: 'string' },
          reason: { type: 'string' },
          detail: { type: 'string' },
        },
        required: ['index', 'commandId', 'reason', 'detail'],
      },
    },
  },
  required: ['error', 'message'],
} as const;

const DESCRIPTIONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Malformed request (schema, JSON, header); nothing was stored',
  401: 'Missing or unknown credentials',
  403: 'Refused for these credentials',
  404: 'Unknown resource',
  405: 'Method not allowed on this path (see the Allow header)',
  409: 'Conflicts with what the store already did',
  413: 'Request body too large',
  414: 'A path parameter longer than 100 characters',
  415: 'Not JSON',
  422: 'Well formed but refused',
  429: 'Too many requests; try again later',
  500: 'Fault on the service side',
};

/** Paths anyone may call: everything else needs its bearer token. */
export const PUBLIC_PATHS = new Set(['/health', '/v1/enroll', '/v1/schemas', '/openapi.json']);

/** Which bearer credential a path needs (one security scheme each, all HTTP bearer). */
export function securityOf(url: string): Record<string, string[]>[] {
  if (PUBLIC_PATHS.has(url) || url === '/docs' || url.startsWith('/docs/')) return [];
  if (url.startsWith('/oms/v1/')) return [{ omsKey: [] }];
  if (url.startsWith('/admin/v1/')) return [{ adminToken: [] }];
  return [{ deviceToken: [] }];
}

export const SECURITY_SCHEMES = {
  omsKey: { type: 'http', scheme: 'bearer', description: 'OMS API key' },
  deviceToken: { type: 'http', scheme: 'bearer', description: 'Device token (POST /v1/enroll)' },
  adminToken: { type: 'http', scheme: 'bearer', description: 'Admin token' },
} as const;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const errorRef = (status: number) => ({ description: DESCRIPTIONS[status], $ref: 'ErrorBody#' });

/** The statuses one route can answer, from what it takes (inputs, credentials) and what it declares. */
export function statusesOf(route: RouteOptions): { success: number[]; errors: number[] } {
  const methods = ([] as string[]).concat(route.method);
  const hasBody = methods.some((m) => BODY_METHODS.has(m));
  const schema = route.schema ?? {};
  const contract = route.config?.contract ?? {};
  const errors = new Set<number>(contract.refusals ?? []);
  if (hasBody || schema.body || schema.querystring || schema.params || schema.headers) errors.add(400);
  if (securityOf(route.url).length > 0) errors.add(401);
  if (route.url.includes(':')) errors.add(414);
  if (hasBody) {
    errors.add(413);
    errors.add(415);
  }
  errors.add(500);
  return { success: [...(contract.success ?? [200])], errors: [...errors].sort((a, b) => a - b) };
}

/**
 * The contract each route states in its schema (so Fastify also serializes with it, and the
 * OpenAPI document tells the truth): security per path, one response per status it can give,
 * every error as the shared ErrorBody. Installed before any route.
 */
export function installContract(app: FastifyInstance): { allowOtherMethods: () => void } {
  app.addSchema(ERROR_BODY);
  const methodsByPath = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    const known = methodsByPath.get(route.url) ?? new Set<string>();
    for (const m of ([] as string[]).concat(route.method)) known.add(m);
    methodsByPath.set(route.url, known);
    if (route.schema?.hide || route.url.includes('*')) return;
    const { success, errors } = statusesOf(route);
    const response: Record<string, unknown> = { ...(route.schema?.response as object | undefined) };
    for (const status of success) {
      response[status] ??= { description: DESCRIPTIONS[status], type: 'object', additionalProperties: true };
    }
    for (const status of errors) response[status] ??= errorRef(status);
    route.schema = { ...route.schema, security: securityOf(route.url), response };
  });
  return { allowOtherMethods: () => allowMethods(app, methodsByPath) };
}

/**
 * The document as integrators read it: patterns in the portable subset ([0-9], not \d,
 * which other regex engines read as any Unicode digit).
 */
export function toOpenApi<T>(document: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'pattern' && typeof value === 'string' ? value.replaceAll('\\d', '[0-9]') : walk(value),
      ]),
    );
  };
  return walk(document) as T;
}

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Any other method on a known path answers 405 with Allow and the error body, before any
 * credentials or body are read. Called once every route is registered.
 */
function allowMethods(app: FastifyInstance, methodsByPath: Map<string, Set<string>>): void {
  for (const [url, known] of [...methodsByPath]) {
    // swagger-ui's pages answer their own way.
    if (url.includes('*') || url === '/docs' || url.startsWith('/docs/')) continue;
    if (known.has('GET')) known.add('HEAD');
    const others = METHODS.filter((m) => !known.has(m) && !app.hasRoute({ method: m, url }));
    if (others.length === 0) continue;
    const allow = [...known].filter((m) => m !== 'OPTIONS').join(', ');
    app.route({
      method: others,
      url,
      schema: { hide: true },
      onRequest: async (request, reply) => {
        await reply
          .status(405)
          .header('allow', allow)
          .send({
            error: 'method_not_allowed',
            message: `${request.method} is not allowed here; use ${allow}.`,
          });
      },
      handler: async () => undefined,
    });
  }
}
