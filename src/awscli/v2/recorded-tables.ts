/**
 * Tables AWS CLI v2 keeps outside the service models, recorded from awscli 2.9.19
 * by `/usr/bin/python3 scripts/record-v2-tables.py`. Do not edit by hand.
 *
 * Keys are `<service>.<operation>.<option>` in the AWS CLI's event naming (`*` matches any
 * operation); options are named without their leading dashes.
 */

/** Options the AWS CLI renames after building an operation's argument table. */
export const ARGUMENT_RENAMES: ReadonlyArray<readonly [string, string]> = [
  ["ec2.create-image.no-no-reboot", "reboot"],
  ["ec2.*.no-egress", "ingress"],
  ["ec2.*.no-disable-api-termination", "enable-api-termination"],
  ["opsworks.*.region", "stack-region"],
  ["elastictranscoder.*.output", "job-output"],
  ["swf.register-activity-type.version", "activity-version"],
  ["swf.register-workflow-type.version", "workflow-version"],
  ["datapipeline.*.query", "objects-query"],
  ["datapipeline.get-pipeline-definition.version", "pipeline-version"],
  ["emr.*.job-flow-ids", "cluster-ids"],
  ["emr.*.job-flow-id", "cluster-id"],
  ["cloudsearchdomain.search.query", "search-query"],
  ["cloudsearchdomain.suggest.query", "suggest-query"],
  ["sns.subscribe.endpoint", "notification-endpoint"],
  ["deploy.*.s-3-location", "s3-location"],
  ["deploy.*.ec-2-tag-filters", "ec2-tag-filters"],
  ["codepipeline.get-pipeline.version", "pipeline-version"],
  ["codepipeline.create-custom-action-type.version", "action-version"],
  ["codepipeline.delete-custom-action-type.version", "action-version"],
  ["kinesisanalytics.add-application-output.output", "application-output"],
  ["kinesisanalyticsv2.add-application-output.output", "application-output"],
  ["route53.delete-traffic-policy.version", "traffic-policy-version"],
  ["route53.get-traffic-policy.version", "traffic-policy-version"],
  ["route53.update-traffic-policy-comment.version", "traffic-policy-version"],
  ["gamelift.create-build.version", "build-version"],
  ["gamelift.update-build.version", "build-version"],
  ["gamelift.create-script.version", "script-version"],
  ["gamelift.update-script.version", "script-version"],
  ["route53domains.view-billing.start", "start-time"],
  ["route53domains.view-billing.end", "end-time"],
  ["apigateway.create-rest-api.version", "api-version"],
  ["apigatewayv2.create-api.version", "api-version"],
  ["apigatewayv2.update-api.version", "api-version"],
  ["pinpoint.get-campaign-version.version", "campaign-version"],
  ["pinpoint.get-segment-version.version", "segment-version"],
  ["pinpoint.delete-email-template.version", "template-version"],
  ["pinpoint.delete-in-app-template.version", "template-version"],
  ["pinpoint.delete-push-template.version", "template-version"],
  ["pinpoint.delete-sms-template.version", "template-version"],
  ["pinpoint.delete-voice-template.version", "template-version"],
  ["pinpoint.get-email-template.version", "template-version"],
  ["pinpoint.get-in-app-template.version", "template-version"],
  ["pinpoint.get-push-template.version", "template-version"],
  ["pinpoint.get-sms-template.version", "template-version"],
  ["pinpoint.get-voice-template.version", "template-version"],
  ["pinpoint.update-email-template.version", "template-version"],
  ["pinpoint.update-in-app-template.version", "template-version"],
  ["pinpoint.update-push-template.version", "template-version"],
  ["pinpoint.update-sms-template.version", "template-version"],
  ["pinpoint.update-voice-template.version", "template-version"],
  ["stepfunctions.send-task-success.output", "task-output"],
  ["clouddirectory.publish-schema.version", "schema-version"],
  ["mturk.list-qualification-types.query", "types-query"],
  ["workdocs.create-notification-subscription.endpoint", "notification-endpoint"],
  ["workdocs.describe-users.query", "user-query"],
  ["lex-models.delete-bot.version", "bot-version"],
  ["lex-models.delete-intent.version", "intent-version"],
  ["lex-models.delete-slot-type.version", "slot-type-version"],
  ["lex-models.get-intent.version", "intent-version"],
  ["lex-models.get-slot-type.version", "slot-type-version"],
  ["lex-models.delete-bot-version.version", "bot-version"],
  ["lex-models.delete-intent-version.version", "intent-version"],
  ["lex-models.delete-slot-type-version.version", "slot-type-version"],
  ["lex-models.get-export.version", "resource-version"],
  ["license-manager.get-grant.version", "grant-version"],
  ["license-manager.delete-grant.version", "grant-version"],
  ["license-manager.get-license.version", "license-version"],
  ["mobile.create-project.region", "project-region"],
  ["rekognition.create-stream-processor.output", "stream-processor-output"],
  ["eks.create-cluster.version", "kubernetes-version"],
  ["eks.update-cluster-version.version", "kubernetes-version"],
  ["eks.create-nodegroup.version", "kubernetes-version"],
  ["eks.update-nodegroup-version.version", "kubernetes-version"],
  ["schemas.*.version", "schema-version"],
  ["sagemaker.delete-image-version.version", "version-number"],
  ["sagemaker.describe-image-version.version", "version-number"],
  ["sagemaker.list-aliases.version", "version-number"],
  ["sagemaker.update-image-version.version", "version-number"],
  ["iotwireless.*.lo-ra-wan", "lorawan"],
  ["codepipeline.get-action-type.version", "action-version"],
  ["ecs.*.no-enable-execute-command", "disable-execute-command"],
  ["ecs.execute-command.no-interactive", "non-interactive"],
];

