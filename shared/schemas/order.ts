import type { FromSchema } from 'json-schema-to-ts';
import {
  CANCEL_REASONS,
  ID_TYPES,
  ORDER_KINDS,
  ORDER_STATUSES,
  OUTCOMES,
  RECIPIENT_RELATIONS,
  REFUSE_REASONS,
  VERIFICATION_METHODS,
} from '../domain/codes';
import { REJECT_REASON_CODES } from '../domain/reject-reasons';
import { ID, ISO_TIME, MONEY, QTY, SEQ, SHORT_TEXT, SKU } from './fragments';

const orderLine = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: ID,
    sku: SKU,
    name: SHORT_TEXT,
    barcodes: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 14 } },
    price: MONEY,
    ordered: QTY,
    /** Units taken off the shelf for this line (all devices added up). */
    picked: QTY,
    rejected: QTY,
    rejectReason: { type: 'string', enum: ['', ...REJECT_REASON_CODES] },
    handedOver: QTY,
    shipped: QTY,
    returned: QTY,
    /** Units put back on the shelf through put-away tasks. */
    putAway: QTY,
    /** Units the customer refused at the counter (v1; absent = 0): they go back to stock. */
    refused: QTY,
    refuseReason: { type: 'string', enum: ['', ...REFUSE_REASONS] },
    /** Units of this line currently reserved in the store's stock (service bookkeeping). */
    reserved: QTY,
  },
  required: [
    'id',
    'sku',
    'name',
    'barcodes',
    'price',
    'ordered',
    'picked',
    'rejected',
    'rejectReason',
    'handedOver',
    'shipped',
    'returned',
    'putAway',
    'reserved',
  ],
} as const;

const logEntry = {
  type: 'object',
  additionalProperties: false,
  properties: {
    commandId: { type: 'string', maxLength: 64 },
    type: { type: 'string', maxLength: 40 },
    outcome: { type: 'string', enum: OUTCOMES },
    reason: { type: 'string', maxLength: 64 },
    at: ISO_TIME,
    staffId: { type: 'string', maxLength: 64 },
    deviceId: { type: 'string', maxLength: 64 },
  },
  required: ['commandId', 'type', 'outcome', 'reason', 'at', 'staffId', 'deviceId'],
} as const;

export const orderSchema = {
  title: 'order',
  /** 1: refused units on lines, refusals, ID type, override and signature on handovers (additive, optional). */
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 64 },
    /** The number the customer and customer service know the order by. */
    number: { type: 'string', maxLength: 32 },
    kind: { type: 'string', enum: ORDER_KINDS, maxLength: 20 },
    status: { type: 'string', enum: ORDER_STATUSES, maxLength: 20 },
    assignedAt: ISO_TIME,
    promisedBy: { type: 'string', maxLength: 40 },
    /** Code the customer shows at the counter ('' for ship-from-store). */
    pickupCode: { type: 'string', maxLength: 16 },
    pickupBy: { type: 'string', maxLength: 40 },
    customer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: SHORT_TEXT,
        /** Masked by the service (j***@e***.fr): the full contact stays in the OMS. */
        email: { type: 'string', maxLength: 200 },
        phone: { type: 'string', maxLength: 40 },
      },
      required: ['name', 'email', 'phone'],
    },
    shipTo: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: SHORT_TEXT,
        line1: SHORT_TEXT,
        line2: SHORT_TEXT,
        postalCode: { type: 'string', maxLength: 20 },
        city: SHORT_TEXT,
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
      required: ['name', 'line1', 'line2', 'postalCode', 'city', 'country'],
    },
    notes: { type: 'string', maxLength: 1000 },
    lines: { type: 'array', minItems: 1, maxItems: 200, items: orderLine },
    pickStartedAt: { type: 'string', maxLength: 40 },
    pickers: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 64 } },
    parcels: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: ID,
          box: { type: 'string', maxLength: 40 },
          weightGrams: { type: 'integer', minimum: 0, maximum: 100_000 },
        },
        required: ['id', 'box', 'weightGrams'],
      },
    },
    packedAt: { type: 'string', maxLength: 40 },
    shipment: {
      type: 'object',
      additionalProperties: false,
      properties: {
        carrier: { type: 'string', maxLength: 40 },
        trackingNumbers: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 64 } },
        at: ISO_TIME,
      },
      required: ['carrier', 'trackingNumbers', 'at'],
    },
    staging: {
      type: 'object',
      additionalProperties: false,
      properties: { location: { type: 'string', maxLength: 40 }, at: ISO_TIME },
      required: ['location', 'at'],
    },
    handovers: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          commandId: { type: 'string', maxLength: 64 },
          at: ISO_TIME,
          staffId: { type: 'string', maxLength: 64 },
          lines: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: { lineId: ID, qty: QTY },
              required: ['lineId', 'qty'],
            },
          },
          method: { type: 'string', enum: VERIFICATION_METHODS },
          recipientName: SHORT_TEXT,
          recipientRelation: { type: 'string', enum: RECIPIENT_RELATIONS },
          /** v1 (optional): units refused at this handover, the ID shown, the manager who overrode, a signature kept. */
          refused: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: { lineId: ID, qty: QTY, reason: { type: 'string', enum: REFUSE_REASONS } },
              required: ['lineId', 'qty', 'reason'],
            },
          },
          idType: { type: 'string', enum: ID_TYPES },
          overrideBy: { type: 'string', maxLength: 64 },
          /** The signature image stays on the service (the handover command); devices only know it exists. */
          signed: { type: 'boolean' },
        },
        required: ['commandId', 'at', 'staffId', 'lines', 'method', 'recipientName', 'recipientRelation'],
      },
    },
    cancellation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        by: { type: 'string', enum: ['oms', 'store'] },
        reason: { type: 'string', enum: CANCEL_REASONS },
        at: ISO_TIME,
        staffId: { type: 'string', maxLength: 64 },
      },
      required: ['by', 'reason', 'at', 'staffId'],
    },
    /** Every command the service applied to this order, with its outcome: the order's history. */
    commandLog: { type: 'array', items: logEntry },
    seq: SEQ,
    updatedAt: ISO_TIME,
  },
  required: [
    'id',
    'number',
    'kind',
    'status',
    'assignedAt',
    'promisedBy',
    'pickupCode',
    'pickupBy',
    'customer',
    'notes',
    'lines',
    'pickStartedAt',
    'pickers',
    'parcels',
    'packedAt',
    'handovers',
    'commandLog',
    'seq',
    'updatedAt',
  ],
  indexes: ['number', 'pickupCode', ['kind', 'status', 'promisedBy']],
} as const;

export type OrderDoc = FromSchema<typeof orderSchema>;
export type OrderLine = FromSchema<typeof orderLine>;
export type OrderLogEntry = FromSchema<typeof logEntry>;
