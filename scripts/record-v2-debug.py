#!/usr/bin/env python3
"""Record corpus/v2-debug/commands.jsonl: what AWS CLI v1's upgrade debug mode prints.

For a seeded corpus of one-command shell scripts (a base command, sometimes with `export`
lines or `VAR=value` in front, global options, `--query`/`--output`), the installed AWS CLI v1
runs `aws --v2-debug <command>` in-process through its own driver, in a fresh temporary
directory holding the files the command names, with dummy credentials, no configuration file
(AWS_CONFIG_FILE=/dev/null) and region us-west-2 unless the case sets one. Nothing reaches
the network:

  - botocore's endpoint `_send` is replaced by a stub that answers 200 with a response built
    from the operation's output shape (every member filled once: one list element, one map
    entry, timestamps, headers for header members), in the operation's protocol (JSON,
    REST-JSON, query, EC2, REST-XML); request URLs are still resolved as usual, so S3's
    global-endpoint warning sees the real host;
  - the CLI's URL fetching for http(s):// parameter values returns a small JSON text;
  - `time.sleep` returns at once (waiters and retries of the stub's answers do not wait).

Each row: {name, script, argv, env, exports, warnings, exitCode}. `warnings` lists the
migration-guide anchors (`cliv2-migration-…`) of the upgrade warnings printed to stderr, in
order; `script` is the shell script the replay test lints (without `--v2-debug`).

`files.json` lists the files each case's directory holds. Also writes trimmed botocore models (the corpus's operations and the shapes they reach,
documentation removed, with their paginators) to test/editor/lint/fixtures/models, so the
replay needs no Python.

Usage:
  python3 scripts/record-v2-debug.py             # rewrite the corpus and the fixtures
  python3 scripts/record-v2-debug.py --check     # exit 1 if the corpus would change
  python3 scripts/record-v2-debug.py --only NAME [--only NAME…]  # print these cases' rows (no files written)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / 'corpus' / 'v2-debug' / 'commands.jsonl'
FIXTURES = ROOT / 'test' / 'editor' / 'lint' / 'fixtures' / 'models'
SEED = 20261205
ANCHOR = re.compile(r'cliv2-migration-changes\.html#(cliv2-migration-[a-z0-9-]+)')

GATEWAY = 'arn:aws:storagegateway:us-west-2:123456789012:gateway/sgw-12A3456B'
ROLE = 'arn:aws:iam::123456789012:role/R'
TOPIC = 'arn:aws:sns:us-west-2:123456789012:t'
QUEUE = 'https://sqs.us-west-2.amazonaws.com/123456789012/q'

# Files every case's directory holds (paths relative to it).
FILES = {
    'file.txt': 'hello\n',
    'data.bin': 'binary\n',
    'policy.json': '{"Version": "2012-10-17", "Statement": []}',
    'template.yml': 'Resources: {}\n',
    'item.json': '{"a": {"S": "x"}}',
    'input.json': '{"TableName": "t"}',
    'tags.json': '[{"Key": "a", "Value": "b"}]',
    'dir/one.txt': 'one\n',
}

# Base commands: (name, argv). Grouped by what v2-debug checks; many check nothing but the pager.
BASE: list[tuple[str, list[str]]] = [
    # no timestamps in the response, no blob: only the pager
    ('sts/get-caller-identity', ['sts', 'get-caller-identity']),
    ('ec2/describe-regions', ['ec2', 'describe-regions']),
    ('ec2/describe-vpcs', ['ec2', 'describe-vpcs', '--vpc-ids', 'vpc-1']),
    ('ec2/create-tags', ['ec2', 'create-tags', '--resources', 'i-1', '--tags', 'Key=a,Value=b']),
    ('iam/list-account-aliases', ['iam', 'list-account-aliases']),
    ('kms/generate-random', ['kms', 'generate-random', '--number-of-bytes', '8']),
    ('dynamodb/list-tables', ['dynamodb', 'list-tables']),
    ('dynamodb/put-item-json', ['dynamodb', 'put-item', '--table-name', 't', '--item', '{"a": {"S": "x"}}']),
    ('dynamodb/put-item-file', ['dynamodb', 'put-item', '--table-name', 't', '--item', 'file://item.json']),
    ('dynamodb/scan', ['dynamodb', 'scan', '--table-name', 't']),
    ('sns/publish', ['sns', 'publish', '--topic-arn', TOPIC, '--message', 'hi']),
    ('sns/list-topics', ['sns', 'list-topics']),
    ('sqs/send-message', ['sqs', 'send-message', '--queue-url', QUEUE, '--message-body', 'hi']),
    ('lambda/list-functions', ['lambda', 'list-functions']),
    ('logs/describe-log-groups', ['logs', 'describe-log-groups']),
    ('s3api/put-object-no-body', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k']),
    ('s3api/put-bucket-tagging', ['s3api', 'put-bucket-tagging', '--bucket', 'b', '--tagging', 'TagSet=[{Key=a,Value=b}]']),
    ('s3api/delete-object', ['s3api', 'delete-object', '--bucket', 'b', '--key', 'k']),
    ('ecr/get-login-password', ['ecr', 'get-login-password']),
    ('cloudformation/create-stack-url', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-url', 'https://s3.amazonaws.com/b/t.yml']),
    ('iam/create-oidc-provider', ['iam', 'create-open-id-connect-provider', '--url', 'https://example.com', '--thumbprint-list', 'a' * 40]),
    ('ec2/run-instances-user-data', ['ec2', 'run-instances', '--image-id', 'ami-1', '--user-data', 'hello']),
    ('rekognition/detect-labels-s3', ['rekognition', 'detect-labels', '--image', '{"S3Object": {"Bucket": "b", "Name": "n"}}']),
    ('s3/rm', ['s3', 'rm', 's3://b/k']),
    ('s3/mb', ['s3', 'mb', 's3://b']),
    ('s3/presign', ['s3', 'presign', 's3://b/k']),
    # responses with timestamps
    ('s3api/list-buckets', ['s3api', 'list-buckets']),
    ('s3api/head-object', ['s3api', 'head-object', '--bucket', 'b', '--key', 'k']),
    ('s3api/get-object', ['s3api', 'get-object', '--bucket', 'b', '--key', 'k', 'out.txt']),
    ('ec2/describe-instances', ['ec2', 'describe-instances']),
    ('ec2/describe-snapshots', ['ec2', 'describe-snapshots', '--owner-ids', 'self']),
    ('iam/list-users', ['iam', 'list-users']),
    ('iam/get-user', ['iam', 'get-user', '--user-name', 'u']),
    ('dynamodb/describe-table', ['dynamodb', 'describe-table', '--table-name', 't']),
    ('kinesis/describe-stream', ['kinesis', 'describe-stream', '--stream-name', 's']),
    ('cloudformation/describe-stacks', ['cloudformation', 'describe-stacks']),
    ('cloudwatch/get-metric-statistics', ['cloudwatch', 'get-metric-statistics', '--namespace', 'n', '--metric-name', 'm', '--start-time', '2020-01-01', '--end-time', '2020-01-02', '--period', '60', '--statistics', 'Average']),
    ('sts/assume-role', ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'sess']),
    ('sts/assume-role-invalid', ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 's']),
    ('ecr/describe-repositories', ['ecr', 'describe-repositories']),
    ('s3/ls', ['s3', 'ls']),
    ('s3/ls-bucket', ['s3', 'ls', 's3://b']),
    # blobs at the top level
    ('kms/encrypt', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'hello']),
    ('kms/encrypt-fileb', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'fileb://data.bin']),
    ('kms/decrypt-fileb', ['kms', 'decrypt', '--ciphertext-blob', 'fileb://data.bin']),
    ('kinesis/put-record', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p', '--data', 'hello']),
    ('lambda/invoke', ['lambda', 'invoke', '--function-name', 'f', '--payload', '{"a": 1}', 'out.json']),
    ('secretsmanager/put-secret-value', ['secretsmanager', 'put-secret-value', '--secret-id', 's', '--secret-binary', 'hello']),
    ('s3api/put-object-body', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'file.txt']),
    # blobs nested in shorthand or JSON (v2-debug does not look)
    ('firehose/put-record', ['firehose', 'put-record', '--delivery-stream-name', 'd', '--record', 'Data=hello']),
    ('firehose/put-record-batch', ['firehose', 'put-record-batch', '--delivery-stream-name', 'd', '--records', 'Data=a', 'Data=b']),
    ('rekognition/detect-labels-bytes', ['rekognition', 'detect-labels', '--image', 'Bytes=aGVsbG8=']),
    ('dynamodb/put-item-binary', ['dynamodb', 'put-item', '--table-name', 't', '--item', '{"a": {"B": "aGk="}}']),
    # parameter files
    ('iam/create-policy-file', ['iam', 'create-policy', '--policy-name', 'p', '--policy-document', 'file://policy.json']),
    ('iam/create-policy-https', ['iam', 'create-policy', '--policy-name', 'p', '--policy-document', 'https://example.com/p.json']),
    ('iam/create-policy-http', ['iam', 'create-policy', '--policy-name', 'p', '--policy-document', 'http://example.com/p.json']),
    ('cloudformation/validate-template-https', ['cloudformation', 'validate-template', '--template-body', 'https://example.com/t.json']),
    ('cloudformation/create-stack-file', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-body', 'file://template.yml']),
    ('ec2/create-tags-file', ['ec2', 'create-tags', '--resources', 'i-1', '--tags', 'file://tags.json']),
    ('dynamodb/scan-input-file', ['dynamodb', 'scan', '--cli-input-json', 'file://input.json']),
    # paging tokens in --cli-input-json
    ('dynamodb/scan-input-token', ['dynamodb', 'scan', '--table-name', 't', '--cli-input-json', '{"ExclusiveStartKey": {"a": {"S": "x"}}}']),
    ('cloudformation/list-stacks-input-token', ['cloudformation', 'list-stacks', '--cli-input-json', '{"NextToken": "abc"}']),
    ('ec2/describe-instances-input-token', ['ec2', 'describe-instances', '--cli-input-json', '{"MaxResults": 5, "NextToken": "abc"}']),
    ('ec2/describe-instances-input-no-token', ['ec2', 'describe-instances', '--cli-input-json', '{"MaxResults": 5}']),
    # hidden aliases: v2-debug looks for the real names
    ('storagegateway/describe-tapes-real-name', ['storagegateway', 'describe-tapes', '--gateway-arn', GATEWAY, '--tape-arns', 'a']),
    ('storagegateway/describe-tapes-alias', ['storagegateway', 'describe-tapes', '--gateway-arn', GATEWAY, '--tape-ar-ns', 'a']),
    ('iam/enable-mfa-device-real-names', ['iam', 'enable-mfa-device', '--user-name', 'u', '--serial-number', 's' * 9, '--authentication-code1', '123456', '--authentication-code2', '654321']),
    ('iam/enable-mfa-device-aliases', ['iam', 'enable-mfa-device', '--user-name', 'u', '--serial-number', 's' * 9, '--authentication-code-1', '123456', '--authentication-code-2', '654321']),
    ('lambda/publish-version-real-name', ['lambda', 'publish-version', '--function-name', 'f', '--code-sha256', 'abc']),
    ('lambda/publish-version-alias', ['lambda', 'publish-version', '--function-name', 'f', '--code-sha-256', 'abc']),
    ('deploy/list-application-revisions', ['deploy', 'list-application-revisions', '--application-name', 'a', '--s3-bucket', 'b']),
    ('route53domains/view-billing', ['route53domains', 'view-billing', '--start-time', '2020-01-01']),
    ('cognito-identity/create-identity-pool', ['cognito-identity', 'create-identity-pool', '--identity-pool-name', 'p', '--allow-unauthenticated-identities', '--open-id-connect-provider-arns', 'arn:aws:iam::123456789012:oidc-provider/x']),
    # the CLI's own commands
    ('ecr/get-login', ['ecr', 'get-login']),
    ('ecr/get-login-no-email', ['ecr', 'get-login', '--no-include-email']),
    ('cloudformation/deploy', ['cloudformation', 'deploy', '--template-file', 'template.yml', '--stack-name', 's']),
    ('cloudformation/deploy-no-fail', ['cloudformation', 'deploy', '--template-file', 'template.yml', '--stack-name', 's', '--no-fail-on-empty-changeset']),
    ('cloudformation/deploy-fail', ['cloudformation', 'deploy', '--template-file', 'template.yml', '--stack-name', 's', '--fail-on-empty-changeset']),
    ('s3/cp-upload', ['s3', 'cp', 'file.txt', 's3://b/k']),
    ('s3/cp-upload-checksum', ['s3', 'cp', 'file.txt', 's3://b/k', '--checksum-algorithm', 'CRC32']),
    ('s3/cp-copy', ['s3', 'cp', 's3://b/k', 's3://c/k']),
    ('s3/cp-download', ['s3', 'cp', 's3://b/k', 'out.txt']),
    ('s3/mv-copy', ['s3', 'mv', 's3://b/k', 's3://c/k']),
    ('s3/mv-upload', ['s3', 'mv', 'file.txt', 's3://b/k']),
    ('s3/sync-upload', ['s3', 'sync', 'dir', 's3://b/p']),
    ('s3/sync-copy', ['s3', 'sync', 's3://b/p', 's3://c/p']),
    ('s3/sync-download', ['s3', 'sync', 's3://b/p', 'dir']),
    ('s3/cp-quiet-first', ['s3', 'cp', '--quiet', 'file.txt', 's3://b/k']),
    # commands v1 refuses (the global warnings still print when the service is known)
    ('kms/encrypt-missing-key', ['kms', 'encrypt', '--plaintext', 'hello']),
    ('kms/encrypt-unknown-option', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'hello', '--bogus', 'x']),
    ('iam/list-users-skeleton', ['iam', 'list-users', '--generate-cli-skeleton']),
    ('nosuchservice/op', ['nosuchservice', 'op']),
]

# Commands S3's global endpoint can answer (with region us-east-1).
S3_COMMANDS = {name for name, argv in BASE if argv[0] in ('s3', 's3api')}
# Commands whose response has timestamps, to vary the output options on.
QUERIES = {
    'ec2/describe-instances': 'Reservations[].Instances[].LaunchTime',
    'iam/list-users': 'Users[].UserName',
    's3api/list-buckets': 'Buckets[].CreationDate',
    'cloudformation/describe-stacks': 'Stacks[].StackName',
    'sts/get-caller-identity': 'Account',
    'dynamodb/list-tables': 'TableNames',
}


def cases() -> list[dict[str, Any]]:
    """The seeded corpus: each base command once as it is, then variations drawn at random."""
    rng = random.Random(SEED)
    out: list[dict[str, Any]] = []
    for name, argv in BASE:
        out.append(case(name, argv))
    variations = 0
    while variations < 170:
        name, argv = rng.choice(BASE)
        env: dict[str, str] = {}
        exports: dict[str, str] = {}
        tags: list[str] = []
        argv = list(argv)
        pick = rng.random()
        if pick < 0.45:
            (exports if rng.random() < 0.5 else env)['AWS_PAGER'] = ''
            tags.append('pager-off')
        if name in S3_COMMANDS and rng.random() < 0.5:
            if rng.random() < 0.6:
                argv += ['--region', 'us-east-1']
                tags.append('region-us-east-1')
            elif rng.random() < 0.5:
                env['AWS_DEFAULT_REGION'] = 'us-east-1'
                tags.append('env-region-us-east-1')
            else:
                argv += ['--region', 'eu-west-1']
                tags.append('region-eu-west-1')
        roll = rng.random()
        if roll < 0.12:
            var = rng.choice(['PYTHONUTF8', 'PYTHONIOENCODING'])
            (exports if rng.random() < 0.5 else env)[var] = '1' if var == 'PYTHONUTF8' else 'utf-8'
            tags.append(var.lower())
            if rng.random() < 0.3:
                env['AWS_CLI_FILE_ENCODING'] = 'utf-8'
                tags.append('file-encoding')
        if name in QUERIES and rng.random() < 0.5:
            if rng.random() < 0.6:
                argv += ['--query', QUERIES[name]]
                tags.append('query')
            else:
                argv += ['--output', 'text']
                tags.append('text')
        if not tags:
            continue
        row = case(f'{name}+{"+".join(tags)}', argv, env, exports)
        if any(existing['name'] == row['name'] for existing in out):
            continue
        out.append(row)
        variations += 1
    return out


def case(name: str, argv: list[str], env: dict[str, str] | None = None, exports: dict[str, str] | None = None) -> dict[str, Any]:
    env = env or {}
    exports = exports or {}
    lines = [f'export {key}={shlex.quote(value) if value else chr(34) * 2}' for key, value in exports.items()]
    prefix = ''.join(f'{key}={shlex.quote(value) if value else chr(34) * 2} ' for key, value in env.items())
    lines.append(prefix + 'aws ' + shlex.join(argv))
    return {'name': name, 'script': '\n'.join(lines) + '\n', 'argv': argv, 'env': env, 'exports': exports}


# ----------------------------------------------------------------------------- the stub

TIMESTAMP_NUMBER = 1700000000
TIMESTAMP_TEXT = '2023-11-14T22:13:20Z'
TIMESTAMP_HEADER = 'Tue, 14 Nov 2023 22:13:20 GMT'
BUDGET = 4000


def has_timestamp(shape: Any, seen: set[str]) -> bool:
    if shape.type_name == 'timestamp':
        return True
    if shape.name in seen:
        return False
    seen.add(shape.name)
    if shape.type_name == 'structure':
        return any(has_timestamp(m, seen) for m in shape.members.values())
    if shape.type_name == 'list':
        return has_timestamp(shape.member, seen)
    if shape.type_name == 'map':
        return has_timestamp(shape.value, seen)
    return False


def members_to_fill(shape: Any) -> list[tuple[str, Any]]:
    """A structure's members, or for a union the one to set (one that reaches a timestamp, if any)."""
    items = list(shape.members.items())
    if getattr(shape, 'is_tagged_union', False) or shape.metadata.get('union'):
        chosen = next(((n, m) for n, m in items if has_timestamp(m, set())), items[0] if items else None)
        return [chosen] if chosen else []
    return items