/** Undocumented second names for options (the old spelling stays accepted). */
export const HIDDEN_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ["mgn.*.replication-servers-security-groups-ids", "replication-servers-security-groups-i-ds"],
  ["mgn.*.source-server-ids", "source-server-i-ds"],
  ["mgn.*.replication-configuration-template-ids", "replication-configuration-template-i-ds"],
  ["elasticache.create-replication-group.preferred-cache-cluster-azs", "preferred-cache-cluster-a-zs"],
];

/** Options whose `file://` values are passed on literally (0 in v2). */
export const PARAMFILE_DISABLED: ReadonlySet<string> = new Set([]);

/** Operations the AWS CLI takes out of a service's command table (streaming ones it cannot run). */
export const REMOVED_COMMANDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ec2", ["import-instance", "import-volume"]],
  ["emr", ["run-job-flow", "describe-job-flows", "add-job-flow-steps", "terminate-job-flows", "list-bootstrap-actions", "list-instance-groups", "set-termination-protection", "set-visible-to-all-users"]],
  ["kinesis", ["subscribe-to-shard"]],
  ["lexv2-runtime", ["start-conversation"]],
  ["ses", ["delete-verified-email-address", "list-verified-email-addresses", "verify-email-address"]],
];

/** Hidden second names of operations (`[service, alias, operation]`), accepted but not documented. */
export const COMMAND_ALIASES: ReadonlyArray<readonly [string, string, string]> = [

];

/**
 * The main command list beyond the services: services taken out of it (renamed, or added again
 * later), the commands appended after the services, in the AWS CLI's order (before `help`),
 * and which of those run a service under another name (`[command, botocore service]`).
 */
export const TOP_LEVEL_COMMANDS: {
  readonly removed: readonly string[];
  readonly appended: readonly string[];
  readonly serviceAliases: ReadonlyArray<readonly [string, string]>;
} = {
  removed: ["codedeploy", "config", "s3"],
  appended: ["s3api", "s3", "ddb", "configure", "deploy", "configservice", "opsworks-cm", "history", "cli-dev"],
  serviceAliases: [["s3api", "s3"], ["deploy", "codedeploy"], ["configservice", "config"], ["opsworks-cm", "opsworkscm"]],
};
