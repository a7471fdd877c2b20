import type { FromSchema } from 'json-schema-to-ts';
import { normalizeGtin } from '../domain/barcode';
import { isPaused } from '../domain/capacity';
import { ORDER_KINDS } from '../domain/codes';
import { maskEmail, maskPhone } from '../domain/mask';
import { own } from '../domain/records';
import { storeLocalDate } from '../domain/time';
import { capacityId } from '../schemas/capacity';
import { MONEY, POSITIVE_QTY, SHORT_TEXT, SKU } from '../schemas/fragments';
import { orderSchema } from '../schemas/order';
import { defineCommand, REF_ID } from './define';

const payload = {
  type: 'object',
  additionalProperties: false,
  properties: {
    order: {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: REF_ID,
        number: { type: 'string', minLength: 1, maxLength: 32 },
        kind: { type: 'string', enum: ORDER_KINDS },
        promisedBy: { type: 'string', format: 'date-time' },
        pickupCode: { type: 'string', maxLength: 16 },
        pickupBy: { type: 'string', maxLength: 40 },
        customer: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            email: { type: 'string', maxLength: 200 },
            phone: { type: 'string', maxLength: 40 },
          },
          required: ['name', 'email', 'phone'],
        },
        shipTo: orderSchema.properties.shipTo,
        notes: { type: 'string', maxLength: 1000 },
        lines: {
          type: 'array',
          minItems: 1,
          maxItems: 200,
          items: {
            type: 'object',
            additionalProperties: false,
            properties: { id: REF_ID, sku: SKU, name: SHORT_TEXT, qty: POSITIVE_QTY, price: MONEY },
            required: ['id', 'sku', 'name', 'qty', 'price'],
          },
        },
      },
      required: ['id', 'number', 'kind', 'promisedBy', 'customer', 'lines'],
      // A ship-from-store order ships somewhere: stated here so integrators see it (the reducer also checks).
      if: { properties: { kind: { const: 'ship_from_store' } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
      then: { required: ['shipTo'] },
    },
  },
  required: ['order'],
} as const;

/**
 * The OMS gives the store an order. Stock is reserved for it, the day's
 * capacity counts it, and the customer's contact is masked before any device sees it.
 */
export const assignOrder = defineCommand<FromSchema<typeof payload>>()({
  type: 'assign_order',
  source: 'oms',
  payload,
  orderId: (p) => p.order.id,
  scope: (p, { now, store }) => {
    const skus = p.order.lines.map((l) => l.sku);
    return {
      orderIds: [p.order.id],
      skus,
      productSkus: skus,
      capacityIds: [capacityId(storeLocalDate(now, store.timezone), p.order.kind)],
    };
  },
  primary: (p) => ({ collection: 'orders', id: p.order.id }),
  apply(tx, p) {
    const input = p.order;
    const existing = own(tx.state.orders, input.id);
    if (existing && existing.status !== 'reassigned') {
      tx.note('already_assigned');
      return;
    }
    if (input.kind === 'click_and_collect' && !input.pickupCode) tx.reject('pickup_code_missing');
    if (input.kind === 'ship_from_store' && !input.shipTo) tx.reject('ship_to_missing');
    if (new Set(input.lines.map((l) => l.id)).size !== input.lines.length) tx.reject('duplicate_line_id');

    tx.state.orders[input.id] = {
      id: input.id,
      number: input.number,
      kind: input.kind,
      status: 'assigned',
      assignedAt: tx.now,
      promisedBy: new Date(input.promisedBy).toISOString(),
      pickupCode: input.pickupCode ?? '',
      pickupBy: input.pickupBy ?? '',
      customer: {
        name: input.customer.name,
        email: maskEmail(input.customer.email),
        phone: maskPhone(input.customer.phone),
      },
      ...(input.shipTo ? { shipTo: { ...input.shipTo } } : {}),
      notes: input.notes ?? '',
      lines: input.lines.map((l) => ({
        id: l.id,
        sku: l.sku,
        name: l.name,
        barcodes: (own(tx.state.products, l.sku)?.barcodes ?? []).map(normalizeGtin),
        price: { ...l.price },
        ordered: l.qty,
        picked: 0,
        rejected: 0,
        rejectReason: '',
        handedOver: 0,
        shipped: 0,
        returned: 0,
        putAway: 0,
        reserved: 0,
      })),
      pickStartedAt: '',
      pickers: [],
      parcels: [],
      packedAt: '',
      handovers: [],
      // A reassigned order that comes back keeps its history.
      commandLog: existing ? existing.commandLog : [],
      seq: 0,
      updatedAt: tx.now,
    };
    tx.order(input.id);

    const date = storeLocalDate(tx.now, tx.state.store.timezone);
    const id = capacityId(date, input.kind);
    const capacity = own(tx.state.capacity, id) ?? {
      id,
      date,
      kind: input.kind,
      limit: null,
      assigned: 0,
      acks: [],
      seq: 0,
      updatedAt: tx.now,
    };
    capacity.assigned += 1;
    tx.state.capacity[id] = capacity;
    tx.ack(capacity);
    const paused = isPaused(tx.state.store.fulfilment[input.kind], tx.now);
    if (paused) tx.note('fulfilment_paused');
    else if (capacity.limit !== null && capacity.assigned > capacity.limit) tx.note('over_capacity');
  },
});
