import type { FastifyInstance, FastifySchema } from 'fastify';
import type { FastifyRouteSchemaDef, FastifySchemaValidationError } from 'fastify/types/schema';
import { createAjv } from './ajv';
import { illFormedStringAt } from './strings';

/** Bodies are taken as sent: `"staffId": true` is a 400, never the string "true". */
const bodies = createAjv({ coerceTypes: false, useDefaults: true });
/** Query strings and path parameters are text: numbers in them are read as numbers (schemas bound them). */
const texts = createAjv({ coerceTypes: 'array', useDefaults: true });

type Validate = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

/**
 * The service's request validation: one ajv per kind of input, each refusing
 * NUL characters and lone surrogates in any string (keys included) with a 400
 * that names the field, before the schema itself is checked.
 */
export function installValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }: FastifyRouteSchemaDef<FastifySchema>) => {
    const check = (httpPart === 'body' ? bodies : texts).compile(schema as object);
    const validate: Validate = (data) => {
      const at = illFormedStringAt(data);
      if (at !== undefined) {
        validate.errors = [
          {
            instancePath: at === '/' ? '' : at,
            schemaPath: '#/string',
            keyword: 'string',
            params: {},
            message: 'must not contain NUL characters or lone surrogates',
          },
        ];
        return false;
      }
      const ok = check(data) as boolean;
      validate.errors = check.errors;
      return ok;
    };
    return validate;
  });
}
