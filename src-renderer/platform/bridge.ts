import { type AssociateBridge, BRIDGE_KEY } from '@shared/ipc/contract';

/** The desktop shell's bridge, when the page runs inside it (its preload adds it before the page loads). */
export function shellBridge(scope: object = globalThis): AssociateBridge | undefined {
  return (scope as Partial<Record<typeof BRIDGE_KEY, AssociateBridge>>)[BRIDGE_KEY];
}
