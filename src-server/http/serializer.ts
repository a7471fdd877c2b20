import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Node = Record<string, unknown>;

/**
 * A schema for the serializer: the same schema, with each union (oneOf/anyOf) left to
 * JSON.stringify. fast-json-stringify picks a union's branch by validating the value
 * against each one, and throws when none matches: a document one enum value ahead of the
 * schema would then be a 500 on a read, and a 10,000-document pull page would be
 * validated document by document. The union's members are still exact in the document,
 * and the contract test checks every answer against them.
 */
export function forSerializer(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerializer);
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Node;
  if (node.oneOf || node.anyOf) return node.$id ? { $id: node.$id } : {};
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    // Values that are data, not schemas.
    out[key] = key === 'enum' || key === 'const' || key === 'examples' ? value : forSerializer(value);
  }
  return out;
}

type BuildSerializer = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']
>;

/** Fastify's own serializer (fast-json-stringify), fed the schemas above. */
export const buildSerializer: BuildSerializer = (externalSchemas, options) => {
  const shared = Object.fromEntries(
    Object.entries(externalSchemas ?? {}).map(([id, s]) => [id, forSerializer(s)]),
  );
  const compile = SerializerSelector()(shared, options);
  return (route) => compile({ ...route, schema: forSerializer(route.schema) as typeof route.schema });
};
