import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createAjv } from '../validation/ajv';
import { COMPONENTS } from './components';
import { ERROR_BODY } from './contract';
import { isSentAsText } from './json-text';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * For tests: every JSON success is checked against its documented schema before Fastify
 * serializes it. The serializer drops what the schema does not list, so a field a handler
 * adds without documenting it would silently never reach the client: here it is a 500 that
 * names the field. (The contract tests check what is sent; this checks what was meant.)
 * A body sent already serialized (`sendJsonText`, the pull pages) skips the serializer, so
 * it is checked as sent.
 */
export function installAnswerCheck(app: FastifyInstance): void {
  const ajv = createAjv();
  ajv.addFormat('binary', true);
  for (const [name, schema] of Object.entries({ ...COMPONENTS, ErrorBody: ERROR_BODY }))
    ajv.addSchema({ ...schema, $id: name });
  const compiled = new WeakMap<object, Validate>();
  const check = (request: FastifyRequest, reply: FastifyReply, body: () => unknown) => {
    if (reply.statusCode >= 300) return;
    const responses = request.routeOptions.schema?.response as Record<string, object> | undefined;
    const documented = responses?.[String(reply.statusCode)] as
      | { content?: Record<string, { schema?: object }> }
      | undefined;
    const schema = documented?.content ? documented.content['application/json']?.schema : documented;
    if (!schema) return;
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema) as Validate;
      compiled.set(schema, validate);
    }
    if (!validate(body())) {
      throw new Error(
        `${request.method} ${request.routeOptions.url} answered ${reply.statusCode} with a body its ` +
          `documented schema does not describe: ${JSON.stringify(validate.errors).slice(0, 500)}`,
      );
    }
  };
  app.addHook('preSerialization', async (request, reply, payload) => {
    check(request, reply, () => JSON.parse(JSON.stringify(payload)));
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (isSentAsText(reply) && typeof payload === 'string') check(request, reply, () => JSON.parse(payload));
    return payload;
  });
}
