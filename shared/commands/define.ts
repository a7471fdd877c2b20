import type { Scope } from '../reducer/scope';
import type { Tx } from '../reducer/tx';
import type { StoreDoc } from '../schemas/store';

export type CommandSource = 'device' | 'oms';

export type ScopeInput = { now: string; store: StoreDoc };

/** The document a command is first of all about; it records (acks) the command once applied. */
export type DocRef = {
  collection: 'store' | 'orders' | 'stock' | 'tasks' | 'returns' | 'capacity' | 'products' | 'staff';
  id: string;
};

/**
 * One command type, whole: its payload schema (validated on the wire), the
 * slice of state it needs, and its rule. Adding a command is one such file
 * plus a line in the registry.
 */
export type CommandDefinition<T extends string, P> = {
  type: T;
  /** Who may send it: store devices, or the OMS through its API. */
  source: CommandSource;
  /** JSON schema of the payload (P is derived from it with FromSchema in each command file). */
  payload: object;
  /** The order the command is about ('' when none). */
  orderId: (payload: P) => string;
  scope: (payload: P, input: ScopeInput) => Partial<Scope>;
  primary: (payload: P) => DocRef;
  apply: (tx: Tx, payload: P) => void;
};

export function defineCommand<P>() {
  return <const T extends string>(definition: CommandDefinition<T, P>): CommandDefinition<T, P> => definition;
}

/** Identifier pattern for ids that end up inside task ids (no ':'). */
export const REF_ID = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[0-9A-Za-z_.-]+$' } as const;
