/** A document schema without RxDB's own keywords, for plain JSON-schema validators and OpenAPI. */
export function plainSchema<S extends object>(schema: S): Omit<S, 'primaryKey' | 'version' | 'indexes'> {
  const {
    primaryKey: _p,
    version: _v,
    indexes: _i,
    ...rest
  } = schema as S & {
    primaryKey?: unknown;
    version?: unknown;
    indexes?: unknown;
  };
  return rest;
}
