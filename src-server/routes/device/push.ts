import type { CommandEnvelope } from '@shared/commands/envelope';
import { commandSchema } from '@shared/commands/envelope';
import { plainSchema } from '@shared/schemas/plain';
import { PUSH_BATCH_MAX, type PushResponse } from '@shared/sync/protocol';
import type { FastifyInstance } from 'fastify';
import { answer, ref } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { deviceGuard, deviceOf } from '../../http/guards';
import { applyCommands } from '../../sync/apply-commands';
import { refuseMalformed } from '../../validation/commands';

export const envelopeSchema = {
  ...plainSchema(commandSchema),
  properties: { ...commandSchema.properties, payload: { type: 'object' } },
};

/**
 * Devices push commands; the service applies them in one transaction. Business
 * refusals come back as data (receipts); only a malformed push gets a 4xx, and
 * then nothing of it is stored.
 */
export function pushRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.post<{ Body: { commands: CommandEnvelope[] } }>(
    '/push',
    {
      preHandler: deviceGuard(ctx),
      config: {
        contract: { refusals: [404, 409, 422] },
        // Documented exactly (each command's payload by type); validated here as envelopes, so a bad
        // payload is a 422 naming the command (refuseMalformed), which the device takes out of its queue.
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: ref('PushRequest') }, url }),
      },
      schema: {
        tags: ['device'],
        summary: 'Push commands (RxDB push handler); idempotent by command id',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { commands: { type: 'array', maxItems: PUSH_BATCH_MAX, items: envelopeSchema } },
          required: ['commands'],
        },
        response: { 200: answer('PushResponse', "Every command's receipt, in the order pushed") },
      },
    },
    async (request): Promise<PushResponse> => {
      const device = deviceOf(request);
      // The device id comes from the token, never from the body.
      const commands = request.body.commands.map((c) => ({ ...c, deviceId: device.deviceId }));
      const refused = refuseMalformed(commands, 'device');
      if (refused.length > 0) {
        throw new HttpError(
          422,
          'invalid_commands',
          `${refused.length} of ${commands.length} commands were refused; nothing was stored.`,
          refused,
        );
      }
      if (commands.length === 0) return { receipts: [] };
      const { receipts } = await applyCommands(ctx.db, device.storeId, commands, 'device', ctx.now);
      return { receipts };
    },
  );
}
