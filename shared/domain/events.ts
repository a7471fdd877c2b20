import { orderSchema } from '../schemas/order';
import { refund, returnLine } from '../schemas/return';
import { OPENING_HOURS } from '../schemas/store';
import {
  ADJUST_REASONS,
  CANCEL_REASONS,
  CARRIERS,
  MOVEMENT_REASONS,
  ORDER_KINDS,
  ORDER_STATUSES,
  RECIPIENT_RELATIONS,
  REFUSE_REASONS,
  RELEASE_REASONS,
  TASK_KINDS,
  VERIFICATION_METHODS,
} from './codes';
import { REJECT_REASON_CODES } from './reject-reasons';

/**
 * What the reducer tells the outside world (the OMS event feed), one data schema per
 * event type. The reducer emits only these types (Tx.emit), the OpenAPI document describes
 * the feed from them, and the contract test checks every event the service serves against them.
 */
const TEXT = { type: 'string', maxLength: 200 } as const;
const ID = { type: 'string', maxLength: 64 } as const;
const QTY = { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 } as const;
const LINE_QTY = {
  type: 'object',
  additionalProperties: false,
  properties: { lineId: ID, sku: ID, qty: QTY },
  required: ['lineId', 'sku', 'qty'],
} as const;

const obj = <const P extends Record<string, object>, const R extends readonly (keyof P & string)[]>(
  properties: P,
  required: R,
) => ({ type: 'object', additionalProperties: false, properties, required }) as const;

