import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installAnswerCheck } from './http/answer-check';
import { addComponents } from './http/components';
import type { ServiceContext } from './http/context';
import { installContract, SECURITY_SCHEMES, toOpenApi } from './http/contract';
import { frameworkErrors, installErrorHandler } from './http/errors';
import { adminGuard, deviceGuard, omsGuard } from './http/guards';
import { type OriginPolicy, registerSecurity } from './http/security';
import { buildSerializer } from './http/serializer';
import { adminRoutes } from './routes/admin/devices';
import { quarantineRoutes } from './routes/admin/quarantine';
import { enrollRoutes } from './routes/device/enroll';
import { lookupRoutes } from './routes/device/lookup';
import { pullRoutes, schemaRoutes } from './routes/device/pull';
import { pushRoutes } from './routes/device/push';
import { streamRoutes } from './routes/device/stream';
import { healthRoutes } from './routes/health';
import { omsAvailabilityRoutes } from './routes/oms/availability';
import { omsCapacityRoutes } from './routes/oms/capacity';
import { omsCatalogueRoutes } from './routes/oms/catalogue';
import { omsDayRoutes } from './routes/oms/day';
import { omsEventRoutes } from './routes/oms/events';
import { omsNetworkRoutes } from './routes/oms/networks';
import { omsOrderRoutes } from './routes/oms/orders';
import { omsSafetyStockRoutes } from './routes/oms/safety-stock';
import { omsSourcingRoutes } from './routes/oms/sourcing';
import { omsStaffRoutes } from './routes/oms/staff';
import { omsStockRoutes } from './routes/oms/stock';
import { omsStoreRoutes } from './routes/oms/stores';
import { deviceSignatureRoute, storeSignatureRoute } from './routes/signature';
import { installValidation } from './validation/fastify';

export type AppOptions = {
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  /** Browser origins allowed besides the shell's (see http/security.ts). */
  cors?: OriginPolicy;
  /** Enrollment attempts per client address per minute. */
  enrollPerMinute?: number;
  /** Proxies trusted to name the client (X-Forwarded-For): the rate limit counts per client. */
  trustProxy?: boolean | string[];
  /** Tests: check every success against its documented schema before it is serialized (http/answer-check.ts). */
  checkAnswers?: boolean;
};

/**
 * Whatever is logged, a staff PIN never is: request bodies are not logged, and
 * should a body or a header ever be, these paths are censored.
 */
export const REDACTED_PATHS = [
  'pin',
  '*.pin',
  'body.pin',
  'body.staff[*].pin',
  'req.body.pin',
  'req.body.staff[*].pin',
  'req.headers.authorization',
  'headers.authorization',
];

function withRedaction(logger: NonNullable<AppOptions['logger']>): AppOptions['logger'] {
  if (logger === false) return false;
  const base = logger === true ? {} : logger;
  return { ...base, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
}

/** The central service: device replication (/v1), the OMS API (/oms/v1), administration (/admin/v1). */
export async function buildApp(ctx: ServiceContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedaction(options.logger ?? false),
    bodyLimit: options.bodyLimit ?? 8 * 1024 * 1024,
    forceCloseConnections: 'idle',
    trustProxy: options.trustProxy ?? false,
    frameworkErrors,
    // Answers are serialized with their route's response schema (see http/serializer.ts).
    schemaController: { compilersFactory: { buildSerializer } },
  });
  installErrorHandler(app);
  // Refuse what does not match a schema instead of trimming or coercing it silently.
  installValidation(app);
  await registerSecurity(app, options.cors ?? { origins: [], loopback: true });
  const contract = installContract(app);
  addComponents(app);
  if (options.checkAnswers) installAnswerCheck(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Store associate replication service',
        version: '1.0.0',
        description:
          'Device replication (RxDB pull/push/stream) under /v1, the OMS integration under /oms/v1, administration under /admin/v1. ' +
          'Every error answers { error, message }.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: [
        { name: 'oms', description: 'For the Order Management System (OMS API key)' },
        { name: 'device', description: 'For store devices (device token)' },
        { name: 'admin', description: 'For store managers and IT (admin token)' },
        { name: 'service', description: 'Operations' },
      ],
    },
    // Shared schemas keep their own name in components (ErrorBody), not def-0.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    transformObject: (document) => toOpenApi('openapiObject' in document ? document.openapiObject : {}),
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, ctx);
  // Each part authenticates in onRequest, before the body is read: an unknown caller cannot make
  // the service parse a body (the routes' own preHandler guards stay as a second check).
  await app.register(async (v1) => enrollRoutes(v1, ctx, options.enrollPerMinute ?? 10), { prefix: '/v1' });
  // Public, as documented: the schemas are no secret.
  await app.register(async (v1) => schemaRoutes(v1), { prefix: '/v1' });
  await app.register(
    async (v1) => {
      v1.addHook('onRequest', deviceGuard(ctx));
      pullRoutes(v1, ctx);
      pushRoutes(v1, ctx);
      streamRoutes(v1, ctx);
      lookupRoutes(v1, ctx);
      deviceSignatureRoute(v1, ctx, deviceGuard(ctx));
    },
    { prefix: '/v1' },
  );
  await app.register(
    async (oms) => {
      oms.addHook('onRequest', omsGuard(ctx));
      omsStoreRoutes(oms, ctx);
      omsStaffRoutes(oms, ctx);
      omsCatalogueRoutes(oms, ctx);
      omsOrderRoutes(oms, ctx);
      omsCapacityRoutes(oms, ctx);
      omsDayRoutes(oms, ctx);
      omsEventRoutes(oms, ctx);
      omsStockRoutes(oms, ctx);
      omsAvailabilityRoutes(oms, ctx);
      omsSafetyStockRoutes(oms, ctx);
      omsNetworkRoutes(oms, ctx);
      omsSourcingRoutes(oms, ctx);
      storeSignatureRoute(oms, ctx, omsGuard(ctx), 'oms');
    },
    { prefix: '/oms/v1' },
  );
  await app.register(
    async (admin) => {
      admin.addHook('onRequest', adminGuard(ctx));
      adminRoutes(admin, ctx);
      quarantineRoutes(admin, ctx);
      storeSignatureRoute(admin, ctx, adminGuard(ctx), 'admin');
    },
    { prefix: '/admin/v1' },
  );
  contract.allowOtherMethods();
  return app;
}
