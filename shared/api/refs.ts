/** A reference to a named schema of the document (Fastify's shared schemas, `components/schemas` once published). */
export const ref = (name: string) => ({ $ref: `${name}#` });

/** A union of named schemas told apart by their `type` (commands, feed events): `${prefix}${type}` each. */
export function unionByType(description: string, types: readonly string[], prefix: string) {
  return {
    description,
    oneOf: types.map((t) => ref(`${prefix}${t}`)),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(types.map((t) => [t, `#/components/schemas/${prefix}${t}`])),
    },
  };
}