export const EVENT_DATA = {
  pick_started: obj({ staffId: ID }, ['staffId']),
  picked: obj({ lineId: ID, qty: QTY, barcode: TEXT }, ['lineId', 'qty', 'barcode']),
  unpicked: obj({ lineId: ID, qty: QTY }, ['lineId', 'qty']),
  line_rejected: obj({ lineId: ID, qty: QTY, reason: { type: 'string', enum: REJECT_REASON_CODES } }, [
    'lineId',
    'qty',
    'reason',
  ]),
  packed: obj({ parcels: orderSchema.properties.parcels }, ['parcels']),
  unpacked: obj({ approvedBy: ID }, ['approvedBy']),
  shipped: obj(
    {
      carrier: { type: 'string', enum: CARRIERS },
      trackingNumbers: orderSchema.properties.shipment.properties.trackingNumbers,
      lines: { type: 'array', items: LINE_QTY },
    },
    ['carrier', 'trackingNumbers', 'lines'],
  ),
  ready_for_pickup: obj({ stagingLocation: TEXT, pickupBy: TEXT }, ['stagingLocation', 'pickupBy']),
  staging_moved: obj({ stagingLocation: TEXT, pickupBy: TEXT }, ['stagingLocation', 'pickupBy']),
  handed_over: obj(
    {
      lines: { type: 'array', items: LINE_QTY },
      verification: { type: 'string', enum: VERIFICATION_METHODS },
      recipientRelation: { type: 'string', enum: RECIPIENT_RELATIONS },
      refused: {
        type: 'array',
        items: obj({ ...LINE_QTY.properties, reason: { type: 'string', enum: REFUSE_REASONS } }, [
          'lineId',
          'sku',
          'qty',
          'reason',
        ]),
      },
      overrideBy: ID,
      signed: { type: 'boolean' },
    },
    ['lines', 'verification', 'recipientRelation', 'refused', 'overrideBy', 'signed'],
  ),
  cancelled_at_counter: obj(
    { reason: { type: 'string', enum: CANCEL_REASONS }, handedOver: { type: 'array', items: LINE_QTY } },
    ['reason', 'handedOver'],
  ),
  pickup_expired: obj({ pickupBy: TEXT, hoursAfter: { type: 'integer', minimum: 0, maximum: 720 } }, [
    'pickupBy',
    'hoursAfter',
  ]),
  order_released: obj({ reason: { type: 'string', enum: RELEASE_REASONS }, confirmedBy: ID }, [
    'reason',
    'confirmedBy',
  ]),
  status_changed: obj(
    { from: { type: 'string', enum: ORDER_STATUSES }, to: { type: 'string', enum: ORDER_STATUSES } },
    ['from', 'to'],
  ),
  returned: obj(
    {
      returnId: ID,
      orderNumber: { type: 'string', maxLength: 32 },
      /** Recorded against a typed order number, linked by the service to the store's order. */
      linkedByNumber: { type: 'boolean' },
      lines: { type: 'array', items: returnLine },
      refund,
      refundEdit: obj(
        {
          computed: { type: 'integer', minimum: -100_000_000, maximum: 100_000_000 },
          reason: TEXT,
          approvedBy: ID,
        },
        ['computed', 'reason', 'approvedBy'],
      ),
    },
    ['returnId', 'orderNumber', 'lines', 'refund'],
  ),
  stock_moved: obj(
    {
      onHand: QTY,
      reserved: QTY,
      unsellable: QTY,
      reason: { type: 'string', enum: MOVEMENT_REASONS },
      onHandAfter: QTY,
      availableAfter: QTY,
    },
    ['onHand', 'reserved', 'unsellable', 'reason', 'onHandAfter', 'availableAfter'],
  ),
  stock_adjusted: obj({ delta: QTY, reason: { type: 'string', enum: ADJUST_REASONS }, approvedBy: ID }, [
    'delta',
    'reason',
  ]),
  stock_counted: obj({ counted: QTY, delta: QTY }, ['counted', 'delta']),
  task_completed: obj({ taskId: ID, kind: { type: 'string', enum: TASK_KINDS }, qty: QTY }, [
    'taskId',
    'kind',
    'qty',
  ]),
  exception: obj({ reason: ID, taskId: ID, staffId: ID, type: ID }, ['reason', 'taskId']),
  capacity_changed: obj(
    {
      date: { type: 'string', maxLength: 10 },
      kind: { type: 'string', enum: ORDER_KINDS },
      limit: { type: ['integer', 'null'], minimum: 0, maximum: 100_000 },
      assigned: { type: 'integer', minimum: 0 },
    },
    ['date', 'kind', 'limit', 'assigned'],
  ),
  fulfilment_paused: obj({ kind: { type: 'string', enum: ORDER_KINDS }, reason: TEXT, until: TEXT }, [
    'kind',
    'reason',
  ]),
  fulfilment_resumed: obj({ kind: { type: 'string', enum: ORDER_KINDS }, reason: TEXT, until: TEXT }, [
    'kind',
    'reason',
  ]),
  opening_hours_changed: obj({ openingHours: OPENING_HOURS }, ['openingHours']),
  /** Written by the service (src-server/network/stock-events.ts): a SKU's level once per transaction. */
  stock_changed: obj(
    {
      onHand: QTY,
      reserved: QTY,
      unsellable: QTY,
      safetyStock: { type: 'integer', minimum: 0 },
      netAvailable: QTY,
      updatedAt: TEXT,
    },
    ['onHand', 'reserved', 'unsellable', 'safetyStock', 'netAvailable', 'updatedAt'],
  ),
  /** Written by the service: a store's default safety stock changed (every SKU's net available moved). */
  safety_stock_changed: obj({ defaultQty: { type: 'integer', minimum: 0 } }, ['defaultQty']),
} as const;

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];

/**
 * One event of the OMS feed (GET /oms/v1/events): the envelope, then `data` by `type`.
 * Documented as a oneOf with a `type` discriminator.
 */
export function feedEventSchema(type: EventType) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'The event’s place in the feed (opaque)' },
      storeId: ID,
      type: { type: 'string', const: type },
      orderId: { ...ID, description: "The order it is about ('' when none)" },
      sku: { ...ID, description: "The SKU it is about ('' when none)" },
      commandId: ID,
      data: EVENT_DATA[type],
      at: { type: 'string', format: 'date-time' },
    },
    required: ['id', 'storeId', 'type', 'orderId', 'sku', 'commandId', 'data', 'at'],
  } as const;
}
