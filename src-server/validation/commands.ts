import { type CommandSource, type CommandType, definitionOf, isCommandType } from '@shared/commands';
import type { CommandEnvelope } from '@shared/commands/envelope';
import type { RefusedCommand } from '@shared/sync/protocol';
import type { ValidateFunction } from 'ajv';
import { validate as isUuid } from 'uuid';
import { ajv, describeIssues, issuesOf } from './ajv';

const payloadValidators = new Map<string, ValidateFunction>();

function payloadValidator(type: CommandType): ValidateFunction {
  let validate = payloadValidators.get(type);
  if (!validate) {
    validate = ajv.compile(definitionOf(type)?.payload ?? {});
    payloadValidators.set(type, validate);
  }
  return validate;
}

/**
 * Check each command of a push before anything is stored: known type, allowed
 * from this source, payload of the right shape. Returns the refusals (empty when all are fine).
 */
export function refuseMalformed(
  commands: readonly CommandEnvelope[],
  source: CommandSource,
): RefusedCommand[] {
  const refused: RefusedCommand[] = [];
  commands.forEach((command, index) => {
    const refuse = (reason: string, detail: string) =>
      refused.push({ index, commandId: command.id, reason, detail });
    // Device ids are UUIDs, so they never meet the OMS's ('oms:<key>') or another device's by accident.
    if (source === 'device' && !isUuid(command.id)) {
      refuse('invalid_command_id', `command id '${command.id}' is not a UUID`);
      return;
    }
    if (!isCommandType(command.type)) {
      refuse('unknown_command_type', `'${command.type}' is not a command this service knows`);
      return;
    }
    if (definitionOf(command.type)?.source !== source) {
      refuse(
        'command_not_allowed',
        `'${command.type}' can only be sent by the ${source === 'device' ? 'OMS' : 'store'}`,
      );
      return;
    }
    const validate = payloadValidator(command.type);
    if (!validate(command.payload)) {
      refuse('invalid_payload', describeIssues(issuesOf(validate.errors)));
      return;
    }
    const expectedOrder = definitionOf(command.type)?.orderId(command.payload) ?? '';
    if (command.orderId !== expectedOrder) {
      refuse(
        'invalid_payload',
        `orderId '${command.orderId}' does not match the payload ('${expectedOrder}')`,
      );
    }
  });
  return refused;
}
