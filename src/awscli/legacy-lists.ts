/**
 * The options the AWS CLI reads as lists of bare member values (`--instances i-1 i-2` for a
 * list of one-member structures), keyed by the AWS CLI's service event name and operation.
 * Reading (argv), writing (render-command) and help (docs) all ask here.
 */
const LEGACY_LIST_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['firehose put-record-batch', ['records']],
  ['workspaces reboot-workspaces', ['reboot-workspace-requests']],
  ['workspaces rebuild-workspaces', ['rebuild-workspace-requests']],
  ['workspaces terminate-workspaces', ['terminate-workspace-requests']],
  ['elastic-load-balancing remove-tags', ['tags']],
  ['elastic-load-balancing describe-instance-health', ['instances']],
  ['elastic-load-balancing deregister-instances-from-load-balancer', ['instances']],
  ['elastic-load-balancing register-instances-with-load-balancer', ['instances']],
]);

/**
 * True when `option` (without dashes) of `serviceEventName operation` takes bare words.
 * @example isLegacyListOption('elastic-load-balancing', 'remove-tags', 'tags') // true
 */
export function isLegacyListOption(serviceEventName: string, operation: string, option: string): boolean {
  return LEGACY_LIST_OPTIONS.get(`${serviceEventName} ${operation}`)?.includes(option) ?? false;
}
