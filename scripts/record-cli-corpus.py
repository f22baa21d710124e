#!/usr/bin/env python3
"""Record corpus/cli/<group>.jsonl: what the AWS CLI does with whole command lines.

Each case is an argv vector (without the leading `aws`), optionally with files to create in
the working directory first. The installed AWS CLI v1 runs it in-process through its own
driver (`awscli.clidriver.create_clidriver().main(argv)`); a handler on botocore's
`provide-client-params` event records the parameters the CLI hands to the client, and a
handler on `before-call` (which botocore reaches only after its own parameter validation has
passed) stops the call before anything is sent. AWS_ENDPOINT_URL points at a closed local
port as a second guard.

A row records one of:
  params     the request parameters, when the CLI got as far as sending (validation passed)
  stdout     what the CLI printed when it finished without sending (--generate-cli-skeleton)
  error      {kind, message, exitCode} when it failed; kind is one of
               usage            argparse refused the command line (exit 2); message is the
                                text after "aws: error: "
               unknown-options  "Unknown options: ..." (printed after the usage text)
               param            "Error parsing parameter '--x': ..."
               validation       "Parameter validation failed:\\n..."
               other            any other exception text the CLI prints (Python's own)
  exitCode   the CLI's exit status (null when stopped before sending)

awscli 1.45.11 forgets an f-prefix in its shorthand syntax-error message and prints a literal
`{self._error_location()}`; this recorder patches the message to what it means to print
(the input and a caret line), the form our implementation produces.

Value encoding in `params`: bytes as {"$bytes": base64}, an open file (streaming blob) as
{"$file": name}, non-finite floats as {"$float": "nan"|"inf"|"-inf"}, integers beyond
+-(2^53-1) as {"$int": digits}. The `--generate-cli-skeleton` output picks enum values at
random; the recorder seeds Python's random module so reruns are byte-identical.

Usage:
  python3 scripts/record-cli-corpus.py            # rewrite corpus/cli/*.jsonl
  python3 scripts/record-cli-corpus.py --check    # exit 1 if a file would change
  python3 scripts/record-cli-corpus.py --tables   # rewrite src/awscli/v1/recorded-tables.ts
  python3 scripts/record-cli-corpus.py --fixtures # rewrite test/cli/fixtures/models (trimmed)
  python3 scripts/record-cli-corpus.py --argv '["sagemaker", "list-auto-ml-jobs"]'  # one row
  python3 scripts/record-cli-corpus.py --argv-jsonl < argv.jsonl  # oracle: a row per {"argv"} line
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import math
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import corpus_json  # our own, beside this script

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / 'corpus' / 'cli'
TABLES_FILE = ROOT / 'src' / 'awscli' / 'v1' / 'recorded-tables.ts'

ENVIRONMENT = {
    'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
    'AWS_SECRET_ACCESS_KEY': 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_ENDPOINT_URL': 'http://127.0.0.1:1',
    'AWS_CONFIG_FILE': os.devnull,
    'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
    'AWS_PAGER': '',
}
for _key in ('AWS_PROFILE', 'AWS_DATA_PATH', 'AWS_DEFAULT_OUTPUT', 'AWS_SESSION_TOKEN'):
    os.environ.pop(_key, None)
os.environ.update(ENVIRONMENT)
# argparse names the service and operation parsers after sys.argv[0].
sys.argv[0] = 'aws'

from awscli.clidriver import create_clidriver  # noqa: E402  (after the environment is set)
from awscli_tables import recorded_command_aliases, render_top_level_commands, write_or_check  # noqa: E402  (our own, beside this script)
from awscli import shorthand as _shorthand  # noqa: E402

# Every run gets a fresh driver and session; they share the first session's data loader
# (with the search paths awscli gave it), which only caches the model files it has read:
# re-reading the SageMaker model per run made a batch of 150 command lines take half a minute.
_shared_loader: Any = None


def _intended_syntax_message(self: Any) -> str:
    return (
        f"Expected: '{self.expected}', received: '{self.actual}' for input:\n"
        + self._error_location()
    )


_shorthand.ShorthandParseSyntaxError._construct_msg = _intended_syntax_message


class _Stop(BaseException):
    """Raised in `before-call`: validation passed and the request would be sent now. A
    BaseException, so the CLI's own `except Exception` handler lets it through."""


# ------------------------------------------------------------------------------------------
# Running one command line
# ------------------------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """Parameters as JSON, with the escapes described in the module docstring (corpus_json)."""
    return corpus_json.to_json(value, _file_or_repr)


def _file_or_repr(value: Any) -> Any:
    if hasattr(value, 'read') and hasattr(value, 'name'):
        return {'$file': os.path.basename(value.name)}
    return {'$repr': repr(value)}


def split_warnings(stderr: str) -> tuple[list[str], str]:
    """The `warning: …` lines the CLI printed before anything else, and the rest of stderr."""
    warnings = []
    while stderr.startswith('warning: '):
        line, _, stderr = stderr.partition('\n')
        warnings.append(line)
    return warnings, stderr


def classify_error(rc: int, stderr: str) -> dict[str, Any]:
    """Split the CLI's stderr into a kind and the message our CLI must print."""
    if rc == 2 and 'aws: error: ' in stderr:
        message = stderr.split('aws: error: ', 1)[1]
        return {'kind': 'usage', 'message': message[:-1] if message.endswith('\n') else message, 'exitCode': rc}
    usage_end = 'aws <command> <subcommand> help\n\n'
    if stderr.startswith('usage: ') and usage_end in stderr:
        message = stderr.split(usage_end, 1)[1]
        return {'kind': 'unknown-options', 'message': message.rstrip('\n'), 'exitCode': rc}
    message = stderr
    if message.startswith('\n'):
        message = message[1:]
    if message.endswith('\n'):
        message = message[:-1]
    if message.startswith('Error parsing parameter '):
        kind = 'param'
    elif message.startswith('Parameter validation failed:'):
        kind = 'validation'
    elif not stderr.startswith('\n'):
        # Configuration errors (no region, no credentials) come without the leading blank line.
        kind = 'config'
    else:
        kind = 'other'
    return {'kind': kind, 'message': message, 'exitCode': rc}


