import {
  COMMAND,
  COMMAND_VARIANTS,
  DOCUMENTS,
  ENROLL_RESPONSE,
  ME,
  MOVEMENTS,
  PULL_PAGE,
  PULLED_DOCUMENTS,
  PUSH_RECEIPT,
  PUSH_REQUEST,
  PUSH_RESPONSE,
  STORE_PULL_PAGE,
} from '@shared/api/device';
import {
  CAPACITY_VIEW,
  DAY,
  DEVICES,
  ENROLLMENT_CODE,
  EVENTS_PAGE,
  FEED_EVENT,
  FEED_EVENTS,
  ORDER_ANSWER,
  RECEIVED,
  REVOKED,
  STAFF_LIST,
  STAFF_VIEW,
} from '@shared/api/oms';
import type { FastifyInstance } from 'fastify';

/**
 * Named schemas of the OpenAPI document (components.schemas), all from shared/: routes
 * refer to them with ref('Name'), and Fastify serializes answers with them.
 */
export const COMPONENTS: Record<string, object> = {
  ...DOCUMENTS,
  ...PULLED_DOCUMENTS,
  PullPage: PULL_PAGE,
  StorePullPage: STORE_PULL_PAGE,
  ...COMMAND_VARIANTS,
  Command: COMMAND,
  PushRequest: PUSH_REQUEST,
  PushReceipt: PUSH_RECEIPT,
  PushResponse: PUSH_RESPONSE,
  Enrolled: ENROLL_RESPONSE,
  Me: ME,
  Movements: MOVEMENTS,
  OrderAnswer: ORDER_ANSWER,
  Received: RECEIVED,
  StaffView: STAFF_VIEW,
  StaffList: STAFF_LIST,
  Capacity: CAPACITY_VIEW,
  Day: DAY,
  ...FEED_EVENTS,
  FeedEvent: FEED_EVENT,
  EventsPage: EVENTS_PAGE,
  Devices: DEVICES,
  EnrollmentCode: ENROLLMENT_CODE,
  Revoked: REVOKED,
};

export type ComponentName = keyof typeof COMPONENTS & string;

/** A reference to a named schema, in a route's schema. */
export function ref(name: string): { $ref: string } {
  if (!Object.hasOwn(COMPONENTS, name)) throw new Error(`no schema component ${name}`);
  return { $ref: `${name}#` };
}

/** A JSON answer of one status, described by a named schema. */
export function answer(name: string, description: string) {
  return { description, ...ref(name) };
}

export function addComponents(app: FastifyInstance): void {
  for (const [name, schema] of Object.entries(COMPONENTS)) app.addSchema({ ...schema, $id: name });
}
