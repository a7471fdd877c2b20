import { COLLECTION_SCHEMAS } from '@shared/schemas';
import type { ValidateFunction } from 'ajv';
import { ajv, describeIssues, issuesOf } from './ajv';

const validators = new Map<string, ValidateFunction>();

/**
 * Every document the service writes must match the device schema exactly: a
 * pulled document that fails the device's schema would be skipped silently
 * once the checkpoint moves on. A mismatch here is a bug, and fails the write.
 */
export function assertDocument(collection: keyof typeof COLLECTION_SCHEMAS, doc: unknown): void {
  let validate = validators.get(collection);
  if (!validate) {
    validate = ajv.compile(COLLECTION_SCHEMAS[collection]);
    validators.set(collection, validate);
  }
  if (!validate(doc)) {
    throw new Error(
      `${collection} document does not match its schema: ${describeIssues(issuesOf(validate.errors))}`,
    );
  }
}