def scalar(shape: Any, xml: bool) -> Any:
    kind = shape.type_name
    if kind == 'string':
        return shape.enum[0] if shape.enum else 'x'
    if kind in ('integer', 'long'):
        return 1
    if kind in ('float', 'double'):
        return 1.5
    if kind == 'boolean':
        return 'false' if xml else False
    if kind == 'timestamp':
        return TIMESTAMP_TEXT if xml else TIMESTAMP_NUMBER
    if kind == 'blob':
        return 'eA=='
    return 'x'


def json_value(shape: Any, path: tuple[str, ...], budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0 or shape.name in path:
        return None
    kind = shape.type_name
    inner = path + (shape.name,) if kind in ('structure', 'list', 'map') else path
    if kind == 'structure':
        out = {}
        for name, member in members_to_fill(shape):
            if member.serialization.get('location'):
                continue
            value = json_value(member, inner, budget)
            if value is not None:
                out[member.serialization.get('name', name)] = value
        return out
    if kind == 'list':
        value = json_value(shape.member, inner, budget)
        return [] if value is None else [value]
    if kind == 'map':
        value = json_value(shape.value, inner, budget)
        return {} if value is None else {'k': value}
    if kind == 'document':
        return {}
    return scalar(shape, xml=False)


def xml_fill(parent: Any, tag: str, shape: Any, path: tuple[str, ...], budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0 or shape.name in path:
        return
    kind = shape.type_name
    inner = path + (shape.name,)
    if kind == 'structure':
        node = ElementTree.SubElement(parent, tag)
        for name, member in members_to_fill(shape):
            if member.serialization.get('location') or member.serialization.get('xmlAttribute'):
                continue
            xml_fill(node, member.serialization.get('name', name), member, inner, budget)
    elif kind == 'list':
        if shape.serialization.get('flattened'):
            xml_fill(parent, shape.member.serialization.get('name', tag), shape.member, inner, budget)
        else:
            node = ElementTree.SubElement(parent, tag)
            xml_fill(node, shape.member.serialization.get('name', 'member'), shape.member, inner, budget)
    elif kind == 'map':
        holder = parent if shape.serialization.get('flattened') else ElementTree.SubElement(parent, tag)
        entry = ElementTree.SubElement(holder, tag if shape.serialization.get('flattened') else 'entry')
        key = ElementTree.SubElement(entry, shape.key.serialization.get('name', 'key'))
        key.text = 'k'
        xml_fill(entry, shape.value.serialization.get('name', 'value'), shape.value, inner, budget)
    else:
        node = ElementTree.SubElement(parent, tag)
        node.text = str(scalar(shape, xml=True))


def header_values(output: Any) -> dict[str, str]:
    headers = {}
    for name, member in output.members.items():
        if member.serialization.get('location') != 'header' or member.serialization.get('jsonvalue'):
            continue
        kind = member.type_name
        value = TIMESTAMP_HEADER if kind == 'timestamp' else str(scalar(member, xml=True))
        headers[member.serialization.get('name', name)] = value
    return headers


def stub_body(operation_model: Any) -> tuple[dict[str, str], bytes]:
    """Headers and body answering `operation_model` in its service's protocol."""
    output = operation_model.output_shape
    # The protocol botocore speaks to the service (the first of `protocols` it supports).
    protocol = getattr(operation_model.service_model, 'resolved_protocol', operation_model.metadata['protocol'])
    headers: dict[str, str] = {}
    if output is None:
        body: bytes = b'{}' if 'json' in protocol else b''
        if protocol in ('query', 'ec2'):
            root = ElementTree.Element(operation_model.name + 'Response')
            body = ElementTree.tostring(root)
        return headers, body
    budget = [BUDGET]
    if protocol in ('json', 'rest-json'):
        if protocol == 'rest-json':
            headers.update(header_values(output))
        payload = output.serialization.get('payload')
        if payload is not None:
            member = output.members[payload]
            if member.type_name in ('blob', 'string'):
                return headers, b'x'
            return headers, json.dumps(json_value(member, (), budget)).encode()
        return headers, json.dumps(json_value(output, (), budget) or {}).encode()
    if protocol == 'rest-xml':
        headers.update(header_values(output))
        payload = output.serialization.get('payload')
        if payload is not None:
            member = output.members[payload]
            if member.type_name in ('blob', 'string'):
                return headers, b'x'
            holder = ElementTree.Element('Holder')
            xml_fill(holder, member.serialization.get('name', payload), member, (), budget)
            return headers, ElementTree.tostring(holder[0]) if len(holder) else b''
        holder = ElementTree.Element('Holder')
        xml_fill(holder, output.serialization.get('name', operation_model.name + 'Result'), output, (), budget)
        return headers, ElementTree.tostring(holder[0]) if len(holder) else b''
    # query and ec2
    root = ElementTree.Element(operation_model.name + 'Response')
    wrapper = output.serialization.get('resultWrapper')
    holder = ElementTree.Element('Holder')
    xml_fill(holder, wrapper or 'Result', output, (), budget)
    result = holder[0] if len(holder) else ElementTree.Element('Result')
    if wrapper:
        root.append(result)
    else:
        for child in list(result):
            root.append(child)
    return headers, ElementTree.tostring(root)


class StubRaw:
    """Enough of urllib3's response for botocore's streaming bodies."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, amt: int | None = None, **_: Any) -> bytes:
        return self._data.read() if amt is None else self._data.read(amt)

    def stream(self, amt: int = 1024, **_: Any):
        while True:
            chunk = self._data.read(amt)
            if not chunk:
                return
            yield chunk

    def close(self) -> None:
        pass


def install_stubs(used: set[tuple[str, str]]) -> None:
    """Replace the network: botocore's send, the CLI's URL loading, and sleeping."""
    import awscli.clidriver  # noqa: F401  (imports paramfile in the order it expects)
    import botocore.awsrequest
    import botocore.endpoint
    import awscli.paramfile

    def send(self: Any, request: Any) -> Any:
        # The prepared request does not carry its operation: `_send_request` noted it.
        operation_model = CURRENT.get('operation')
        headers, body = stub_body(operation_model) if operation_model is not None else ({}, b'{}')
        headers.setdefault('x-amzn-requestid', 'r')
        headers.setdefault('Content-Length', str(len(body)))
        return botocore.awsrequest.AWSResponse(request.url, 200, headers, StubRaw(body))

    original_make = botocore.endpoint.Endpoint._send_request

    def send_request(self: Any, request_dict: Any, operation_model: Any) -> Any:
        CURRENT['operation'] = operation_model
        used.add((operation_model.service_model.service_name, operation_model.name))
        return original_make(self, request_dict, operation_model)

    botocore.endpoint.Endpoint._send = send
    botocore.endpoint.Endpoint._send_request = send_request
    awscli.paramfile.get_uri = lambda prefix, uri: '{"Version": "2012-10-17", "Statement": []}'
    # get_paramfile looks the loader up in the prefix maps it was given.
    for table in (awscli.paramfile.REMOTE_PREFIX_MAP,):
        for key in list(table):
            table[key] = (awscli.paramfile.get_uri, {})
    time.sleep = lambda _seconds: None


CURRENT: dict[str, Any] = {}
BASE_ENV = {
    'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
    'AWS_SECRET_ACCESS_KEY': 'secret',
    'AWS_CONFIG_FILE': '/dev/null',
    'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
    'AWS_DEFAULT_REGION': 'us-west-2',
    'AWS_EC2_METADATA_DISABLED': 'true',
}
SCRUB = ('AWS_', 'PYTHONUTF8', 'PYTHONIOENCODING')


def record(row: dict[str, Any], used: set[tuple[str, str]]) -> dict[str, Any]:
    """Run one case under `aws --v2-debug` and add what it printed."""
    from awscli.clidriver import create_clidriver

    saved = dict(os.environ)
    cwd = os.getcwd()
    stderr = io.StringIO()
    stdout = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        for path, text in FILES.items():
            target = Path(tmp) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        try:
            for key in list(os.environ):
                # AWS_DATA_PATH is awscli's own (set when it is imported): it finds cli.json there.
                if key.startswith(SCRUB) and key != 'AWS_DATA_PATH':
                    del os.environ[key]
            os.environ.update(BASE_ENV)
            os.environ.update(row['exports'])
            os.environ.update(row['env'])
            os.chdir(tmp)
            with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
                try:
                    code = create_clidriver().main(['--v2-debug'] + row['argv'])
                except SystemExit as exit_:
                    code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            os.chdir(cwd)
            os.environ.clear()
            os.environ.update(saved)
    text = stderr.getvalue()
    if os.environ.get('RECORD_DEBUG'):
        print(text[-1500:], file=sys.__stderr__)
    return {**row, 'warnings': ANCHOR.findall(text), 'exitCode': code}


def strip_docs(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: strip_docs(item) for key, item in value.items() if key != 'documentation'}
    if isinstance(value, list):
        return [strip_docs(item) for item in value]
    return value


# CLI service names whose botocore data directory has another name.
DATA_NAMES = {'s3api': 's3', 'deploy': 'codedeploy'}


def write_fixtures(used_commands: list[list[str]]) -> None:
    """Trimmed models of the services and operations the corpus names."""
    import botocore.session
    from botocore import xform_name

    session = botocore.session.get_session()
    loader = session.get_component('data_loader')
    by_service: dict[str, set[str]] = {}
    for argv in used_commands:
        service, command = argv[0], argv[1] if len(argv) > 1 else ''
        data_name = DATA_NAMES.get(service, service)
        if service == 's3':
            continue
        try:
            model = loader.load_service_model(data_name, 'service-2')
        except Exception:
            continue
        for op in model['operations']:
            if xform_name(op, '-') == command:
                by_service.setdefault(data_name, set()).add(op)
    for service, operations in sorted(by_service.items()):
        model = loader.load_service_model(service, 'service-2')
        shapes = model['shapes']
        keep: set[str] = set()
        stack = []
        for op in operations:
            spec = model['operations'][op]
            for key in ('input', 'output'):
                if key in spec:
                    stack.append(spec[key]['shape'])
        while stack:
            name = stack.pop()
            if name in keep:
                continue
            keep.add(name)
            shape = shapes[name]
            for ref in (shape.get('member'), shape.get('key'), shape.get('value')):
                if ref:
                    stack.append(ref['shape'])
            for member in shape.get('members', {}).values():
                stack.append(member['shape'])
        trimmed = {
            'version': model.get('version', '2.0'),
            'metadata': model['metadata'],
            'operations': {op: strip_docs(model['operations'][op]) for op in sorted(operations)},
            'shapes': {name: strip_docs(shapes[name]) for name in sorted(keep)},
        }
        folder = FIXTURES / service / model['metadata']['apiVersion']
        folder.mkdir(parents=True, exist_ok=True)
        (folder / 'service-2.json').write_text(json.dumps(trimmed, separators=(',', ':')) + '\n', encoding='utf-8')
        try:
            pagination = loader.load_service_model(service, 'paginators-1').get('pagination', {})
        except Exception:
            pagination = {}
        kept = {op: pagination[op] for op in sorted(operations) if op in pagination}
        if kept:
            (folder / 'paginators-1.json').write_text(json.dumps({'pagination': kept}, indent=1) + '\n', encoding='utf-8')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('--check', action='store_true', help='exit 1 if the corpus would change')
    parser.add_argument('--only', action='append', help='print the row of this case (repeatable); nothing is written')
    args = parser.parse_args()
    used: set[tuple[str, str]] = set()
    install_stubs(used)
    rows = cases()
    if args.only is not None:
        rows = [row for row in rows if row['name'] in args.only]
        for row in rows:
            print(json.dumps(record(row, used), ensure_ascii=False))
        return 0
    recorded = []
    for i, row in enumerate(rows):
        recorded.append(record(row, used))
        print(f'{i + 1}/{len(rows)} {row["name"]}: {recorded[-1]["warnings"]}', file=sys.__stderr__)
    text = ''.join(json.dumps(row, ensure_ascii=False, sort_keys=False) + '\n' for row in recorded)
    if args.check:
        # `aws s3` transfers send on threads: two warnings may come in either order.
        def normal(lines: str) -> list[Any]:
            rows_ = [json.loads(line) for line in lines.splitlines() if line.strip()]
            return [{**row, 'warnings': sorted(row['warnings'])} for row in rows_]

        current = OUT.read_text(encoding='utf-8') if OUT.exists() else ''
        if normal(current) != normal(text):
            print(f'{OUT.relative_to(ROOT)} would change', file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding='utf-8')
    (OUT.parent / 'files.json').write_text(json.dumps(sorted(FILES), indent=1) + '\n', encoding='utf-8')
    write_fixtures([row['argv'] for row in rows])
    print(f'wrote {len(recorded)} rows to {OUT.relative_to(ROOT)} and models to {FIXTURES.relative_to(ROOT)}', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