def run_aws(argv: list[str], files: dict[str, Any] | None = None, env: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Run `aws <argv>` in-process in a fresh directory holding `files`, with `env` changing the
    environment (None removes a variable); the outcome as a row."""
    saved = {name: os.environ.get(name) for name in (env or {})}
    try:
        _set_environment(env or {})
        return _run_aws(argv, files)
    finally:
        _set_environment(saved)


def _set_environment(changes: dict[str, str | None]) -> None:
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _run_aws(argv: list[str], files: dict[str, Any] | None) -> dict[str, Any]:
    global _shared_loader
    random.seed(0)
    captured: dict[str, Any] = {}
    stop_before_send = '--generate-cli-skeleton' not in argv

    def provide_params(params: Any, **_: Any) -> None:
        captured['params'] = encode(dict(params))

    def before_call(**_: Any) -> None:
        if stop_before_send:
            raise _Stop()

    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix='aws-cli-corpus-') as cwd:
        for name, content in (files or {}).items():
            path = Path(cwd, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, dict):
                path.write_bytes(base64.b64decode(content['$bytes']))
            else:
                path.write_bytes(content.encode('utf-8'))
        os.chdir(cwd)
        out, err = io.StringIO(), io.StringIO()
        try:
            driver = create_clidriver()
            if _shared_loader is None:
                _shared_loader = driver.session.get_component('data_loader')
            else:
                driver.session.register_component('data_loader', _shared_loader)
            driver.session.register('provide-client-params', provide_params)
            driver.session.register('before-call', before_call)
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    rc: int | None = driver.main(list(argv))
                except SystemExit as exc:
                    rc = exc.code if isinstance(exc.code, int) else 1
                except _Stop:
                    rc = None
        finally:
            os.chdir(previous)
    row: dict[str, Any] = {}
    warnings, stderr = split_warnings(err.getvalue())
    if warnings:
        row['warnings'] = warnings
    if rc is None:
        row['params'] = captured['params']
    elif rc == 0:
        row['stdout'] = out.getvalue()
    else:
        row['error'] = classify_error(rc, stderr)
    row['exitCode'] = rc
    return row


# ------------------------------------------------------------------------------------------
# The cases
# ------------------------------------------------------------------------------------------
ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole'
S3_SRC = 'S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}'
CHANNEL = 'DataSource={' + S3_SRC + '},TargetAttributeName=label'
CHANNEL_JSON = json.dumps(
    [{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://bucket/train'}}, 'TargetAttributeName': 'label'}]
)
OUTPUT = 'S3OutputPath=s3://bucket/out'
AUTOML = ['sagemaker', 'create-auto-ml-job']
REQUIRED = [
    '--auto-ml-job-name', 'job-1',
    '--input-data-config', CHANNEL,
    '--output-data-config', OUTPUT,
    '--role-arn', ROLE,
]
AUTOML_CONFIG = (
    'CompletionCriteria={MaxCandidates=10,MaxRuntimePerTrainingJobInSeconds=3600,'
    'MaxAutoMLJobRuntimeInSeconds=86400},'
    'SecurityConfig={VolumeKmsKeyId=key-1,EnableInterContainerTrafficEncryption=true,'
    'VpcConfig={SecurityGroupIds=[sg-1,sg-2],Subnets=[subnet-1]}},'
    'CandidateGenerationConfig={FeatureSpecificationS3Uri=s3://bucket/features.json,'
    'AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]},'
    'DataSplitConfig={ValidationFraction=0.2},Mode=ENSEMBLING'
)
AUTOML_CONFIG_JSON = json.dumps({
    'CompletionCriteria': {'MaxCandidates': 10, 'MaxRuntimePerTrainingJobInSeconds': 3600, 'MaxAutoMLJobRuntimeInSeconds': 86400},
    'SecurityConfig': {
        'VolumeKmsKeyId': 'key-1',
        'EnableInterContainerTrafficEncryption': True,
        'VpcConfig': {'SecurityGroupIds': ['sg-1', 'sg-2'], 'Subnets': ['subnet-1']},
    },
    'CandidateGenerationConfig': {
        'FeatureSpecificationS3Uri': 's3://bucket/features.json',
        'AlgorithmsConfig': [{'AutoMLAlgorithms': ['xgboost', 'lightgbm']}],
    },
    'DataSplitConfig': {'ValidationFraction': 0.2},
    'Mode': 'ENSEMBLING',
})
EVERY_OPTION = REQUIRED + [
    '--problem-type', 'Regression',
    '--auto-ml-job-objective', 'MetricName=MSE',
    '--auto-ml-job-config', AUTOML_CONFIG,
    '--generate-candidate-definitions-only',
    '--tags', 'Key=team,Value=ml', 'Key=stage,Value=dev',
    '--model-deploy-config', 'AutoGenerateEndpointName=false,EndpointName=ep-1',
]
EVERY_OPTION_JSON = [
    '--auto-ml-job-name', 'job-1',
    '--input-data-config', CHANNEL_JSON,
    '--output-data-config', json.dumps({'KmsKeyId': 'key-2', 'S3OutputPath': 's3://bucket/out'}),
    '--role-arn', ROLE,
    '--problem-type', 'BinaryClassification',
    '--auto-ml-job-objective', '{"MetricName": "F1"}',
    '--auto-ml-job-config', AUTOML_CONFIG_JSON,
    '--no-generate-candidate-definitions-only',
    '--tags', '[{"Key": "team", "Value": "ml"}, {"Key": "stage", "Value": "dev"}]',
    '--model-deploy-config', '{"AutoGenerateEndpointName": true}',
]
CLI_INPUT = {
    'AutoMLJobName': 'from-json',
    'InputDataConfig': json.loads(CHANNEL_JSON),
    'OutputDataConfig': {'S3OutputPath': 's3://bucket/json-out'},
    'RoleArn': ROLE,
    'Tags': [{'Key': 'source', 'Value': 'json'}],
}


class Group:
    """The cases of one corpus file, in recording order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cases: list[dict[str, Any]] = []

    def add(self, name: str, argv: list[str], files: dict[str, Any] | None = None, env: dict[str, str | None] | None = None) -> None:
        if any(case['name'] == name for case in self.cases):
            raise SystemExit(f'duplicate case name in {self.name}: {name}')
        case: dict[str, Any] = {'name': name, 'argv': argv}
        if files:
            case['files'] = files
        if env:
            case['env'] = env
        self.cases.append(case)


def automl_group() -> Group:
    g = Group('create-auto-ml-job')
    a = AUTOML
    # Options, values and forms.
    g.add('required-only/shorthand', a + REQUIRED)
    g.add('every-option/shorthand', a + EVERY_OPTION)
    g.add('every-option/json', a + EVERY_OPTION_JSON)
    g.add('input-data-config/two-channels', a + REQUIRED + ['--input-data-config', CHANNEL, CHANNEL.replace('label', 'y') + ',ChannelType=validation'])
    g.add('input-data-config/json-list', a + REQUIRED + ['--input-data-config', CHANNEL_JSON])
    g.add('input-data-config/json-objects-as-words', a + REQUIRED + ['--input-data-config', json.dumps(json.loads(CHANNEL_JSON)[0]), json.dumps(json.loads(CHANNEL_JSON)[0])])
    g.add('input-data-config/json-list-then-shorthand', a + REQUIRED + ['--input-data-config', CHANNEL_JSON, CHANNEL])
    g.add('input-data-config/compression-and-content-type', a + REQUIRED + ['--input-data-config', CHANNEL + ',CompressionType=Gzip,ContentType=text/csv;header=present,SampleWeightAttributeName=w'])
    g.add('input-data-config/leading-space-json', a + REQUIRED + ['--input-data-config', '  ' + CHANNEL_JSON])
    g.add('output-data-config/json', a + REQUIRED + ['--output-data-config', '{"S3OutputPath": "s3://bucket/o", "KmsKeyId": "k"}'])
    g.add('output-data-config/json-leading-space', a + REQUIRED + ['--output-data-config', ' \t{"S3OutputPath": "s3://bucket/o"}'])
    g.add('output-data-config/quoted-value', a + REQUIRED + ['--output-data-config', 'S3OutputPath="s3://bucket/a,b"'])
    g.add('problem-type/enum-not-validated', a + REQUIRED + ['--problem-type', 'NotAProblemType'])
    g.add('auto-ml-job-objective/shorthand', a + REQUIRED + ['--auto-ml-job-objective', 'MetricName=Accuracy'])
    g.add('auto-ml-job-config/json', a + REQUIRED + ['--auto-ml-job-config', AUTOML_CONFIG_JSON])
    g.add('auto-ml-job-config/numbers-python-style', a + REQUIRED + ['--auto-ml-job-config', 'CompletionCriteria={MaxCandidates=+7,MaxRuntimePerTrainingJobInSeconds= 60,MaxAutoMLJobRuntimeInSeconds=1_000},DataSplitConfig={ValidationFraction=1e-1}'])
    g.add('auto-ml-job-config/boolean-any-case', a + REQUIRED + ['--auto-ml-job-config', 'SecurityConfig={EnableInterContainerTrafficEncryption=TRUE}'])
    g.add('auto-ml-job-config/fraction-nan', a + REQUIRED + ['--auto-ml-job-config', 'DataSplitConfig={ValidationFraction=nan}'])
    g.add('auto-ml-job-config/list-promotion', a + REQUIRED + ['--auto-ml-job-config', 'SecurityConfig={VpcConfig={SecurityGroupIds=sg-1,Subnets=subnet-1}}'])
    g.add('tags/several', a + REQUIRED + ['--tags', 'Key=a,Value=1', 'Key=b,Value=2', 'Key=c,Value=3'])
    g.add('tags/json', a + REQUIRED + ['--tags', '[{"Key": "a", "Value": "1"}]'])
    g.add('tags/empty', a + REQUIRED + ['--tags'])
    g.add('tags/missing-value', a + REQUIRED + ['--tags', 'Key=a,Value=b', 'Key=c'])
    g.add('tags/two-in-one-word', a + REQUIRED + ['--tags', 'Key=a,Value=b,Key=c,Value=d'])
    g.add('tags/unknown-key', a + REQUIRED + ['--tags', 'Key=a,Value=b,Colour=red'])
    g.add('model-deploy-config/shorthand', a + REQUIRED + ['--model-deploy-config', 'AutoGenerateEndpointName=true'])
    g.add('model-deploy-config/boolean-not-a-word', a + REQUIRED + ['--model-deploy-config', 'AutoGenerateEndpointName=maybe'])
    # Boolean pairs.
    g.add('boolean/positive', a + REQUIRED + ['--generate-candidate-definitions-only'])
    g.add('boolean/negative', a + REQUIRED + ['--no-generate-candidate-definitions-only'])
    g.add('boolean/both-last-wins', a + REQUIRED + ['--generate-candidate-definitions-only', '--no-generate-candidate-definitions-only'])
    g.add('boolean/both-reversed', a + REQUIRED + ['--no-generate-candidate-definitions-only', '--generate-candidate-definitions-only'])
    g.add('boolean/value-is-unknown-option', a + REQUIRED + ['--generate-candidate-definitions-only', 'true'])
    g.add('boolean/explicit-value', a + REQUIRED + ['--generate-candidate-definitions-only=true'])
    # argparse: names, abbreviations, values.
    g.add('argparse/missing-all-required', list(a))
    g.add('argparse/missing-some-required', a + ['--auto-ml-job-name', 'x', '--role-arn', ROLE])
    g.add('argparse/equals-form', a + ['--auto-ml-job-name=job-eq', '--input-data-config=' + CHANNEL, '--output-data-config=' + OUTPUT, '--role-arn=' + ROLE])
    g.add('argparse/abbreviation', a + ['--auto-ml-job-n', 'x', '--input-data', CHANNEL, '--output-data', OUTPUT, '--role', ROLE])
    g.add('argparse/ambiguous-abbreviation', a + REQUIRED + ['--auto-ml-job', 'x'])
    g.add('argparse/expected-one-argument', a + ['--auto-ml-job-name'])
    g.add('argparse/value-looks-like-option', a + REQUIRED + ['--auto-ml-job-name', '--role-arn', ROLE])
    g.add('argparse/negative-number-value', a + REQUIRED + ['--auto-ml-job-name', '-5'])
    g.add('argparse/repeated-option-last-wins', a + REQUIRED + ['--auto-ml-job-name', 'second'])
    g.add('argparse/unknown-option', a + REQUIRED + ['--bogus', '1'])
    g.add('argparse/stray-positional', a + REQUIRED + ['stray'])
    g.add('argparse/two-stray-positionals', a + ['stray1'] + REQUIRED + ['stray2'])
    g.add('argparse/global-options-anywhere', ['--region', 'eu-west-1', 'sagemaker', '--output', 'json'] + a[1:] + REQUIRED + ['--no-verify-ssl', '--no-paginate'])
    g.add('argparse/output-invalid-choice', a + REQUIRED + ['--output', 'yaml'])
    g.add('argparse/command-missing', [])
    g.add('argparse/operation-missing', ['sagemaker'])
    g.add('argparse/operation-typo', ['sagemaker', 'create-auto-ml-jb'])
    g.add('argparse/read-timeout-not-int', a + REQUIRED + ['--cli-read-timeout', 'soon'])
    g.add('argparse/bad-query', a + REQUIRED + ['--query', 'a[?'])
    g.add('argparse/endpoint-without-scheme', a + REQUIRED + ['--endpoint-url', 'localhost:1'])
    # Shorthand and JSON errors.
    g.add('error/shorthand-expected-equals', a + REQUIRED + ['--output-data-config', 'S3OutputPath'])
    g.add('error/shorthand-empty-structure', a + REQUIRED + ['--output-data-config', ''])
    g.add('error/shorthand-unclosed-brace', a + REQUIRED + ['--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix'])
    g.add('error/shorthand-duplicate-key', a + REQUIRED + ['--output-data-config', 'S3OutputPath=a,S3OutputPath=b'])
    g.add('error/json-invalid', a + REQUIRED + ['--output-data-config', '{"S3OutputPath": }'])
    g.add('error/json-list-invalid', a + REQUIRED + ['--tags', '[{"Key": "a",}]'])
    g.add('error/json-array-for-structure', a + REQUIRED + ['--output-data-config', '["s3://x"]'])
    g.add('error/integer-not-a-number', a + REQUIRED + ['--auto-ml-job-config', 'CompletionCriteria={MaxCandidates=ten}'])
    g.add('error/float-not-a-number', a + REQUIRED + ['--auto-ml-job-config', 'DataSplitConfig={ValidationFraction=most}'])
    g.add('error/boolean-invalid-type', a + REQUIRED + ['--auto-ml-job-config', 'SecurityConfig={EnableInterContainerTrafficEncryption=yes}'])
    g.add('error/unknown-member', a + REQUIRED + ['--output-data-config', 'S3OutputPath=s3://x,Bucket=b'])
    g.add('error/missing-nested-required', a + REQUIRED + ['--input-data-config', 'TargetAttributeName=y'])
    g.add('error/json-string-for-integer', a + REQUIRED + ['--auto-ml-job-config', '{"CompletionCriteria": {"MaxCandidates": "5"}}'])
    g.add('error/name-too-short-and-bad-role', a + ['--auto-ml-job-name', '', '--input-data-config', CHANNEL, '--output-data-config', OUTPUT, '--role-arn', 'r'])
    g.add('error/several-validation-errors', a + REQUIRED + ['--tags', 'Key=a', 'Value=b', '--auto-ml-job-config', 'CompletionCriteria={MaxCandidates=0}'])
    # --cli-input-json.
    g.add('cli-input-json/inline', a + ['--cli-input-json', json.dumps(CLI_INPUT)])
    g.add('cli-input-json/explicit-options-win', a + ['--cli-input-json', json.dumps(CLI_INPUT), '--auto-ml-job-name', 'from-argv', '--tags', 'Key=argv,Value=1'])
    g.add('cli-input-json/file', a + ['--cli-input-json', 'file://input.json'], {'input.json': json.dumps(CLI_INPUT, indent=2)})
    g.add('cli-input-json/fileb', a + ['--cli-input-json', 'fileb://input.json'], {'input.json': json.dumps(CLI_INPUT)})
    g.add('cli-input-json/missing-required-still-validated', a + ['--cli-input-json', '{"AutoMLJobName": "x"}'])
    g.add('cli-input-json/invalid', a + ['--cli-input-json', '{"AutoMLJobName": "x",}'])
    g.add('cli-input-json/not-an-object', a + ['--cli-input-json', '[1, 2]'])
    g.add('cli-input-json/missing-file', a + ['--cli-input-json', 'file://nope.json'])
    g.add('cli-input-json/unknown-key', a + ['--cli-input-json', json.dumps({**CLI_INPUT, 'Colour': 'red'})])
    g.add('cli-input-json/types-not-coerced', a + ['--cli-input-json', json.dumps({**CLI_INPUT, 'GenerateCandidateDefinitionsOnly': 'true'})])
    g.add('cli-input-json/equals-form-keeps-required', a + ['--cli-input-json=' + json.dumps(CLI_INPUT)])
    # Parameter files.
    g.add('paramfile/structure-json', a + REQUIRED + ['--output-data-config', 'file://out.json'], {'out.json': '{"S3OutputPath": "s3://bucket/from-file"}\n'})
    g.add('paramfile/structure-shorthand', a + REQUIRED + ['--output-data-config', 'file://out.txt'], {'out.txt': 'S3OutputPath=s3://bucket/from-file'})
    g.add('paramfile/list-json', a + REQUIRED + ['--tags', 'file://tags.json'], {'tags.json': '[{"Key": "f", "Value": "1"}]'})
    g.add('paramfile/list-shorthand-in-file', a + REQUIRED + ['--tags', 'file://tags.txt'], {'tags.txt': 'Key=f,Value=1'})
    g.add('paramfile/list-two-files-not-loaded', a + REQUIRED + ['--tags', 'file://a.txt', 'file://b.txt'], {'a.txt': 'Key=a,Value=1', 'b.txt': 'Key=b,Value=2'})
    g.add('paramfile/string', a + REQUIRED + ['--role-arn', 'file://role.txt'], {'role.txt': ROLE})
    g.add('paramfile/string-keeps-newline', a + REQUIRED + ['--auto-ml-job-name', 'file://name.txt'], {'name.txt': 'job-from-file\n'})
    g.add('paramfile/fileb-for-string', a + REQUIRED + ['--auto-ml-job-name', 'fileb://name.bin'], {'name.bin': {'$bytes': base64.b64encode(b'job\x00').decode()}})
    g.add('paramfile/missing', a + REQUIRED + ['--output-data-config', 'file://missing.json'])
    g.add('paramfile/not-utf8', a + REQUIRED + ['--output-data-config', 'file://latin1.txt'], {'latin1.txt': {'$bytes': base64.b64encode('S3OutputPath=s3://caf\xe9'.encode('latin-1')).decode()}})
    g.add('paramfile/in-shorthand-value', a + REQUIRED + ['--output-data-config', 'S3OutputPath@=file://path.txt'], {'path.txt': 's3://bucket/at-file'})
    g.add('paramfile/http-not-fetched-in-test', a + REQUIRED + ['--output-data-config', 'S3OutputPath=http://example.com/x'])
    # --generate-cli-skeleton.
    g.add('skeleton/input-default', a + ['--generate-cli-skeleton'])
    g.add('skeleton/input', a + ['--generate-cli-skeleton', 'input'])
    g.add('skeleton/output', a + REQUIRED + ['--generate-cli-skeleton', 'output'])
    g.add('skeleton/output-needs-required', a + ['--generate-cli-skeleton', 'output'])
    g.add('skeleton/output-validates', a + REQUIRED + ['--tags', 'Key=a', '--generate-cli-skeleton', 'output'])
    g.add('skeleton/invalid-choice', a + ['--generate-cli-skeleton', 'both'])
    g.add('skeleton/with-cli-input-json', a + ['--cli-input-json', json.dumps(CLI_INPUT), '--generate-cli-skeleton'])
    g.add('skeleton/output-query', a + REQUIRED + ['--generate-cli-skeleton', 'output', '--query', 'AutoMLJobArn', '--output', 'text'])
    return g


def sagemaker_group() -> Group:
    g = Group('sagemaker')
    g.add('list-auto-ml-jobs/integer', ['sagemaker', 'list-auto-ml-jobs', '--max-results', '7'])
    g.add('list-auto-ml-jobs/integer-python-forms', ['sagemaker', 'list-auto-ml-jobs', '--max-results', ' +1_0 '])
    g.add('list-auto-ml-jobs/integer-invalid', ['sagemaker', 'list-auto-ml-jobs', '--max-results', 'ten'])
    g.add('list-auto-ml-jobs/timestamp-and-enums', ['sagemaker', 'list-auto-ml-jobs', '--creation-time-after', '2024-01-02T03:04:05Z', '--sort-order', 'Ascending', '--status-equals', 'Completed'])
    g.add('list-auto-ml-jobs/integer-below-min', ['sagemaker', 'list-auto-ml-jobs', '--max-results', '0'])
    g.add('describe-auto-ml-job/simple', ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'job-1'])
    # Python dicts keep written key order; JavaScript puts integer-like keys first.
    g.add('key-order/validation-shorthand', ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', '--cli-input-json', '{"AutoMLJobName": "j", "Vd": 1, "39": 2}'])
    g.add('key-order/unknown-keys-shorthand', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE, '--auto-ml-job-objective', 'Vd=1,39=2,=3'])
    g.add('key-order/unknown-keys-json', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE, '--auto-ml-job-objective', '{"Vd": 1, "39": 2, "": 3}'])
    g.add('key-order/map-keys', ['sagemaker', 'create-training-job', '--training-job-name', 'tj', '--hyper-parameters', 'b=1,2=x,a=3', '--algorithm-specification', 'TrainingImage=img:1,TrainingInputMode=File', '--role-arn', ROLE, '--output-data-config', 'S3OutputPath=s3://b/o', '--resource-config', 'InstanceType=ml.m5.large,InstanceCount=1,VolumeSizeInGB=10', '--stopping-condition', 'MaxRuntimeInSeconds=3600'])
    g.add('describe-auto-ml-job/help-word-is-positional', ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'job-1', 'extra'])
    g.add('add-tags/several', ['sagemaker', 'add-tags', '--resource-arn', 'arn:aws:sagemaker:us-east-1:1:x', '--tags', 'Key=a,Value=1', 'Key=b,Value=2'])
    g.add('delete-tags/scalar-list-words', ['sagemaker', 'delete-tags', '--resource-arn', 'arn:x', '--tag-keys', 'a', 'b', 'c'])
    g.add('delete-tags/scalar-list-json', ['sagemaker', 'delete-tags', '--resource-arn', 'arn:x', '--tag-keys', '["a", "b"]'])
    g.add('delete-tags/scalar-list-comma-not-split', ['sagemaker', 'delete-tags', '--resource-arn', 'arn:x', '--tag-keys', 'a,b'])
    g.add('delete-tags/scalar-list-from-file', ['sagemaker', 'delete-tags', '--resource-arn', 'arn:x', '--tag-keys', 'file://keys.txt'], {'keys.txt': 'ab'})
    g.add('delete-tags/scalar-list-json-file', ['sagemaker', 'delete-tags', '--resource-arn', 'arn:x', '--tag-keys', 'file://keys.json'], {'keys.json': '["k1", "k2"]'})
    g.add('create-notebook-instance/paramfile-disabled', ['sagemaker', 'create-notebook-instance', '--notebook-instance-name', 'nb', '--instance-type', 'ml.t3.medium', '--role-arn', ROLE, '--default-code-repository', 'file://repo.txt', '--additional-code-repositories', 'file://a.txt'], {'repo.txt': 'https://example.com/repo.git', 'a.txt': 'x'})
    g.add('create-training-job/maps-and-booleans', [
        'sagemaker', 'create-training-job', '--training-job-name', 'tj',
        '--hyper-parameters', 'epochs=10,lr=0.1',
        '--algorithm-specification', 'TrainingImage=img:1,TrainingInputMode=File',
        '--role-arn', ROLE,
        '--output-data-config', 'S3OutputPath=s3://b/o',
        '--resource-config', 'InstanceType=ml.m5.large,InstanceCount=1,VolumeSizeInGB=10',
        '--stopping-condition', 'MaxRuntimeInSeconds=3600',
        '--enable-network-isolation', '--no-enable-managed-spot-training',
        '--environment', '{"A": "1", "B": "2"}',
    ])
    g.add('create-training-job/map-duplicate-key', [
        'sagemaker', 'create-training-job', '--training-job-name', 'tj', '--hyper-parameters', 'a=1,a=2',
        '--algorithm-specification', 'TrainingInputMode=File', '--role-arn', ROLE, '--output-data-config', 'S3OutputPath=s3://b/o',
        '--resource-config', 'InstanceCount=1,VolumeSizeInGB=10', '--stopping-condition', 'MaxRuntimeInSeconds=1',
    ])
    g.add('create-endpoint-config/floats', [
        'sagemaker', 'create-endpoint-config', '--endpoint-config-name', 'ec',
        '--production-variants', 'VariantName=v1,ModelName=m,InitialInstanceCount=1,InstanceType=ml.m5.large,InitialVariantWeight=0.5',
        'VariantName=v2,ModelName=m,InitialInstanceCount=2,InitialVariantWeight=1',
    ])
    g.add('delete-image-version/renamed-option', ['sagemaker', 'delete-image-version', '--image-name', 'img', '--version-number', '3'])
    g.add('delete-image-version/alias-option', ['sagemaker', 'delete-image-version', '--image-name', 'img', '--alias', 'latest'])
    g.add('search/recursive-shape-shorthand', ['sagemaker', 'search', '--resource', 'TrainingJob', '--search-expression', 'Filters=[{Name=TrainingJobName,Operator=Equals,Value=x}],NestedFilters=[{NestedPropertyName=p,Filters=[{Name=n}]}],SubExpressions=[{Filters=[{Name=y,Value=z}],Operator=Or}],Operator=And'])
    g.add('search/recursive-shape-json', ['sagemaker', 'search', '--resource', 'TrainingJob', '--search-expression', json.dumps({'SubExpressions': [{'SubExpressions': [{'Filters': [{'Name': 'a'}]}]}]})])
    g.add('create-auto-ml-job-v2/union', ['sagemaker', 'create-auto-ml-job-v2', '--auto-ml-job-name', 'j2', '--auto-ml-job-input-data-config', 'ChannelType=training,DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}}', '--output-data-config', OUTPUT, '--auto-ml-problem-type-config', 'TabularJobConfig={TargetAttributeName=y,ProblemType=Regression}', '--role-arn', ROLE])
    g.add('create-auto-ml-job-v2/union-two-members', ['sagemaker', 'create-auto-ml-job-v2', '--auto-ml-job-name', 'j2', '--auto-ml-job-input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}}', '--output-data-config', OUTPUT, '--auto-ml-problem-type-config', 'TabularJobConfig={TargetAttributeName=y},TextClassificationJobConfig={ContentColumn=c,TargetLabelColumn=l}', '--role-arn', ROLE])
    g.add('create-auto-ml-job-v2/union-empty', ['sagemaker', 'create-auto-ml-job-v2', '--auto-ml-job-name', 'j2', '--auto-ml-job-input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}}', '--output-data-config', OUTPUT, '--auto-ml-problem-type-config', '{}', '--role-arn', ROLE])
    g.add('stop-auto-ml-job/missing', ['sagemaker', 'stop-auto-ml-job'])
    g.add('list-training-jobs/skeleton', ['sagemaker', 'list-training-jobs', '--generate-cli-skeleton'])
    g.add('describe-training-job/output-skeleton', ['sagemaker', 'describe-training-job', '--training-job-name', 'tj', '--generate-cli-skeleton', 'output'])
    g.add('create-pipeline/definition-from-file', ['sagemaker', 'create-pipeline', '--pipeline-name', 'p', '--pipeline-definition', 'file://def.json', '--client-request-token', 'token-token-token-token-token-token', '--role-arn', ROLE], {'def.json': '{"Version": "2020-12-01", "Steps": []}'})
    g.add('create-pipeline/idempotency-token-not-required', ['sagemaker', 'create-pipeline', '--pipeline-name', 'p', '--pipeline-definition', '{}', '--role-arn', ROLE])
    return g


