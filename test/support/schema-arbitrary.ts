import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON schemas of an OpenAPI document: values a schema
 * accepts (most of the time: `if`/`then` and `not` are left to the service to refuse),
 * with strings named like ids drawn from the seeded data so requests reach real records.
 */
export type Schema = Record<string, unknown>;

/** Per property or parameter name: values from the seeded data, or an arbitrary of them. */
export type Seeds = Record<string, readonly string[] | fc.Arbitrary<string>>;

const DATE_TIME = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

export class SchemaArbitraries {
  constructor(
    private readonly root: { components: { schemas: Record<string, Schema> } },
    private readonly seeds: Seeds,
  ) {}

  resolve(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; typeof s.$ref === 'string' && i < 10; i++) {
      const name = s.$ref.replace('#/components/schemas/', '');
      const target = this.root.components.schemas[name];
      if (!target) throw new Error(`unknown $ref ${s.$ref}`);
      s = target;
    }
    return s;
  }

  /** A value for a schema; `name` is the property or parameter it is for. */
  of(schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const seeded = this.seeds[name];
    const plain = this.plain(s, name, depth);
    if (seeded && (s.type === 'string' || s.type === undefined) && !s.enum && !('const' in s)) {
      const known = Array.isArray(seeded) ? fc.constantFrom(...seeded) : (seeded as fc.Arbitrary<string>);
      return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: plain });
    }
    return plain;
  }

  private plain(s: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
    if ('const' in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    const union = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (union) return fc.oneof(...union.map((u) => this.of(u, name, depth + 1)));
    if (Array.isArray(s.allOf)) return this.of(Object.assign({}, ...(s.allOf as Schema[])), name, depth);
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
    if (types.length > 1) return fc.oneof(...types.map((t) => this.plain({ ...s, type: t }, name, depth)));
    switch (types[0]) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number': {
        const min = typeof s.minimum === 'number' ? s.minimum : -1_000_000;
        const max = typeof s.maximum === 'number' ? s.maximum : 1_000_000;
        const int = fc.integer({ min: Math.max(min, -2_000_000_000), max: Math.min(max, 2_000_000_000) });
        const notZero = (s.not as Schema | undefined)?.const === 0;
        return notZero ? int.filter((n) => n !== 0) : int;
      }
      case 'string':
        return this.string(s);
      case 'array': {
        const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
        const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === 'number' ? s.maxItems : 3, 3));
        if (depth > 6) return fc.constant([]);
        return fc.array(this.of((s.items as Schema) ?? {}, name, depth + 1), { minLength, maxLength });
      }
      case 'object':
        return this.object(s, depth);
      default:
        return fc.constant({});
    }
  }

  private string(s: Schema): fc.Arbitrary<string> {
    const maxLength = typeof s.maxLength === 'number' ? s.maxLength : 40;
    const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
    if (s.format === 'date-time') return DATE_TIME;
    if (typeof s.pattern === 'string') {
      const re = new RegExp(s.pattern);
      return fc
        .stringMatching(re, { size: 'small' })
        .filter((v) => v.length >= minLength && v.length <= maxLength);
    }
    return fc.string({ minLength, maxLength: Math.min(maxLength, Math.max(minLength, 24)) });
  }

  private object(s: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    const required = new Set((s.required ?? []) as string[]);
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, value] of Object.entries(properties)) {
      // Deep optional parts are left out, so a request stays small.
      if (!required.has(key) && depth > 3) continue;
      record[key] = this.of(value, key, depth + 1);
    }
    return fc.record(record, { requiredKeys: Object.keys(record).filter((k) => required.has(k)) });
  }
}
