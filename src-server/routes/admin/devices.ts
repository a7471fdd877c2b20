import type { FastifyInstance } from 'fastify';
import { createEnrollmentCode, listDevices, revokeDevice } from '../../auth/devices';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { adminGuard } from '../../http/guards';
import { readStore } from '../../sync/stores';
import { STORE_ID } from '../oms/stores';

export function adminRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = adminGuard(ctx);
  const params = { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] } as const;

  app.post<{ Params: { storeId: string }; Body: { ttlMinutes?: number; createdBy?: string } | undefined }>(
    '/stores/:storeId/enrollment-codes',
    {
      preHandler: guard,
      config: { contract: { success: [201], refusals: [404] } },
      schema: {
        tags: ['admin'],
        summary: 'Create a one-time code that enrolls one device into this store',
        params,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ttlMinutes: { type: 'integer', minimum: 5, maximum: 7 * 24 * 60 },
            createdBy: { type: 'string', maxLength: 64 },
          },
        },
        response: { 201: answer('EnrollmentCode', 'The code, shown once') },
      },
    },
    async (request, reply) => {
      const store = await readStore(ctx.db, request.params.storeId);
      if (!store) throw new HttpError(404, 'unknown_store', `store ${request.params.storeId} does not exist`);
      const code = await createEnrollmentCode(
        ctx.db,
        store.id,
        request.body?.createdBy ?? 'manager',
        request.body?.ttlMinutes,
      );
      return reply.status(201).send({ storeId: store.id, ...code });
    },
  );

  app.get<{ Params: { storeId: string } }>(
    '/stores/:storeId/devices',
    {
      preHandler: guard,
      schema: {
        tags: ['admin'],
        summary: "The store's enrolled devices",
        params,
        response: { 200: answer('Devices', 'Every device ever enrolled, revoked ones too') },
      },
    },
    async (request) => ({ devices: await listDevices(ctx.db, request.params.storeId) }),
  );

  app.post<{ Params: { deviceId: string } }>(
    '/devices/:deviceId/revoke',
    {
      preHandler: guard,
      config: { contract: { refusals: [404] } },
      schema: {
        tags: ['admin'],
        summary: 'Revoke a device (lost or stolen): its token stops working at once',
        params: {
          type: 'object',
          properties: { deviceId: { type: 'string', minLength: 1, maxLength: 100 } },
          required: ['deviceId'],
        },
        response: { 200: answer('Revoked', 'Revoked') },
      },
    },
    async (request) => {
      if (!(await revokeDevice(ctx.db, request.params.deviceId))) {
        throw new HttpError(404, 'unknown_device', 'No active device with this id.');
      }
      // At once on this instance; the others hear it from the revocation's NOTIFY.
      ctx.deviceTokens.forget(request.params.deviceId);
      ctx.streams.closeDevice(request.params.deviceId);
      return { revoked: request.params.deviceId };
    },
  );
}