# Operations of other services used by the `services` group. Their models are not bundled;
# trimmed copies (these operations and the shapes they reach, documentation removed) are
# written to test/cli/fixtures/models by --fixtures so the replay can run without botocore.
FIXTURE_OPERATIONS = {
    'elb': ['RemoveTags', 'RegisterInstancesWithLoadBalancer', 'AddTags'],
    'firehose': ['PutRecordBatch'],
    'ec2': ['ModifyInstanceAttribute', 'CreateNetworkAclEntry', 'DescribeInstances', 'RunInstances'],
    'sns': ['Subscribe'],
    'dynamodb': ['PutItem'],
    'lambda': ['TagResource', 'Invoke', 'CreateFunction', 'PublishLayerVersion', 'UpdateFunctionCode'],
    'kinesis': ['PutRecord'],
    'bedrock-runtime': ['Converse'],
    'cloudformation': ['CreateStack'],
    'storagegateway': ['DescribeTapes'],
    's3': ['PutObject', 'PutBucketTagging', 'GetObject'],
    'sagemaker-runtime': ['InvokeEndpoint'],
    'lex-runtime': ['PostContent'],
    'mturk': ['ListHITsForQualificationType'],
    'socialmessaging': ['DeleteWhatsAppMessageMedia'],
    'cloudsearchdomain': ['Suggest'],
    'iam': ['ListUsers'],
}
FIXTURES_DIR = ROOT / 'test' / 'cli' / 'fixtures' / 'models'
# Fixture services whose paginators are written too (IAM: a limit key named MaxItems, which
# the AWS CLI's own --max-items shadows).
FIXTURE_PAGINATED_SERVICES = {'iam'}


