import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/tokens';
import type { ServiceContext } from './context';
import { HttpError } from './errors';

function requireBearer(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization);
  if (!token)
    throw new HttpError(401, 'unauthorized', 'Send the credentials as Authorization: Bearer <token>.');
  return token;
}

/** Device routes: the token names the device, and the device's store is the only store it can touch. */
export function deviceGuard(ctx: ServiceContext) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (request.device) return; // already authenticated in onRequest
    const device = await ctx.deviceTokens.authenticate(requireBearer(request));
    if (!device) throw new HttpError(401, 'unauthorized', 'This device is not enrolled, or it was revoked.');
    request.device = device;
  };
}

export function omsGuard(ctx: ServiceContext) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = requireBearer(request);
    if (!ctx.secrets.isOmsKey(token)) {
      throw new HttpError(401, 'unauthorized', 'Unknown OMS API key.');
    }
  };
}

export function adminGuard(ctx: ServiceContext) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!ctx.secrets.isAdminToken(requireBearer(request))) {
      throw new HttpError(401, 'unauthorized', 'Unknown admin token.');
    }
  };
}

export function deviceOf(request: FastifyRequest) {
  if (!request.device) throw new HttpError(401, 'unauthorized', 'This route needs a device token.');
  return request.device;
}
