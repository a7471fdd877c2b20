import type { MovementReason, OutcomeStatus } from '../domain/codes';
import { asRecords, type Records, records } from '../domain/records';
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
  orders: Records<OrderDoc>;
  stock: Records<StockDoc>;
  tasks: Records<TaskDoc>;
  returns: Records<ReturnDoc>;
  capacity: Records<CapacityDoc>;
  products: Records<ProductDoc>;
  /** The staff the batch's commands name (their authors), for the role check. */
  staff: Records<StaffDoc>;
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
  return {
    store,
    orders: records(),
    stock: records(),
    tasks: records(),
    returns: records(),
    capacity: records(),
    products: records(),
    staff: records(),
  };
}

/**
 * The state with prototype-free records (ids are hostile: an id named
 * `__proto__` must be a key, never the prototype). Cheap when they already are.
 */
export function withOwnRecords(state: StoreState): StoreState {
  const next = {
    store: state.store,
    orders: asRecords(state.orders),
    stock: asRecords(state.stock),
    tasks: asRecords(state.tasks),
    returns: asRecords(state.returns),
    capacity: asRecords(state.capacity),
    products: asRecords(state.products),
    staff: asRecords(state.staff),
  };
  const same =
    next.orders === state.orders &&
    next.stock === state.stock &&
    next.tasks === state.tasks &&
    next.returns === state.returns &&
    next.capacity === state.capacity &&
    next.products === state.products &&
    next.staff === state.staff;
  return same ? state : next;
}
