/**
 * Operations the AWS CLI takes out of a service's command table (mostly streaming operations it
 * cannot run): they are neither accepted nor listed, though the model has them.
 */
import { REMOVED_COMMANDS } from './awscli-tables.js';

const removed = new Map(REMOVED_COMMANDS.map(([service, commands]) => [service, new Set(commands)]));

/**
 * Whether the AWS CLI removes `operation` (a CLI name) from `service`'s commands.
 * @example isRemovedCommand('sagemaker-runtime', 'invoke-endpoint-with-response-stream') // true
 */
export function isRemovedCommand(service: string, operation: string): boolean {
  return removed.get(service)?.has(operation) === true;
}

/**
 * `operations` (CLI names) without those the AWS CLI removes from `service`.
 * @example availableCommands('ses', ['send-email', 'verify-email-address']) // ['send-email']
 */
export function availableCommands(service: string, operations: readonly string[]): string[] {
  const gone = removed.get(service);
  return gone === undefined ? [...operations] : operations.filter((name) => !gone.has(name));
}
