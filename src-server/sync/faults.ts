import type { CommandEnvelope } from '@shared/commands/envelope';

type FaultHook = (command: CommandEnvelope) => void;

let hook: FaultHook | undefined;

/**
 * Tests only: make applying some commands throw, as a bug would, to prove one
 * failing command is quarantined and never blocks the others. Returns the undo.
 */
export function injectFault(fault: FaultHook): () => void {
  hook = fault;
  return () => {
    if (hook === fault) hook = undefined;
  };
}

export function runFaultHook(command: CommandEnvelope): void {
  hook?.(command);
}
