import type { MovementReason, OutcomeStatus } from '../domain/codes';
import type { CapacityDoc } from '../schemas/capacity';
import type { OrderDoc } from '../schemas/order';
import type { ProductDoc } from '../schemas/product';
import type { ReturnDoc } from '../schemas/return';
import type { StaffDoc } from '../schemas/staff';
import type { StockDoc } from '../schemas/stock';
import type { StoreDoc } from '../schemas/store';
import type { TaskDoc } from '../schemas/task';

/**
 * The part of one store's state a command needs. The service loads the slice a
 * batch of commands touches; the device builds it from its replica. Orders that
 * were reassigned away stay here as tombstones (status 'reassigned') on the service.
 */
export type StoreState = {
  store: StoreDoc;
  orders: Record<string, OrderDoc>;
  stock: Record<string, StockDoc>;
  tasks: Record<string, TaskDoc>;
  returns: Record<string, ReturnDoc>;
  capacity: Record<string, CapacityDoc>;
  products: Record<string, ProductDoc>;
  /** The staff the batch's commands name (their authors), for the role check. */
  staff: Record<string, StaffDoc>;
};

export type Outcome = { status: OutcomeStatus; reason: string };

export type StockDelta = { onHand?: number; reserved?: number; unsellable?: number };

/** A change of stock. Movements are facts: never rejected, summed into stock levels. */
export type StockMovement = {
  id: string;
  sku: string;
  onHand: number;
  reserved: number;
  unsellable: number;
  reason: MovementReason;
  commandId: string;
  orderId: string;
  at: string;
};

/** What the store did, for the OMS's event feed. */
export type DomainEvent = {
  type: string;
  orderId: string;
  sku: string;
  data: Record<string, unknown>;
  commandId: string;
  at: string;
};

export type ApplyContext = {
  /** Time of application: the service's clock, or the device's for its optimistic view. */
  now: string;
};

export type ApplyResult = {
  state: StoreState;
  outcome: Outcome;
  movements: StockMovement[];
  events: DomainEvent[];
};

export function emptyState(store: StoreDoc): StoreState {
  return { store, orders: {}, stock: {}, tasks: {}, returns: {}, capacity: {}, products: {}, staff: {} };
}
