import type { ErrorBody, RefusedCommand } from '@shared/sync/protocol';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EnrollmentRefused } from '../auth/devices';
import { CommandIdTakenError, UnknownStoreError } from '../sync/apply-commands';

/** An error with the status and body the client should get. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly refused?: RefusedCommand[],
  ) {
    super(message);
  }
}

const FASTIFY_CODES: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    error: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'invalid_json', message: 'The request body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    error: 'payload_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported_media_type',
    message: 'Send JSON with Content-Type: application/json.',
  },
};

/** Every error answers with { error, message }: a code for programs, a sentence for people. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let status = 500;
    let body: ErrorBody = { error: 'internal_error', message: 'Something went wrong on the service.' };
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (err instanceof HttpError) {
      status = err.statusCode;
      body = { error: err.error, message: err.message, ...(err.refused ? { refused: err.refused } : {}) };
    } else if (err instanceof UnknownStoreError) {
      status = 404;
      body = { error: 'unknown_store', message: err.message };
    } else if (err instanceof CommandIdTakenError) {
      status = 409;
      body = { error: 'command_id_taken', message: err.message };
    } else if (err instanceof EnrollmentRefused) {
      status = 403;
      body = { error: 'enrollment_refused', message: err.message };
    } else if (known) {
      status = known.status;
      body = { error: known.error, message: known.message };
    } else if (err.validation && err.validationContext === 'headers') {
      status = 400;
      body = {
        error: 'invalid_idempotency_key',
        message: 'Idempotency-Key must be 1 to 56 characters among letters, digits and _ . : -',
      };
    } else if (err.validation) {
      status = 400;
      body = { error: 'invalid_request', message: `The request is malformed: ${err.message}.` };
    } else if (err.statusCode && err.statusCode < 500) {
      status = err.statusCode;
      body = { error: 'bad_request', message: err.message };
    }
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ status, error: body.error }, body.message);
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send({ error: 'not_found', message: `No route ${request.method} ${request.url}.` });
  });
}

/** Errors the router raises before any route (a bad URL, a path parameter over 100 characters): the same body. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  request.log.info({ status: tooLong ? 414 : 400, error: error.code }, error.message);
  void reply.status(tooLong ? 414 : 400).send({
    error: tooLong ? 'path_too_long' : 'bad_url',
    message: tooLong ? 'A path parameter is longer than 100 characters.' : 'The URL cannot be read.',
  });
}
