import type { FastifyInstance } from 'fastify';
import { enrollDevice } from '../../auth/devices';
import type { ServiceContext } from '../../http/context';

/** A device exchanges a one-time code for its token. No credentials needed: the code is the credential. */
export function enrollRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<{ Body: { code: string; deviceName: string } }>(
    '/enroll',
    {
      schema: {
        tags: ['device'],
        summary: 'Enroll a device with a one-time code',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            code: { type: 'string', minLength: 4, maxLength: 20 },
            deviceName: { type: 'string', minLength: 1, maxLength: 100 },
          },
          required: ['code', 'deviceName'],
        },
        response: {
          200: {
            type: 'object',
            properties: {
              token: { type: 'string' },
              deviceId: { type: 'string' },
              storeId: { type: 'string' },
            },
            required: ['token', 'deviceId', 'storeId'],
          },
        },
      },
    },
    async (request) => enrollDevice(ctx.db, request.body.code, request.body.deviceName),
  );
}
