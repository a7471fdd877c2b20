import { STAFF_ID, STAFF_ITEM } from '@shared/commands/upsert-staff';
import type { StaffDoc } from '@shared/schemas/staff';
import { hashPin, PIN_PATTERN } from '@shared/staff/pin';
import type { FastifyInstance } from 'fastify';
import { answer } from '../../http/components';
import type { ServiceContext } from '../../http/context';
import { HttpError } from '../../http/errors';
import { omsGuard } from '../../http/guards';
import { projectionsByIds } from '../../sync/projections';
import { COMMAND_REFUSALS, runOmsCommand } from './commands';
import { IDEMPOTENCY_HEADERS, idempotent } from './idempotency';
import { STORE_ID } from './stores';

const { displayName, role, active, badge } = STAFF_ITEM.properties;
/** The PIN travels once, in clear, over the OMS API; the service keeps only a salted PBKDF2 verifier. */
const PIN = {
  type: 'string',
  pattern: PIN_PATTERN,
  description: '4 to 8 digits; absent keeps the current PIN',
};

const memberBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    displayName,
    role,
    active: { ...active, default: true },
    badge: { ...badge, default: '' },
    pin: PIN,
  },
  required: ['displayName', 'role'],
} as const;

const bulkBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    staff: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        ...memberBody,
        properties: { id: STAFF_ID, ...memberBody.properties },
        required: ['id', 'displayName', 'role'],
      },
    },
  },
  required: ['staff'],
} as const;

type MemberInput = { displayName: string; role: string; active: boolean; badge: string; pin?: string };
type StaffItem = Parameters<typeof runOmsCommand<'upsert_staff'>>[4]['staff'][number];

/** What the OMS reads back: never the PIN, nor its verifier. */
export type StaffView = Omit<StaffDoc, 'pin' | 'acks'> & { hasPin: boolean };
const view = ({ pin, acks: _acks, ...rest }: StaffDoc): StaffView => ({ ...rest, hasPin: pin.hash !== '' });

export function omsStaffRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const guard = omsGuard(ctx);

  /** Hash the PINs (new staff must have one), then upsert through the reducer like any OMS call. */
  async function upsert(
    request: Parameters<typeof runOmsCommand>[1],
    storeId: string,
    members: (MemberInput & { id: string })[],
  ) {
    const ids = new Set<string>();
    for (const m of members) {
      if (ids.has(m.id)) throw new HttpError(400, 'invalid_request', `Staff ${m.id} appears twice.`);
      ids.add(m.id);
    }
    const known = await projectionsByIds<StaffDoc>(ctx.db.pool, storeId, 'staff', [...ids]);
    const missing = members
      .filter((m) => m.pin === undefined && !Object.hasOwn(known, m.id))
      .map((m) => m.id);
    if (missing.length > 0)
      throw new HttpError(
        400,
        'pin_required',
        `New staff need a PIN (4 to 8 digits): ${missing.join(', ')}.`,
      );
    const staff: StaffItem[] = [];
    for (const { pin, ...m } of members) {
      staff.push({
        ...m,
        role: m.role as StaffItem['role'],
        ...(pin !== undefined ? { pin: await hashPin(pin, ctx.pinIterations) } : {}),
      });
    }
    const { receipt, state } = await runOmsCommand(ctx, request, storeId, 'upsert_staff', { staff });
    if (receipt.outcome === 'rejected')
      throw new HttpError(409, receipt.reason, `Staff not saved: ${receipt.reason}.`);
    request.log.info({ storeId, staff: [...ids] }, 'staff upserted');
    return { receipt, state };
  }

  app.put<{ Params: { storeId: string; staffId: string }; Body: MemberInput }>(
    '/stores/:storeId/staff/:staffId',
    {
      preHandler: guard,
      config: { contract: { success: [200, 201], refusals: COMMAND_REFUSALS } },
      schema: {
        tags: ['oms'],
        summary:
          'Create or update a member of staff (role, badge, PIN); the PIN is stored only as a salted hash',
        params: {
          type: 'object',
          properties: { storeId: STORE_ID, staffId: STAFF_ID },
          required: ['storeId', 'staffId'],
        },
        body: memberBody,
        headers: IDEMPOTENCY_HEADERS,
        response: { 200: answer('StaffView', 'Updated'), 201: answer('StaffView', 'Created') },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, async () => {
        const { storeId, staffId } = request.params;
        const existed = Object.hasOwn(
          await projectionsByIds(ctx.db.pool, storeId, 'staff', [staffId]),
          staffId,
        );
        const { receipt, state } = await upsert(request, storeId, [{ ...request.body, id: staffId }]);
        const doc =
          state?.staff[staffId] ??
          (await projectionsByIds<StaffDoc>(ctx.db.pool, storeId, 'staff', [staffId]))[staffId];
        if (!doc) throw new HttpError(409, 'not_saved', `Staff ${staffId} was not saved.`);
        return { status: existed || receipt.duplicate ? 200 : 201, body: view(doc) };
      }),
  );

  app.put<{ Params: { storeId: string }; Body: { staff: (MemberInput & { id: string })[] } }>(
    '/stores/:storeId/staff',
    {
      preHandler: guard,
      config: { contract: { refusals: COMMAND_REFUSALS } },
      schema: {
        tags: ['oms'],
        summary: 'Create or update up to 500 members of staff at once (all or nothing)',
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        body: bulkBody,
        headers: IDEMPOTENCY_HEADERS,
        response: { 200: answer('Received', 'Saved (all of them)') },
      },
    },
    async (request, reply) =>
      // The key is bound to the body, as on every OMS write: reused with other staff, it is a 422.
      idempotent(ctx, request, reply, async () => {
        const { receipt } = await upsert(request, request.params.storeId, request.body.staff);
        return {
          status: 200,
          body: { received: request.body.staff.length, seq: receipt.seq, duplicate: receipt.duplicate },
        };
      }),
  );

  app.get<{ Params: { storeId: string } }>(
    '/stores/:storeId/staff',
    {
      preHandler: guard,
      schema: {
        tags: ['oms'],
        summary: "The store's staff (without PINs)",
        params: { type: 'object', properties: { storeId: STORE_ID }, required: ['storeId'] },
        response: { 200: answer('StaffList', 'Every member, by id') },
      },
    },
    async (request) => {
      const { rows } = await ctx.db.pool.query<{ doc: StaffDoc }>(
        "SELECT doc FROM projections WHERE store_id = $1 AND collection = 'staff' ORDER BY id",
        [request.params.storeId],
      );
      return { staff: rows.map((r) => view(r.doc)) };
    },
  );
}
