import { current, type Draft, isDraft } from 'immer';
import type { CommandEnvelope } from '../commands/envelope';
import type { MovementReason, TaskKind } from '../domain/codes';
import type { EventType } from '../domain/events';
import { deriveStatus, putAwayNeed, refused, reservationFor } from '../domain/order-math';
import { own } from '../domain/records';
import { taskId } from '../domain/task-ids';
import { ACKS_WINDOW, COMMAND_LOG_WINDOW, QTY, SIGNED_QTY } from '../schemas/fragments';
import type { OrderDoc, OrderLine } from '../schemas/order';
import type { StockDoc } from '../schemas/stock';
import type { TaskDoc } from '../schemas/task';
import { Rejection } from './rejection';
import type { ApplyContext, DomainEvent, Outcome, StockDelta, StockMovement, StoreState } from './state';

type Ackable = { acks: string[] };

/**
 * The working set of one command: the drafted state plus what the command
 * produced (outcome, stock movements, events). Commands call these helpers and
 * never touch stock, tasks or statuses by hand, so the rules live in one place.
 */
export class Tx {
  outcome: Outcome = { status: 'applied', reason: '' };
  readonly movements: StockMovement[] = [];
  readonly events: DomainEvent[] = [];
  private readonly touched = new Set<string>();
  private readonly touchedStock = new Set<string>();
  private readonly touchedTasks = new Set<string>();

  constructor(
    readonly state: Draft<StoreState>,
    readonly command: CommandEnvelope,
    readonly ctx: ApplyContext,
  ) {}

  get now(): string {
    return this.ctx.now;
  }

  /** Refuse the command: nothing it changed is kept; the refusal is logged. */
  reject(reason: string): never {
    throw new Rejection(reason);
  }

  /** The command is kept, but it needs a follow-up a person must see. The first reason wins. */
  exception(reason: string): void {
    if (this.outcome.status !== 'exception') this.outcome = { status: 'exception', reason };
  }

  /** Applied, with a remark for the associate (e.g. reduced to the open quantity). */
  note(reason: string): void {
    if (this.outcome.status === 'applied' && !this.outcome.reason)
      this.outcome = { status: 'applied', reason };
  }

  order(id: string): Draft<OrderDoc> | undefined {
    const order = own(this.state.orders, id);
    if (order) this.touched.add(id);
    return order;
  }

  /** The live order of this store with that number (the loader resolved the scope's orderNumbers). */
  orderByNumber(number: string): Draft<OrderDoc> | undefined {
    if (!number) return undefined;
    const found = Object.values(this.state.orders).find(
      (o) => o.number === number && o.status !== 'reassigned',
    );
    return found ? this.order(found.id) : undefined;
  }

  requireOrder(id: string): Draft<OrderDoc> {
    return this.order(id) ?? this.reject('unknown_order');
  }

  line(order: Draft<OrderDoc>, lineId: string) {
    return order.lines.find((l) => l.id === lineId) ?? this.reject('unknown_line');
  }

  /** An event for the OMS feed: a type of shared/domain/events.ts, its data as documented there (checked by the contract test). */
  emit(type: EventType, data: Record<string, unknown>, refs: { orderId?: string; sku?: string } = {}): void {
    this.events.push({
      type,
      orderId: refs.orderId ?? '',
      sku: refs.sku ?? '',
      data,
      commandId: this.command.id,
      at: this.now,
    });
  }

  ack(doc: Ackable): void {
    const acks = readable(doc.acks);
    if (acks.includes(this.command.id)) return;
    doc.acks = appended(acks, this.command.id, ACKS_WINDOW);
  }

  stock(sku: string): Draft<StockDoc> {
    let level = own(this.state.stock, sku);
    if (!level) {
      level = {
        sku,
        onHand: 0,
        reserved: 0,
        unsellable: 0,
        available: 0,
        acks: [],
        seq: 0,
        updatedAt: this.now,
      };
      this.state.stock[sku] = level;
    }
    return level;
  }

