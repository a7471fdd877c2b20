import { definitionOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import { applyCommand } from '@shared/reducer/apply';
import { PROJECTIONS } from '@shared/reducer/batch';
import { emptyScope } from '@shared/reducer/scope';
import type { StoreDoc } from '@shared/schemas/store';
import type { PullCollection } from '@shared/sync/protocol';
import { firstValueFrom } from 'rxjs';
import type { ReplicaDatabase } from './database';
import { FOLDED, type TouchedBy } from './unsettled';
import { plain, slice$ } from './views';

/**
 * The collections a command changes, found the way the service finds them:
 * the shared reducer applied to the command's slice of the replica. Its main
 * document's collection always counts (it records the command, even a refusal).
 */
export function touchedByReducer(db: ReplicaDatabase): TouchedBy {
  return async (command: CommandEnvelope) => {
    const definition = definitionOf(command.type);
    const store = plain<StoreDoc>(await db.store.findOne().exec());
    if (!definition || !store) return FOLDED;
    const now = new Date().toISOString();
    const scope = { ...emptyScope(), ...definition.scope(command.payload, { now, store }) };
    const state = await firstValueFrom(slice$(db, scope));
    if (!state) return FOLDED;
    const after = applyCommand(state, command, { now }).state;
    const touched = new Set<PullCollection>([definition.primary(command.payload).collection]);
    if (after.store !== state.store) touched.add('store');
    for (const c of PROJECTIONS) if (after[c] !== state[c]) touched.add(c);
    return [...touched].filter((c) => FOLDED.includes(c));
  };
}
