import type { ScopeInput } from '../commands/define';
import { approverOf } from '../staff/permissions';
/** The documents a command reads or writes, so the service loads just that slice of the store. */
export type Scope = {
  orderIds: string[];
  /** Orders named only by their number (a return recorded offline): the loader resolves them to ids. */
  orderNumbers: string[];
  skus: string[];
  taskIds: string[];
  capacityIds: string[];
  returnIds: string[];
  productSkus: string[];
  /** Staff a command is about (upsert) or done by: the role check reads them. */
  staffIds: string[];
};

export function emptyScope(): Scope {
  return {
    orderIds: [],
    orderNumbers: [],
    skus: [],
    taskIds: [],
    capacityIds: [],
    returnIds: [],
    productSkus: [],
    staffIds: [],
  };
}

export function mergeScopes(scopes: Partial<Scope>[]): Scope {
  const sets = {
    orderIds: new Set<string>(),
    orderNumbers: new Set<string>(),
    skus: new Set<string>(),
    taskIds: new Set<string>(),
    capacityIds: new Set<string>(),
    returnIds: new Set<string>(),
    productSkus: new Set<string>(),
    staffIds: new Set<string>(),
  };
  for (const scope of scopes) {
    for (const key of Object.keys(sets) as (keyof Scope)[]) {
      for (const value of scope[key] ?? []) sets[key].add(value);
    }
  }
  return {
    orderIds: [...sets.orderIds],
    orderNumbers: [...sets.orderNumbers],
    skus: [...sets.skus],
    taskIds: [...sets.taskIds],
    capacityIds: [...sets.capacityIds],
    returnIds: [...sets.returnIds],
    productSkus: [...sets.productSkus],
    staffIds: [...sets.staffIds],
  };
}

/** What a command reads: its own scope plus its author and the manager who approved it (the role check). */
export function commandScope(
  definition: { scope(payload: unknown, input: ScopeInput): Partial<Scope> } | undefined,
  command: { type: string; payload: unknown; staffId: string },
  input: ScopeInput,
): Partial<Scope> {
  const own = definition?.scope(command.payload, input) ?? {};
  const approver = approverOf(command.type, command.payload);
  return { ...own, staffIds: [...(own.staffIds ?? []), command.staffId, ...(approver ? [approver] : [])] };
}
