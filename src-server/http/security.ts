import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The desktop shell serves the app from this origin (src-main/scheme.ts). */
export const SHELL_ORIGIN = 'associate://app';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type OriginPolicy = {
  /** Extra origins (CORS_ORIGINS): the web app's own address in production. */
  origins: readonly string[];
  /** Any port on loopback (development, `npm start`'s web app). */
  loopback: boolean;
};

/**
 * Which browser origins may call the service: the shell's, the configured ones, loopback in
 * development. Exact matches only; never `null` (sandboxed frames, file://), never a reflection.
 */
export function originAllowed(origin: string, policy: OriginPolicy): boolean {
  if (origin === SHELL_ORIGIN || policy.origins.includes(origin)) return true;
  if (!policy.loopback) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
  } catch {
    return false;
  }
}

/** CORS by allow-list, security headers (helmet), and no caching of API answers by anyone on the way. */
export async function registerSecurity(app: FastifyInstance, policy: OriginPolicy): Promise<void> {
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(origin, policy)),
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'last-event-id'],
    maxAge: 600,
  });
  // The API answers JSON; the only pages are /docs, whose own CSP (swagger-ui's staticCSP) replaces this one.
  await app.register(helmet, { global: true });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/docs')) void reply.header('cache-control', 'no-store');
  });
}