  /** Record a stock movement. Movements are never refused; negative stock asks for a count. */
  moveStock(sku: string, delta: StockDelta, reason: MovementReason, orderId = ''): void {
    const move = {
      onHand: delta.onHand ?? 0,
      reserved: delta.reserved ?? 0,
      unsellable: delta.unsellable ?? 0,
    };
    if (move.onHand === 0 && move.reserved === 0 && move.unsellable === 0) return;
    const level = this.stock(sku);
    this.touchedStock.add(sku);
    level.onHand += move.onHand;
    level.reserved += move.reserved;
    level.unsellable += move.unsellable;
    level.available = level.onHand - level.reserved - level.unsellable;
    this.ack(level);
    const movement: StockMovement = {
      id: `${this.command.id}:${this.movements.length}`,
      sku,
      ...move,
      reason,
      commandId: this.command.id,
      orderId,
      at: this.now,
    };
    this.movements.push(movement);
    this.emit(
      'stock_moved',
      { ...move, reason, onHandAfter: level.onHand, availableAfter: level.available },
      {
        orderId,
        sku,
      },
    );
    // Negative stock cannot be true: someone must count. The need lasts while stock is negative.
    const countId = taskId.cycleCount(sku);
    if (level.onHand < 0) {
      this.openTask(countId, { kind: 'cycle_count', reason: 'negative_stock', sku }, -level.onHand);
    } else if (own(this.state.tasks, countId)?.reason === 'negative_stock') {
      this.closeTask(countId);
    }
  }

  /**
   * Open a task, or raise the quantity of the open one with the same id
   * (`qty` is the task's new open quantity, not an increment).
   */
  openTask(
    id: string,
    init: {
      kind: TaskKind;
      reason: string;
      orderId?: string;
      orderNumber?: string;
      lineId?: string;
      sku?: string;
    },
    qty: number,
  ): void {
    this.touchedTasks.add(id);
    const existing = own(this.state.tasks, id);
    if (existing) {
      if (existing.status === 'open' && existing.qty === qty && existing.reason === init.reason) return;
      existing.status = 'open';
      existing.qty = qty;
      existing.reason = init.reason;
      existing.kind = init.kind;
      existing.doneAt = '';
      existing.doneBy = '';
      this.ack(existing);
      return;
    }
    const task: TaskDoc = {
      id,
      kind: init.kind,
      status: 'open',
      reason: init.reason,
      orderId: init.orderId ?? '',
      orderNumber: init.orderNumber ?? '',
      lineId: init.lineId ?? '',
      sku: init.sku ?? '',
      qty,
      createdAt: this.now,
      doneAt: '',
      doneBy: '',
      acks: [this.command.id],
      seq: 0,
      updatedAt: this.now,
    };
    this.state.tasks[id] = task;
  }

  closeTask(id: string): void {
    const task = own(this.state.tasks, id);
    if (!task || task.status === 'done') return;
    task.status = 'done';
    task.qty = 0;
    task.doneAt = this.now;
    task.doneBy = this.command.staffId;
    this.ack(task);
  }

  /** A case for customer service about an order (one task per order and reason, counting occurrences). */
  customerService(order: Draft<OrderDoc>, reason: string): void {
    const id = taskId.customerService(order.id, reason);
    const open = own(this.state.tasks, id);
    const qty = open?.status === 'open' ? open.qty + 1 : 1;
    this.openTask(
      id,
      { kind: 'customer_service', reason, orderId: order.id, orderNumber: order.number },
      qty,
    );
    this.emit('exception', { reason, taskId: id }, { orderId: order.id });
    this.exception(reason);
  }

  /** Something physical was done by someone whose role did not allow it: kept, and a manager reviews it. */
  staffReview(): void {
    const orderId = this.command.orderId;
    const order = orderId ? this.state.orders[orderId] : undefined;
    const payload = this.command.payload as { sku?: unknown } | null;
    const id = taskId.staffReview(this.command.id);
    this.openTask(
      id,
      {
        kind: 'staff_review',
        reason: 'done_without_permission',
        orderId: order?.id ?? '',
        orderNumber: order?.number ?? '',
        sku: typeof payload?.sku === 'string' ? payload.sku : '',
      },
      1,
    );
    this.emit(
      'exception',
      {
        reason: 'done_without_permission',
        taskId: id,
        staffId: this.command.staffId,
        type: this.command.type,
      },
      { orderId: order?.id ?? '' },
    );
    this.exception('done_without_permission');
  }