def services_group() -> Group:
    g = Group('services')
    g.add('elb/remove-tags-legacy-list', ['elb', 'remove-tags', '--load-balancer-names', 'lb-1', '--tags', 'k1', 'k2'])
    g.add('elb/remove-tags-shorthand-still-legacy', ['elb', 'remove-tags', '--load-balancer-names', 'lb-1', '--tags', 'Key=k1'])
    g.add('elb/remove-tags-json', ['elb', 'remove-tags', '--load-balancer-names', 'lb-1', '--tags', '[{"Key": "k1"}]'])
    g.add('elb/register-instances-legacy-list', ['elb', 'register-instances-with-load-balancer', '--load-balancer-name', 'lb-1', '--instances', 'i-1', 'i-2', 'i-3'])
    g.add('elb/add-tags-normal-list', ['elb', 'add-tags', '--load-balancer-names', 'lb-1', 'lb-2', '--tags', 'Key=a,Value=b', 'Key=c'])
    g.add('firehose/put-record-batch-legacy-list', ['firehose', 'put-record-batch', '--delivery-stream-name', 's', '--records', 'Data1', 'Data2'])
    g.add('ec2/value-structure-from-word', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--instance-type', 't3.micro'])
    g.add('ec2/value-structure-shorthand', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--instance-type', 'Value=t3.micro'])
    g.add('ec2/value-boolean-flag', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--source-dest-check'])
    g.add('ec2/value-boolean-negated', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--no-source-dest-check'])
    g.add('ec2/value-boolean-with-value', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--source-dest-check', 'Value=false'])
    g.add('ec2/value-boolean-json', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--ebs-optimized', '{"Value": true}'])
    g.add('ec2/value-boolean-both', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--source-dest-check', '--no-source-dest-check'])
    g.add('ec2/value-boolean-not-renamed', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--no-disable-api-termination'])
    g.add('ec2/blob-value-structure', ['ec2', 'modify-instance-attribute', '--instance-id', 'i-1', '--user-data', 'Value=aGVsbG8='])
    g.add('ec2/renamed-egress-flag', ['ec2', 'create-network-acl-entry', '--network-acl-id', 'acl-1', '--rule-number', '100', '--protocol', '6', '--rule-action', 'allow', '--ingress', '--cidr-block', '0.0.0.0/0', '--port-range', 'From=80,To=80'])
    g.add('ec2/egress-flag', ['ec2', 'create-network-acl-entry', '--network-acl-id', 'acl-1', '--rule-number', '100', '--protocol', '6', '--rule-action', 'allow', '--egress'])
    g.add('ec2/required-boolean-not-enforced-by-argparse', ['ec2', 'create-network-acl-entry', '--network-acl-id', 'acl-1', '--rule-number', '100', '--protocol', '6', '--rule-action', 'allow'])
    g.add('ec2/filters-and-scalar-list', ['ec2', 'describe-instances', '--filters', 'Name=instance-type,Values=t3.micro,t3.small', 'Name=tag:team,Values=ml', '--instance-ids', 'i-1', 'i-2', '--max-results', '5', '--dry-run'])
    g.add('sns/renamed-and-paramfile-disabled', ['sns', 'subscribe', '--topic-arn', 'arn:aws:sns:us-east-1:1:t', '--protocol', 'https', '--notification-endpoint', 'file://endpoint.txt', '--attributes', 'RawMessageDelivery=true'], {'endpoint.txt': 'https://example.com'})
    g.add('sns/old-name-unknown', ['sns', 'subscribe', '--topic-arn', 'arn:aws:sns:us-east-1:1:t', '--protocol', 'https', '--endpoint', 'https://example.com'])
    g.add('dynamodb/item-json', ['dynamodb', 'put-item', '--table-name', 't', '--item', '{"id": {"S": "1"}, "n": {"N": "2"}, "l": {"L": [{"BOOL": true}]}}'])
    g.add('dynamodb/item-shorthand', ['dynamodb', 'put-item', '--table-name', 't', '--item', 'id={S=1},n={N=2},tags={SS=[a,b]},flag={BOOL=true}', '--return-consumed-capacity', 'TOTAL'])
    g.add('dynamodb/attribute-names-map', ['dynamodb', 'put-item', '--table-name', 't', '--item', 'id={S=1}', '--condition-expression', 'attribute_not_exists(#i)', '--expression-attribute-names', '#i=id'])
    g.add('kinesis/blob-fileb', ['kinesis', 'put-record', '--stream-name', 's', '--data', 'fileb://record.bin', '--partition-key', 'k'], {'record.bin': {'$bytes': base64.b64encode(b'\x00\x01binary\xff').decode()}})
    g.add('kinesis/blob-from-text', ['kinesis', 'put-record', '--stream-name', 's', '--data', 'plain text', '--partition-key', 'k'])
    g.add('lambda/map-and-scalar-list', ['lambda', 'tag-resource', '--resource', 'arn:aws:lambda:us-east-1:123456789012:function:f', '--tags', 'team=ml,stage=dev'])
    g.add('bedrock-runtime/document-json', ['bedrock-runtime', 'converse', '--model-id', 'm', '--additional-model-request-fields', '{"top_k": 5, "nested": {"a": [1, 2.5, null]}}'])
    g.add('bedrock-runtime/document-not-json', ['bedrock-runtime', 'converse', '--model-id', 'm', '--additional-model-request-fields', 'top_k=5'])
    g.add('bedrock-runtime/document-in-shorthand', ['bedrock-runtime', 'converse', '--model-id', 'm', '--messages', 'role=user,content=[{toolUse={toolUseId=t,name=n,input={a=1}}}]'])
    g.add('bedrock-runtime/union-and-floats', ['bedrock-runtime', 'converse', '--model-id', 'm', '--messages', 'role=user,content=[{text=hi}]', '--inference-config', 'maxTokens=10,temperature=0.5,topP=1'])
    g.add('cloudformation/template-url-not-loaded', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-url', 'file://template.json', '--parameters', 'ParameterKey=a,ParameterValue=1', 'ParameterKey=b,UsePreviousValue=true', '--capabilities', 'CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'], {'template.json': '{}'})
    g.add('cloudformation/template-body-loaded', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-body', 'file://template.json', '--timeout-in-minutes', '5', '--disable-rollback'], {'template.json': '{"Resources": {}}'})
    gateway = 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B'
    tape = 'arn:aws:storagegateway:us-east-1:123456789012:tape/TEST0AA2AF'
    g.add('storagegateway/hidden-alias', ['storagegateway', 'describe-tapes', '--gateway-arn', gateway, '--tape-ar-ns', tape, tape + '2'])
    g.add('storagegateway/current-name', ['storagegateway', 'describe-tapes', '--gateway-arn', gateway, '--tape-arns', tape, '--limit', '3'])
    g.add('storagegateway/both-names-alias-wins', ['storagegateway', 'describe-tapes', '--gateway-arn', gateway, '--tape-ar-ns', tape + 'A', '--tape-arns', tape + 'B'])
    g.add('s3api/tagging-shorthand', ['s3api', 'put-bucket-tagging', '--bucket', 'b', '--tagging', 'TagSet=[{Key=a,Value=1},{Key=b,Value=2}]'])
    g.add('s3api/put-object-streaming-body', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'data.txt', '--metadata', 'a=1,b=2', '--content-length', '4'], {'data.txt': 'data'})
    g.add('s3api/put-object-body-missing', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'missing.txt'])
    g.add('s3api/long-not-int', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--content-length', 'four'])
    # Payload outputs: a required positional outfile, and no --cli-input-json/--generate-cli-skeleton.
    invoke = ['lambda', 'invoke']
    g.add('lambda/invoke-outfile', invoke + ['--function-name', 'f', 'out.json'])
    g.add('lambda/invoke-outfile-first-with-payload', invoke + ['out.json', '--function-name', 'f', '--payload', '{"a": 1}', '--log-type', 'Tail'])
    g.add('lambda/invoke-payload-fileb', invoke + ['--function-name', 'f', '--payload', 'fileb://event.json', 'out.json'], {'event.json': '{"k": "v"}'})
    g.add('lambda/invoke-outfile-missing', invoke + ['--function-name', 'f'])
    g.add('lambda/invoke-nothing', invoke)
    g.add('lambda/invoke-skeleton-unknown', invoke + ['out.json', '--function-name', 'f', '--generate-cli-skeleton'])
    g.add('lambda/invoke-skeleton-output-is-the-outfile', invoke + ['--function-name', 'f', '--generate-cli-skeleton', 'output', 'o'])
    g.add('lambda/invoke-skeleton-without-outfile', invoke + ['--function-name', 'f', '--generate-cli-skeleton'])
    g.add('lambda/invoke-cli-input-json-value-is-the-outfile', invoke + ['--cli-input-json', '{"FunctionName": "f"}'])
    g.add('lambda/invoke-two-outfiles', invoke + ['--function-name', 'f', 'a.json', 'b.json'])
    g.add('lambda/invoke-three-words', invoke + ['a.json', 'b.json', 'c.json', '--function-name', 'f'])
    g.add('lambda/invoke-help-after-an-option', invoke + ['a.json', '--function-name', 'f', 'help'])
    g.add('lambda/invoke-help-as-outfile', invoke + ['help', '--function-name', 'f'])
    g.add('lambda/invoke-outfile-after-double-dash', invoke + ['--function-name', 'f', '--', 'out.json'])
    g.add('lambda/invoke-outfile-paramfile', invoke + ['--function-name', 'f', 'file://name.txt'], {'name.txt': 'named.json'})
    g.add('lambda/invoke-outfile-paramfile-missing', invoke + ['--function-name', 'f', 'file://name.txt'])
    g.add('lambda/invoke-bad-option-before-outfile', invoke + ['--function-name', 'f', '--client-context', 'file://nope', 'out.json'])
    endpoint = ['sagemaker-runtime', 'invoke-endpoint']
    g.add('sagemaker-runtime/invoke-endpoint-body-outfile', endpoint + ['--endpoint-name', 'ep', '--body', '{"instances": [1, 2]}', '--content-type', 'application/json', 'out.json'])
    g.add('sagemaker-runtime/invoke-endpoint-body-fileb', endpoint + ['--endpoint-name', 'ep', '--body', 'fileb://input.csv', 'out.json'], {'input.csv': '1,2,3\n'})
    g.add('sagemaker-runtime/invoke-endpoint-skeleton-refused', endpoint + ['--generate-cli-skeleton'])
    g.add('sagemaker-runtime/invoke-endpoint-two-outfiles', endpoint + ['--endpoint-name', 'ep', '--body', 'b', 'one.json', 'two.json'])
    g.add('sagemaker-runtime/invoke-endpoint-cli-input-json-refused', endpoint + ['--endpoint-name', 'ep', '--body', 'b', 'out.json', '--cli-input-json', '{"EndpointName": "x"}'])
    g.add('sagemaker-runtime/invoke-endpoint-outfile-missing', endpoint + ['--endpoint-name', 'ep', '--body', 'b'])
    g.add('s3api/get-object-outfile', ['s3api', 'get-object', '--bucket', 'b', '--key', 'k', '--range', 'bytes=0-9', 'object.bin'])
    g.add('s3api/get-object-outfile-missing', ['s3api', 'get-object', '--bucket', 'b', '--key', 'k'])
    lex = ['lex-runtime', 'post-content', '--bot-name', 'b', '--bot-alias', 'a', '--user-id', 'user-1', '--content-type', 'text/plain', '--input-stream', 'input.txt', 'reply.bin']
    g.add('lex-runtime/json-header-object', lex + ['--session-attributes', '{"topic": "billing", "n": 1}'], {'input.txt': 'hello'})
    g.add('lex-runtime/json-header-any-json-value', lex + ['--request-attributes', '[1, "two", null]', '--active-contexts', '"text"'], {'input.txt': 'hello'})
    g.add('lex-runtime/json-header-not-json', lex + ['--session-attributes', 'topic=billing'], {'input.txt': 'hello'})
    g.add('s3api/bucket-name-refused-before-validation', ['s3api', 'get-object', '--bucket', 'my bucket', '--key', '', 'out.bin'])
    g.add('s3api/bucket-access-point-arn', ['s3api', 'get-object', '--bucket', 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap-1', '--key', 'k', 'out.bin'])
    g.add('s3api/bucket-name-trailing-newline-passes', ['s3api', 'put-bucket-tagging', '--bucket', 'b\n', '--tagging', 'TagSet=[{Key=k,Value=v}]'])
    g.add('s3api/bucket-not-text', ['s3api', 'put-bucket-tagging', '--cli-input-json', '{"Bucket": 5, "Tagging": {"TagSet": []}}'])
    g.add('s3api/metadata-not-ascii', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--metadata', 'note=caf\u00e9'])
    g.add('s3api/metadata-not-text', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--cli-input-json', '{"Metadata": {"n": 1}}'])
    g.add('s3api/metadata-ascii', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--metadata', 'note=plain'])
    suggest = ['cloudsearchdomain', 'suggest', '--suggest-query', 'q', '--suggester', 's']
    g.add('cloudsearchdomain/endpoint-url-required', suggest)
    g.add('cloudsearchdomain/endpoint-url-required-after-cli-input-json', suggest + ['--cli-input-json', '{"size": 3}'])
    g.add('cloudsearchdomain/endpoint-url-required-before-validation', ['cloudsearchdomain', 'suggest', '--suggest-query', '', '--suggester', 's'])
    g.add('cloudsearchdomain/endpoint-variable-does-not-count', suggest, env={'AWS_ENDPOINT_URL': 'http://127.0.0.1:1'})
    g.add('cloudsearchdomain/with-endpoint-url', ['--endpoint-url', 'http://127.0.0.1:1'] + suggest + ['--size', '3'])
    g.add('cloudsearchdomain/skeleton-needs-no-endpoint', suggest + ['--generate-cli-skeleton'])
    g.add('mturk/hidden-alias', ['mturk', 'list-hi-ts-for-qualification-type', '--qualification-type-id', 'q-1'])
    g.add('mturk/aliased-name', ['mturk', 'list-hits-for-qualification-type', '--qualification-type-id', 'q-1', '--max-results', '5', '--no-paginate'])
    g.add('socialmessaging/hidden-alias', ['socialmessaging', 'delete-whatsapp-media-message', '--media-id', 'm-1', '--origination-phone-number-id', 'p-1'])
    g.add('lex-runtime/post-content-stream-in-and-out', ['lex-runtime', 'post-content', '--bot-name', 'b', '--bot-alias', 'a', '--user-id', 'user-1', '--content-type', 'text/plain; charset=utf-8', '--input-stream', 'input.txt', 'reply.bin'], {'input.txt': 'hello'})
    return g


def paging_token(token: dict[str, Any]) -> str:
    """A --starting-token as botocore's paginator encodes it (its own TokenEncoder)."""
    from botocore.paginate import TokenEncoder

    return TokenEncoder().encode(token)


def paging_group() -> Group:
    """Paginated operations: the paging options replace the token and limit options, and the
    recorded parameters are the first page's request."""
    g = Group('paging')
    jobs = ['sagemaker', 'list-auto-ml-jobs']
    g.add('no-paging-options', jobs)
    g.add('page-size-sets-limit-key', jobs + ['--page-size', '5'])
    g.add('max-items-alone-sends-no-limit', jobs + ['--max-items', '3'])
    g.add('starting-token', jobs + ['--starting-token', paging_token({'NextToken': 'abc'}), '--page-size', '7'])
    g.add('starting-token-with-cut', jobs + ['--starting-token', paging_token({'NextToken': 'abc', 'boto_truncate_amount': 2}), '--sort-order', 'Ascending'])
    g.add('starting-token-bytes', jobs + ['--starting-token', paging_token({'NextToken': b'raw-bytes'})])
    g.add('starting-token-null-value', jobs + ['--starting-token', paging_token({'NextToken': None})])
    g.add('starting-token-service-token', jobs + ['--starting-token', 'opaque-service-token'])
    g.add('starting-token-old-form', jobs + ['--starting-token', 'abc___2', '--max-items', '1'])
    g.add('starting-token-old-form-too-many-parts', jobs + ['--starting-token', 'a___b___c'])
    g.add('starting-token-from-file', jobs + ['--starting-token', 'file://token.txt'], {'token.txt': 'from-file'})
    g.add('page-size-not-an-int', jobs + ['--page-size', 'ten'])
    g.add('page-size-python-int', jobs + ['--page-size', ' 1_0 '])
    g.add('page-size-below-min', jobs + ['--page-size', '0'])
    g.add('max-items-not-an-int', jobs + ['--max-items', '2.5'])
    g.add('manual-token-turns-paging-off', jobs + ['--next-token', 'tok', '--max-results', '3'])
    g.add('manual-option-with-paging-option', jobs + ['--max-results', '3', '--page-size', '2'])
    g.add('no-paginate-with-paging-options', ['--no-paginate'] + jobs + ['--starting-token', 'x', '--max-items', '4'])
    g.add('no-paginate-with-zero-max-items', ['--no-paginate'] + jobs + ['--max-items', '0'])
    g.add('zero-max-items-warns', jobs + ['--max-items', '0'])
    g.add('negative-max-items-warns', jobs + ['--max-items', '-3', '--page-size', '2'])
    g.add('max-items-warning-before-param-error', jobs + ['--max-items', '0', '--creation-time-after', 'not-a-time'])
    g.add('max-items-warning-after-usage-check', jobs + ['--max-items', '-1', '--sort-order', 'Sideways'])
    g.add('cli-input-json-token', jobs + ['--cli-input-json', json.dumps({'NextToken': 'from-json', 'MaxResults': 9}), '--page-size', '4'])
    g.add('search-page-size', ['sagemaker', 'search', '--resource', 'TrainingJob', '--page-size', '10'])
    g.add('not-paginated-has-no-paging-options', ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', '--max-items', '3'])
    g.add('skeleton-ignores-paging', jobs + ['--generate-cli-skeleton', '--page-size', '3'])
    # IAM's limit key is MaxItems: --max-items is the AWS CLI's own paging option standing in
    # for the operation's, which keeps paging on, and comes back as MaxItems once paging is off.
    users = ['iam', 'list-users']
    g.add('shadowed-max-items-keeps-paging', users + ['--max-items', '5'])
    g.add('shadowed-max-items-with-page-size', users + ['--max-items', '5', '--page-size', '2'])
    g.add('shadowed-max-items-with-starting-token', users + ['--starting-token', paging_token({'Marker': 'm1'}), '--max-items', '3', '--page-size', '4'])
    g.add('shadowed-max-items-with-manual-token', users + ['--marker', 'm', '--max-items', '5'])
    g.add('shadowed-max-items-no-paginate', ['--no-paginate'] + users + ['--max-items', '7'])
    g.add('manual-token-with-page-size-shadowing', users + ['--marker', 'm', '--page-size', '3'])
    return g


CONFIG_FILE = (
    '# profiles for the corpus\n'
    '[default]\n'
    'region = us-west-2\n'
    'output = table\n'
    '\n'
    '[profile text-user]\n'
    'output = text\n'
    'region = eu-west-1\n'
    '; another comment\n'
    '[profile json-user]\n'
    'OUTPUT: json\n'
    '[profile "spaced name"]\n'
    'output = text\n'
    '[profiles odd-prefix]\n'
    'output = text\n'
    '[profile nested]\n'
    's3 =\n'
    '    max_concurrent_requests = 5\n'
    '    addressing_style = path\n'
    'output = text\n'
    '[profile no-region]\n'
    'output = json\n'
    '[profile empty-region]\n'
    'region =\n'
    '[not-a-profile]\n'
    'output = text\n'
)
CREDENTIALS_FILE = '[creds-only]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n[text-user]\noutput = json\n'


def config_group() -> Group:
    """Config files and environment: the profile in use, its output format and region, and
    where in a command line's life the AWS CLI looks them up."""
    g = Group('config')
    presign = ['sagemaker', 'create-presigned-domain-url', '--domain-id', 'd-1', '--user-profile-name', 'u-1']
    skeleton = presign + ['--generate-cli-skeleton', 'output']
    files = {'config': CONFIG_FILE, 'credentials': CREDENTIALS_FILE}
    env: dict[str, str | None] = {'AWS_CONFIG_FILE': 'config', 'AWS_SHARED_CREDENTIALS_FILE': 'credentials'}
    # The recorder's own endpoint (AWS_ENDPOINT_URL) would hide how the region makes the endpoint.
    no_region = {**env, 'AWS_DEFAULT_REGION': None, 'AWS_ENDPOINT_URL': None}
    empty_region = {'AWS_DEFAULT_REGION': '', 'AWS_ENDPOINT_URL': None}

    def add(name: str, argv: list[str], extra: dict[str, str | None] | None = None, more_files: dict[str, Any] | None = None) -> None:
        g.add(name, argv, {**files, **(more_files or {})}, {**env, **(extra or {})})

    add('default-profile-output', skeleton)
    add('profile-option', ['--profile', 'text-user'] + skeleton)
    add('profile-from-AWS_PROFILE', skeleton, {'AWS_PROFILE': 'text-user'})
    add('AWS_DEFAULT_PROFILE-beats-AWS_PROFILE', skeleton, {'AWS_DEFAULT_PROFILE': 'json-user', 'AWS_PROFILE': 'text-user'})
    add('profile-option-beats-environment', ['--profile', 'json-user'] + skeleton, {'AWS_PROFILE': 'text-user'})
    add('output-option-beats-profile', ['--profile', 'text-user', '--output', 'json'] + skeleton)
    add('AWS_DEFAULT_OUTPUT-beats-profile', ['--profile', 'text-user'] + skeleton, {'AWS_DEFAULT_OUTPUT': 'json'})
    add('keys-are-case-insensitive-and-colons-assign', ['--profile', 'json-user'] + skeleton)
    add('quoted-profile-name', ['--profile', 'spaced name'] + skeleton)
    add('any-section-starting-with-profile', ['--profile', 'odd-prefix'] + skeleton)
    add('nested-settings-are-skipped', ['--profile', 'nested'] + skeleton)
    add('credentials-file-settings-win', ['--profile', 'text-user'] + skeleton)
    add('profile-only-in-credentials-file', ['--profile', 'creds-only'] + skeleton)
    add('section-without-profile-prefix-is-no-profile', ['--profile', 'not-a-profile'] + skeleton)
    add('empty-profile-option-means-none', ['--profile', ''] + skeleton)
    add('unknown-output-in-environment', skeleton, {'AWS_DEFAULT_OUTPUT': 'yaml'})
    add('unknown-output-in-profile', skeleton, {'AWS_CONFIG_FILE': 'yaml-config'}, {'yaml-config': '[default]\noutput = yaml\n'})
    add('DEFAULT-section-feeds-profiles', ['--profile', 'x'] + skeleton, {'AWS_CONFIG_FILE': 'defaults-config'}, {'defaults-config': '[DEFAULT]\noutput = text\n[profile x]\nregion = us-east-2\n'})
    add('missing-config-file-is-empty', skeleton, {'AWS_CONFIG_FILE': 'no-such-file'})
    add('profile-not-found', ['--profile', 'nope'] + presign)
    add('profile-not-found-from-environment', presign, {'AWS_PROFILE': 'nope'})
    add('empty-AWS_PROFILE-names-a-profile', presign, {'AWS_PROFILE': ''})
    add('AWS_PROFILE-default-must-exist', presign, {'AWS_PROFILE': 'default', 'AWS_CONFIG_FILE': 'no-such-file'})
    add('missing-profile-even-for-input-skeleton', ['--profile', 'nope'] + presign + ['--generate-cli-skeleton'])
    add('missing-profile-before-cli-input-json', ['--profile', 'nope'] + presign + ['--cli-input-json', '{bad'])
    add('bad-option-value-before-missing-profile', ['--profile', 'nope'] + presign + ['--session-expiration-duration-in-seconds', 'abc'])
    add('bad-shorthand-before-missing-profile', ['--profile', 'nope', 'sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'a={', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE])
    add('usage-error-before-missing-profile', ['--profile', 'nope', 'sagemaker', 'create-presigned-domain-url', '--domain-id', 'd-1'])
    add('region-from-profile', ['--profile', 'text-user'] + presign, no_region)
    add('no-region', skeleton, {**no_region, 'AWS_CONFIG_FILE': 'no-such-file'})
    add('no-region-in-profile', ['--profile', 'no-region'] + skeleton, no_region)
    add('AWS_REGION-is-not-read', skeleton, {**no_region, 'AWS_CONFIG_FILE': 'no-such-file', 'AWS_REGION': 'us-east-1'})
    add('region-option', ['--region', 'ap-south-1', '--profile', 'no-region'] + skeleton, no_region)
    add('no-region-before-validation', ['--profile', 'no-region', 'sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', ''], no_region)
    add('no-region-before-starting-token', ['--profile', 'no-region', 'sagemaker', 'list-auto-ml-jobs', '--starting-token', 'a___b___c'], no_region)
    add('no-region-before-endpoint-check', ['--profile', 'no-region', '--endpoint-url', 'http://'] + skeleton, no_region)
    add('input-skeleton-needs-no-region', ['--profile', 'no-region'] + presign + ['--generate-cli-skeleton', 'input'], no_region)
    add('empty-AWS_DEFAULT_REGION', skeleton, empty_region)
    add('empty-AWS_DEFAULT_REGION-hides-profile-region', ['--profile', 'text-user'] + skeleton, empty_region)
    add('empty-region-option-is-no-option', ['--region', ''] + skeleton, empty_region)
    add('empty-region-in-profile', ['--profile', 'empty-region'] + skeleton, no_region)
    add('empty-region-with-endpoint-url', ['--endpoint-url', 'http://127.0.0.1:1'] + skeleton, empty_region)
    add('empty-region-with-AWS_ENDPOINT_URL', skeleton, {'AWS_DEFAULT_REGION': '', 'AWS_ENDPOINT_URL': 'http://127.0.0.1:1'})
    add('empty-region-with-service-endpoint-variable', skeleton, {**empty_region, 'AWS_ENDPOINT_URL_SAGEMAKER': 'http://127.0.0.1:1'})
    ts_files = {'ts-config': '[default]\ncli_timestamp_format = foo\n[profile iso]\ncli_timestamp_format = iso8601\n'}
    add('unknown-cli_timestamp_format-fails-first', ['sagemaker', 'list-auto-ml-jobs', '--bogus'], {'AWS_CONFIG_FILE': 'ts-config'}, ts_files)
    add('unknown-cli_timestamp_format-before-the-service', ['sagemaker', 'no-such-operation'], {'AWS_CONFIG_FILE': 'ts-config'}, ts_files)
    add('cli_timestamp_format-of-a-missing-profile-is-not-read', ['--profile', 'nope'] + presign, {'AWS_CONFIG_FILE': 'ts-config'}, ts_files)
    add('cli_timestamp_format-iso8601', ['--profile', 'iso'] + skeleton, {'AWS_CONFIG_FILE': 'ts-config'}, ts_files)
    pv_files = {'pv-config': '[profile off]\nparameter_validation = false\n[profile odd]\nparameter_validation = yes\n[profile on]\nparameter_validation = TRUE\n'}
    invalid = ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', '']
    add('parameter-validation-off', ['--profile', 'off'] + invalid, {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-only-true-is-true', ['--profile', 'odd'] + invalid, {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-true-any-case', ['--profile', 'on'] + invalid, {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-keeps-unknown-keys', ['--profile', 'off', 'sagemaker', 'describe-auto-ml-job', '--cli-input-json', '{"AutoMLJobName": "j", "Bogus": 1}'], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    off = ['--profile', 'off', 'sagemaker']
    add('parameter-validation-off-text-for-a-structure', off + ['create-auto-ml-job', '--cli-input-json', json.dumps({'AutoMLJobName': 'j', 'InputDataConfig': 'not-a-list', 'OutputDataConfig': 'text', 'RoleArn': 'r'})], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-number-for-a-list', off + ['create-auto-ml-job', '--cli-input-json', json.dumps({'AutoMLJobName': 'j', 'InputDataConfig': 5, 'OutputDataConfig': {}, 'RoleArn': 'r'})], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-text-for-a-list-of-structures', off + ['create-auto-ml-job', '--cli-input-json', json.dumps({'AutoMLJobName': 'j', 'InputDataConfig': 'ab', 'OutputDataConfig': {}, 'RoleArn': 'r'})], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-null-structure', off + ['create-auto-ml-job', '--cli-input-json', json.dumps({'AutoMLJobName': 'j', 'InputDataConfig': [], 'OutputDataConfig': None, 'RoleArn': 'r'})], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-nested-unknown-key', off + ['create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'Nope=1', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', 'r'], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-text-for-a-list-of-text', off + ['create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', '[]', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', 'r', '--cli-input-json', json.dumps({'Tags': {'Key': 'k', 'Value': 'v'}})], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('parameter-validation-off-still-checks-output-skeletons', ['--profile', 'off', 'sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', '--generate-cli-skeleton', 'output'], {'AWS_CONFIG_FILE': 'pv-config'}, pv_files)
    add('empty-region-with-ignored-endpoint-variable', skeleton, {'AWS_DEFAULT_REGION': '', 'AWS_ENDPOINT_URL': 'http://127.0.0.1:1', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS': 'true'})
    return g


def wait_group() -> Group:
    """`aws sagemaker wait …`: the wait command's refusals and choices, and each waiter's first
    poll (the parameters of its operation's first request)."""
    g = Group('wait')
    wait = ['sagemaker', 'wait']
    g.add('unknown-options', wait + ['--foo', '--bar'])
    g.add('unknown-waiter', wait + ['bogus'])
    g.add('waiter-typo', wait + ['endpoint-in-servic'])
    g.add('help-is-no-waiter-with-more', wait + ['help', '--foo'])
    g.add('operation-choices-list-wait', ['sagemaker', 'wai'])
    # One row per SageMaker waiter: its required option names the resource polled.
    required = {
        'endpoint': ['--endpoint-name', 'ep-1'],
        'image-version': ['--image-name', 'img', '--alias', 'latest'],
        'image': ['--image-name', 'img'],
        'notebook-instance': ['--notebook-instance-name', 'nb'],
        'processing-job': ['--processing-job-name', 'pj'],
        'training-job': ['--training-job-name', 'tj'],
        'transform-job': ['--transform-job-name', 'xj'],
    }
    waiters = [
        'endpoint-deleted', 'endpoint-in-service', 'image-created', 'image-deleted', 'image-updated',
        'image-version-created', 'image-version-deleted', 'notebook-instance-deleted',
        'notebook-instance-in-service', 'notebook-instance-stopped', 'processing-job-completed-or-stopped',
        'training-job-completed-or-stopped', 'transform-job-completed-or-stopped',
    ]
    for waiter in waiters:
        resource = next(prefix for prefix in required if waiter.startswith(prefix + '-'))
        g.add(f'first-poll/{waiter}', wait + [waiter] + required[resource])
    in_service = wait + ['endpoint-in-service']
    g.add('missing-required-option', in_service)
    g.add('no-paging-options', in_service + ['--endpoint-name', 'ep-1', '--max-items', '3'])
    g.add('unknown-option', in_service + ['--endpoint-name', 'ep-1', '--bogus', 'x'])
    g.add('invalid-length', in_service + ['--endpoint-name', 'e' * 64])
    g.add('cli-input-json', in_service + ['--cli-input-json', json.dumps({'EndpointName': 'from-json'})])
    g.add('cli-input-json-missing-required', in_service + ['--cli-input-json', '{}'])
    g.add('waiter-config-taken-out', in_service + ['--cli-input-json', json.dumps({'EndpointName': 'ep-1', 'WaiterConfig': {'Delay': 1, 'MaxAttempts': 2}})])
    g.add('waiter-config-not-an-object', in_service + ['--cli-input-json', json.dumps({'EndpointName': 'ep-1', 'WaiterConfig': 'fast'})])
    g.add('waiter-config-list', in_service + ['--cli-input-json', json.dumps({'EndpointName': 'ep-1', 'WaiterConfig': [1]})])
    g.add('options-override-cli-input-json', in_service + ['--cli-input-json', json.dumps({'EndpointName': 'from-json'}), '--endpoint-name', 'from-option'])
    return g


def groups() -> list[Group]:
    return [automl_group(), sagemaker_group(), services_group(), paging_group(), config_group(), wait_group()]


def write_fixtures() -> None:
    import botocore.session

    session = botocore.session.get_session()
    loader = session.get_component('data_loader')
    for service, operations in FIXTURE_OPERATIONS.items():
        model = loader.load_service_model(service, 'service-2')
        shapes = model['shapes']
        keep: set[str] = set()

        def reach(name: str) -> None:
            if name in keep:
                return
            keep.add(name)
            shape = shapes[name]
            for ref in [shape.get('member'), shape.get('key'), shape.get('value')]:
                if ref:
                    reach(ref['shape'])
            for member in shape.get('members', {}).values():
                reach(member['shape'])

        ops = {}
        for op in operations:
            spec = model['operations'][op]
            ops[op] = strip_docs(spec)
            for key in ('input', 'output'):
                if key in spec:
                    reach(spec[key]['shape'])
        trimmed = {
            'version': model.get('version', '2.0'),
            'metadata': model['metadata'],
            'operations': ops,
            'shapes': {name: strip_docs(shapes[name]) for name in sorted(keep)},
        }
        path = FIXTURES_DIR / service / model['metadata']['apiVersion'] / 'service-2.json'
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(trimmed, indent=1, sort_keys=False) + '\n', encoding='utf-8')
        print(f'wrote {path.relative_to(ROOT)}')
        # Paging changes the command line (options, request), so the paginators of the kept
        # operations come along, for the services whose rows are about paging.
        if service in FIXTURE_PAGINATED_SERVICES:
            pagination = loader.load_service_model(service, 'paginators-1').get('pagination', {})
            kept = {op: pagination[op] for op in operations if op in pagination}
            paginators = path.parent / 'paginators-1.json'
            paginators.write_text(json.dumps({'pagination': kept}, indent=1) + '\n', encoding='utf-8')
            print(f'wrote {paginators.relative_to(ROOT)}')


def strip_docs(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_docs(v) for k, v in value.items() if k != 'documentation'}
    if isinstance(value, list):
        return [strip_docs(v) for v in value]
    return value


def render(group: Group) -> str:
    lines = []
    for case in group.cases:
        row = dict(case)
        row.update(run_aws(case['argv'], case.get('files'), case.get('env')))
        lines.append(json.dumps(row, ensure_ascii=False))
    return '\n'.join(lines) + '\n'


# ------------------------------------------------------------------------------------------
# Output formats: the AWS CLI's own formatters on sample responses
# ------------------------------------------------------------------------------------------
FORMAT_RESPONSES: list[tuple[str, Any]] = [
    ('arn-only', {'AutoMLJobArn': 'arn:aws:sagemaker:us-east-1:123456789012:automl-job/job-1'}),
    ('empty', {}),
    ('scalars', {'Name': 'job-1', 'Count': 3, 'Ratio': 0.25, 'Whole': 1.0, 'Enabled': True, 'Off': False, 'Nothing': None}),
    ('nested', {
        'AutoMLJobName': 'job-1',
        'AutoMLJobStatus': 'InProgress',
        'OutputDataConfig': {'S3OutputPath': 's3://bucket/out', 'KmsKeyId': 'key-1'},
        'AutoMLJobConfig': {
            'CompletionCriteria': {'MaxCandidates': 10, 'MaxRuntimePerTrainingJobInSeconds': 3600},
            'SecurityConfig': {'VpcConfig': {'SecurityGroupIds': ['sg-1', 'sg-2'], 'Subnets': ['subnet-1']}},
        },
        'InputDataConfig': [
            {'ChannelType': 'training', 'TargetAttributeName': 'y', 'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://b/t'}}},
            {'ChannelType': 'validation', 'TargetAttributeName': 'y', 'ContentType': 'text/csv'},
        ],
        'CreationTime': 1700000000.5,
    }),
    ('list-of-summaries', {
        'AutoMLJobSummaries': [
            {'AutoMLJobName': 'a', 'AutoMLJobStatus': 'Completed', 'CreationTime': 1700000000, 'PartialFailureReasons': [{'PartialFailureMessage': 'x'}]},
            {'AutoMLJobName': 'bbbbbbbbbbbbbbbbbbbb', 'AutoMLJobStatus': 'Failed', 'FailureReason': 'quota'},
        ],
        'NextToken': 'token-1',
    }),
    ('scalar-lists', {'TagKeys': ['a', 'b', 'c'], 'Numbers': [1, 2.5], 'Empty': [], 'Matrix': [['a', 'b'], ['c', 'd']]}),
    ('unicode', {'Name': 'caf\u00e9 \u65e5\u672c \u00fcber', 'Quote': 'say "hi"\tnow'}),
    ('wide', {'Description': 'x' * 120, 'Short': 'y'}),
    ('wide-rows', {'Items': [{'Key': 'k' * 50, 'Value': 'v' * 50, 'Extra': 'e' * 10}, {'Key': 'k2', 'Value': 'v2'}]}),
]
FORMAT_QUERIES: list[tuple[str, str, str]] = [
    ('nested', 'AutoMLJobConfig.CompletionCriteria', 'table'),
    ('nested', 'InputDataConfig[].ChannelType', 'text'),
    ('nested', 'InputDataConfig[?ChannelType==`training`].TargetAttributeName | [0]', 'json'),
    ('list-of-summaries', 'AutoMLJobSummaries[].{N: AutoMLJobName, S: AutoMLJobStatus}', 'table'),
    ('list-of-summaries', 'AutoMLJobSummaries[].[AutoMLJobName, CreationTime]', 'text'),
    ('scalars', 'Missing', 'json'),
    ('scalars', 'Nothing', 'text'),
]


def encode_response(value: Any) -> Any:
    # Floats keep their Python type in the corpus: {"$float": repr}.
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return {'$float': repr(value)}
    if isinstance(value, dict):
        return {k: encode_response(v) for k, v in value.items()}
    return [encode_response(v) for v in value]


def render_formats() -> str:
    import argparse as _argparse
    import copy
    import jmespath
    from awscli.formatter import get_formatter

    rows = []
    cases = [(name, None, output) for name, _ in FORMAT_RESPONSES for output in ('json', 'text', 'table')]
    cases += [(name, query, output) for name, query, output in FORMAT_QUERIES]
    responses = dict(FORMAT_RESPONSES)
    for name, query, output in cases:
        args = _argparse.Namespace(query=jmespath.compile(query) if query else None, color='off')
        stream = io.StringIO()
        get_formatter(output, args)('DescribeAutoMLJob', copy.deepcopy(responses[name]), stream)
        row = {'name': f'{name}/{output}' + (f'/query:{query}' if query else ''), 'response': encode_response(responses[name]), 'output': output}
        if query:
            row['query'] = query
        row['stdout'] = stream.getvalue()
        rows.append(json.dumps(row, ensure_ascii=False))
    return '\n'.join(rows) + '\n'


# ------------------------------------------------------------------------------------------
# Data tables the CLI keeps outside the models
# ------------------------------------------------------------------------------------------
def render_tables() -> str:
    from awscli.customizations.argrename import ARGUMENT_RENAMES, HIDDEN_ALIASES
    from awscli.paramfile import PARAMFILE_DISABLED
    import awscli

    def pairs(table: dict[str, str]) -> str:
        return '\n'.join(f'  [{json.dumps(k)}, {json.dumps(v)}],' for k, v in table.items())

    disabled = '\n'.join(f'  {json.dumps(name)},' for name in sorted(PARAMFILE_DISABLED))
    removed = '\n'.join(f'  [{json.dumps(service)}, {json.dumps(commands)}],' for service, commands in recorded_removals())
    aliases = '\n'.join(f'  [{json.dumps(service)}, {json.dumps(alias)}, {json.dumps(existing)}],' for service, alias, existing in recorded_command_aliases())
    from botocore import handlers as _handlers

    def handled(handler: Any) -> list[str]:
        return [event for event, function, *_ in _handlers.BUILTIN_HANDLERS if function is handler]

    bucket_events = handled(_handlers.validate_bucket_name)
    metadata_operations = [event.rsplit('.', 1)[1] for event in handled(_handlers.validate_ascii_metadata)]
    if bucket_events != ['before-parameter-build.s3'] or not all(event.startswith('before-parameter-build.s3.') for event in handled(_handlers.validate_ascii_metadata)):
        raise SystemExit('botocore registers its S3 parameter checks elsewhere now; update the tables')
    return f"""/**
 * Tables the AWS CLI keeps outside the service models, recorded from awscli {awscli.__version__}
 * by `python3 scripts/record-cli-corpus.py --tables`. Do not edit by hand.
 *
 * Keys are `<service>.<operation>.<option>` in the AWS CLI's event naming (`*` matches any
 * operation); options are named without their leading dashes.
 */

/** Options the AWS CLI renames after building an operation's argument table. */
export const ARGUMENT_RENAMES: ReadonlyArray<readonly [string, string]> = [
{pairs(ARGUMENT_RENAMES)}
];

/** Undocumented second names for options (the old spelling stays accepted). */
export const HIDDEN_ALIASES: ReadonlyArray<readonly [string, string]> = [
{pairs(HIDDEN_ALIASES)}
];

/** Options whose `file://` / `http://` values are passed on literally, never loaded. */
export const PARAMFILE_DISABLED: ReadonlySet<string> = new Set([
{disabled}
]);

/** Operations the AWS CLI takes out of a service's command table (streaming ones it cannot run). */
export const REMOVED_COMMANDS: ReadonlyArray<readonly [string, readonly string[]]> = [
{removed}
];

/** Hidden second names of operations (`[service, alias, operation]`), accepted but not documented. */
export const COMMAND_ALIASES: ReadonlyArray<readonly [string, string, string]> = [
{aliases}
];

/** botocore's S3 bucket-name check, before parameter validation: a name, or an ARN (Python regexes). */
export const S3_BUCKET_NAME = {json.dumps(_handlers.VALID_BUCKET.pattern)};
export const S3_BUCKET_ARN = {json.dumps(_handlers.VALID_S3_ARN.pattern)};

/** S3 operations whose `Metadata` botocore requires to be ASCII, before parameter validation. */
export const S3_ASCII_METADATA_OPERATIONS: ReadonlySet<string> = new Set({json.dumps(metadata_operations)});

{render_top_level_commands()}"""


def recorded_removals() -> list[tuple[str, list[str]]]:
    """The commands awscli removes per service, as its plugins ask for it while a driver is
    made (recorded by watching the requests, so the table follows the installed awscli)."""
    from awscli.customizations import removals

    requests: list[tuple[str, list[str]]] = []
    original = removals.CommandRemover.remove

    def watch(self: Any, on_event: str, remove_commands: list[str]) -> None:
        requests.append((on_event, list(remove_commands)))
        original(self, on_event, remove_commands)

    removals.CommandRemover.remove = watch  # type: ignore[method-assign]
    try:
        create_clidriver()
    finally:
        removals.CommandRemover.remove = original  # type: ignore[method-assign]
    prefix = 'building-command-table.'
    table: dict[str, list[str]] = {}
    for event, commands in requests:
        if not event.startswith(prefix):
            raise SystemExit(f'unexpected removal event {event}')
        table.setdefault(event[len(prefix):], []).extend(commands)
    return sorted(table.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--check', action='store_true', help='compare instead of writing')
    parser.add_argument('--tables', action='store_true', help='write ' + str(TABLES_FILE.relative_to(ROOT)))
    parser.add_argument('--argv', help='run one JSON argv and print its row')
    parser.add_argument('--argv-jsonl', action='store_true', help='oracle: {"argv": [...]} lines on stdin, one row per line')
    parser.add_argument('--fixtures', action='store_true', help='write trimmed models to ' + str(FIXTURES_DIR.relative_to(ROOT)))
    args = parser.parse_args()
    if args.argv is not None:
        print(json.dumps(run_aws(json.loads(args.argv)), ensure_ascii=False, indent=2))
        return 0
    if args.argv_jsonl:
        for line in sys.stdin:
            if line.strip():
                sys.stdout.write(json.dumps(run_aws(json.loads(line)['argv']), ensure_ascii=False) + '\n')
                sys.stdout.flush()
        return 0
    if args.fixtures:
        write_fixtures()
        return 0
    outputs: dict[Path, str] = {}
    if args.tables:
        outputs[TABLES_FILE] = render_tables()
    else:
        for group in groups():
            outputs[OUT_DIR / f'{group.name}.jsonl'] = render(group)
        outputs[OUT_DIR / 'formats' / 'output.jsonl'] = render_formats()
    status = 0
    for path, text in outputs.items():
        status |= write_or_check(path, ROOT, text, 'the installed AWS CLI', args.check)
    return status


if __name__ == '__main__':
    sys.exit(main())
