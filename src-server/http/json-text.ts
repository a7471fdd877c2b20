import type { FastifyReply } from 'fastify';

/**
 * A JSON body built as text (the pull pages: each document's JSON comes from the database),
 * typed by what it holds. Fastify sends a string with a JSON content type as it is, without
 * its serializer; the documents in it were checked against their schema when written.
 */
export type JsonText<T> = string & { readonly __json?: T };

const sentAsText = new WeakSet<FastifyReply>();

/** Send a body already serialized (answer-check.ts still checks it against the route's schema in tests). */
export function sendJsonText<T>(reply: FastifyReply, body: JsonText<T>): FastifyReply {
  sentAsText.add(reply);
  return reply.type('application/json; charset=utf-8').send(body);
}

/** Whether this reply's body was sent with `sendJsonText` (for the tests' answer check). */
export function isSentAsText(reply: FastifyReply): boolean {
  return sentAsText.has(reply);
}
