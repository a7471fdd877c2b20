import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { enrollDevice } from '../../auth/devices';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';

/**
 * A device exchanges a one-time code for its token. No credentials needed: the code is the credential,
 * so guessing is slowed down per client address (on top of a 60-bit code).
 */
export async function enrollRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  perMinute: number,
): Promise<void> {
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        'too_many_requests',
        `Too many enrollment attempts from this address; try again in ${context.after}.`,
      ),
  });
  app.post<{ Body: { code: string; deviceName: string } }>(
    '/enroll',
    {
      config: { contract: { refusals: [403, 429] } },
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
        response: { 200: answer('Enrolled', 'Enrolled: keep the token, it is shown once') },
      },
    },
    async (request) => enrollDevice(ctx.db, request.body.code, request.body.deviceName),
  );
}
