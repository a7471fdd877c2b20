import type { PayloadOf } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import type { OrderKind } from '@shared/domain/codes';
import type { Coordinates } from '@shared/network/geo';
import type { SourcingRules } from '@shared/network/rules';
import { type Plan, type SourcingResult, sourceOrder } from '@shared/network/sourcing';
import type { PushReceipt } from '@shared/sync/protocol';
import type pg from 'pg';
import { type Database, transaction } from '../db/database';
import { applyWithin } from '../sync/apply-commands';
import { readCandidates } from './snapshot';

type OrderInput = PayloadOf<'assign_order'>['order'];

export type SourcingCall = {
  storeIds: readonly string[] | null;
  rules: SourcingRules;
  order: OrderInput;
  destination: Coordinates | null;
  pickupStoreId?: string;
  allowSplit: boolean;
};

export type Assigned = { storeId: string } & Pick<PushReceipt, 'outcome' | 'reason' | 'seq' | 'duplicate'>;

/** Attempts before giving up when other orders keep taking the stock the plan counted on. */
const ATTEMPTS = 8;
const DEADLOCK = '40P01';

async function rank(client: pg.PoolClient, call: SourcingCall, now: string): Promise<SourcingResult> {
  const kind: OrderKind = call.order.kind;
  const candidates = await readCandidates(
    client,
    call.storeIds,
    kind,
    call.order.lines.map((l) => l.sku),
    now,
  );
  return sourceOrder(
    candidates,
    {
      lines: call.order.lines.map((l) => ({ id: l.id, sku: l.sku, qty: l.qty })),
      destination: call.destination,
      ...(call.pickupStoreId ? { pickupStoreId: call.pickupStoreId } : {}),
      allowSplit: call.allowSplit,
    },
    call.rules,
  );
}

/** Rank the network for an order on one consistent snapshot (nothing is written). */
export async function source(db: Database, call: SourcingCall, now: string): Promise<SourcingResult> {
  return transaction(db, async (client) => {
    // One snapshot for every read (PGlite has a single connection: its transactions are serial anyway).
    if (db.kind === 'postgres')
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return rank(client, call, now);
  });
}

const samePlan = (a: Plan | null, b: Plan | null) => JSON.stringify(a) === JSON.stringify(b);

/** The order as one store gets it: the lines (and units) the plan gives that store. */
function orderFor(order: OrderInput, allocation: Plan['allocations'][number]): OrderInput {
  const qty = new Map(allocation.lines.map((l) => [l.lineId, l.qty]));
  return {
    ...order,
    lines: order.lines.filter((l) => qty.has(l.id)).map((l) => ({ ...l, qty: qty.get(l.id) ?? l.qty })),
  };
}

export class AssignRefused extends Error {
  constructor(
    readonly storeId: string,
    readonly reason: string,
  ) {
    super(`store ${storeId} refused the order: ${reason}`);
  }
}

/**
 * Rank and assign in one transaction. The stores of the plan are locked (in id order, as every
 * writer of a store locks its row) and the ranking is run again under the locks: if it still gives
 * the same plan, nothing can take that stock before the assignment commits; if another order took
 * it meanwhile, the locks are let go and the next best plan is tried. Two orders racing for the last
 * unit: the second gets the next best store.
 */
export async function sourceAndAssign(
  db: Database,
  call: SourcingCall,
  commandId: () => string,
  now: () => string,
): Promise<{ result: SourcingResult; assigned: Assigned[] }> {
  return transaction(db, async (client) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await client.query('SAVEPOINT sourcing');
      const at = now();
      const first = await rank(client, call, at);
      if (!first.plan?.complete) {
        await client.query('RELEASE SAVEPOINT sourcing');
        return { result: first, assigned: [] };
      }
      const storeIds = first.plan.allocations.map((a) => a.storeId).sort();
      try {
        await client.query('SELECT id FROM stores WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [
          storeIds,
        ]);
      } catch (error) {
        // A job that locks several stores in another order: PostgreSQL broke the deadlock on us. Try again.
        if ((error as { code?: string }).code !== DEADLOCK) throw error;
        await client.query('ROLLBACK TO SAVEPOINT sourcing');
        continue;
      }
      const locked = await rank(client, call, at);
      if (!samePlan(first.plan, locked.plan)) {
        await client.query('ROLLBACK TO SAVEPOINT sourcing');
        continue;
      }
      const assigned: Assigned[] = [];
      for (const allocation of first.plan.allocations) {
        const command: CommandEnvelope = {
          id: commandId(),
          type: 'assign_order',
          orderId: call.order.id,
          deviceId: 'oms',
          staffId: 'oms',
          deviceTime: at,
          payload: { order: orderFor(call.order, allocation) },
        };
        const { receipts } = await applyWithin(client, allocation.storeId, [command], 'oms', () => at);
        const receipt = receipts[0];
        if (!receipt || receipt.outcome === 'rejected')
          throw new AssignRefused(allocation.storeId, receipt?.reason ?? 'no_receipt');
        assigned.push({
          storeId: allocation.storeId,
          outcome: receipt.outcome,
          reason: receipt.reason,
          seq: receipt.seq,
          duplicate: receipt.duplicate,
        });
      }
      await client.query('RELEASE SAVEPOINT sourcing');
      return { result: locked, assigned };
    }
    throw new SourcingContention();
  });
}

export class SourcingContention extends Error {
  constructor() {
    super('other orders kept taking the stock of every plan tried; try again');
  }
}