  /**
   * Bring every order this command touched back in line with its facts:
   * status, the stock it keeps reserved, and the goods waiting to be put away.
   */
  settle(): void {
    for (const id of this.touched) {
      const order = own(this.state.orders, id);
      if (!order) continue;
      const before = order.status;
      const status = deriveStatus(order as OrderDoc);
      order.status = status;
      for (const line of order.lines) {
        const reserve = reservationFor(line, status);
        if (reserve !== line.reserved) {
          this.moveStock(line.sku, { reserved: reserve - line.reserved }, 'reservation', order.id);
          line.reserved = reserve;
        }
        const need = putAwayNeed(line, status);
        const putAwayId = taskId.putAway(order.id, line.id);
        if (need > 0) {
          const expired = order.cancellation?.reason === 'pickup_expired';
          this.openTask(
            putAwayId,
            {
              kind: expired ? 'expired_pickup' : 'put_away',
              reason: putAwayReason(order as OrderDoc, line),
              orderId: order.id,
              orderNumber: order.number,
              lineId: line.id,
              sku: line.sku,
            },
            need,
          );
        } else {
          this.closeTask(putAwayId);
        }
      }
      if (status !== before) this.emit('status_changed', { from: before, to: status }, { orderId: order.id });
    }
  }

  /**
   * Refuse a command whose quantities would leave the documents' bounds (eleven
   * picks of 100,000 on one line, stock beyond a million): the reducer never
   * produces a document its schema refuses.
   */
  checkLimits(): void {
    const inQty = (n: number) => n >= QTY.minimum && n <= QTY.maximum;
    const inSigned = (n: number) => n >= SIGNED_QTY.minimum && n <= SIGNED_QTY.maximum;
    for (const id of this.touched) {
      for (const line of own(this.state.orders, id)?.lines ?? []) {
        const counts = [line.picked, line.rejected, line.handedOver, line.shipped, line.returned];
        if (![...counts, line.putAway, line.reserved].every(inQty)) this.reject('quantity_limit');
      }
    }
    for (const sku of this.touchedStock) {
      const level = own(this.state.stock, sku);
      if (level && ![level.onHand, level.reserved, level.unsellable, level.available].every(inSigned))
        this.reject('quantity_limit');
    }
    for (const id of this.touchedTasks) {
      const task = own(this.state.tasks, id);
      if (task && !inQty(task.qty)) this.reject('quantity_limit');
    }
  }

  /** Append this command to the history of the orders it is about. */
  log(): void {
    const orderId = this.command.orderId;
    const order = orderId ? own(this.state.orders, orderId) : undefined;
    if (!order) return;
    // The order keeps its recent history; the full history stays in the service's commands table.
    order.commandLog = appended(
      readable(order.commandLog),
      {
        commandId: this.command.id,
        type: this.command.type,
        outcome: this.outcome.status,
        reason: this.outcome.reason,
        at: this.now,
        staffId: this.command.staffId,
        deviceId: this.command.deviceId,
      },
      COMMAND_LOG_WINDOW,
    );
  }
}

/**
 * A list of a drafted document as a plain array to read: the draft's current content (one copy),
 * instead of reading it element by element through the draft.
 */
function readable<T>(list: T[]): T[] {
  return isDraft(list) ? current<T[]>(list as Draft<T[]>) : list;
}

/** A new list: the entries of `list` with `item` appended, the oldest dropped beyond `window`. */
function appended<T>(list: readonly T[], item: T, window: number): T[] {
  const next = list.slice(Math.max(0, list.length + 1 - window));
  next.push(item);
  return next;
}

function putAwayReason(order: OrderDoc, line: OrderLine): string {
  if (order.status === 'reassigned') return 'order_reassigned';
  if (order.cancellation)
    return order.cancellation.reason === 'pickup_expired' ? 'pickup_expired' : 'order_cancelled';
  if (refused(line) > 0) return 'refused_at_counter';
  if (order.status === 'shipped' || order.status === 'collected') return 'left_over_after_completion';
  return 'over_picked';
}
