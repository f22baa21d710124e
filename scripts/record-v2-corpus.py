#!/usr/bin/python3
"""Record corpus/cli-v2/<group>.jsonl: what AWS CLI v2 does with whole command lines.

Run with Debian's Python (`/usr/bin/python3`), which has Debian's `awscli` package: AWS CLI v2
with botocore vendored as `awscli.botocore` and its models in `awscli/botocore/data`. The
machine's default `python3` is AWS CLI v1; this script refuses to run there.

Each case is an argv vector (without the leading `aws`), optionally with files to create in a
fresh working directory and environment changes. AWS CLI v2 runs it in-process through its own
entry point (`AWSCLIEntryPoint(create_clidriver(argv)).main(argv)`); a handler on
`provide-client-params` records the parameters the CLI hands to the client, and a handler on
`before-call` (reached only after botocore validated the parameters) stops the call before
anything is sent. AWS_ENDPOINT_URL points at a closed local port as a second guard.

Rows have the v1 corpus's format (corpus/cli/README.md) plus `"dialect": "v2"`:
  params     the request parameters of the first call (validation passed)
  paging     (paging cases only) true when the CLI went on to ask for a second page: the first
             call is answered with a stub response carrying a next-page token, and the second
             call is stopped; false when the CLI printed the stub response instead
  stdout     what the CLI printed when it finished without sending (skeletons, help-less output)
  error      {kind, message, exitCode}: kind is
               usage            argparse refused the command line; message is the text after
                                "aws: error: "
               unknown-options  "Unknown options: ..." (printed after the usage text)
               param            "Error parsing parameter '--x': ..."
               validation       "Parameter validation failed:\\n..."
               config           configuration errors (printed without a leading blank line)
               other            any other text the CLI prints
  exitCode   the CLI's exit status (null when stopped before sending)
The first line of every file is a header row `{"header": {...}}` naming the awscli and botocore
versions, the Python and the model search path used; it has no `argv`.

Value encoding in `params` is the v1 corpus's (scripts/corpus_json.py): bytes as
{"$bytes": base64}, an open file as {"$file": name}, non-finite floats as {"$float": ...},
integers beyond +-(2^53-1) as {"$int": digits}.

Usage:
  /usr/bin/python3 scripts/record-v2-corpus.py            # rewrite corpus/cli-v2/*.jsonl
  /usr/bin/python3 scripts/record-v2-corpus.py --check    # exit 1 if a file would change
  /usr/bin/python3 scripts/record-v2-corpus.py --group paging [--check]   # one file only
  /usr/bin/python3 scripts/record-v2-corpus.py --compare  # v1-* rows whose outcome differs from corpus/cli
  /usr/bin/python3 scripts/record-v2-corpus.py --argv '["kms", "encrypt", "--key-id", "k", "--plaintext", "aGk="]'
  /usr/bin/python3 scripts/record-v2-corpus.py --aws-argv < cases.jsonl   # one row per {argv, files?} line
"""

from __future__ import annotations

import argparse
import atexit
import base64
import contextlib
import datetime
import io
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_json  # our own, beside this script  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / 'corpus' / 'cli-v2'

ENVIRONMENT = {
    'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
    'AWS_SECRET_ACCESS_KEY': 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    'AWS_DEFAULT_REGION': 'us-east-1',
    'AWS_ENDPOINT_URL': 'http://127.0.0.1:1',
    'AWS_CONFIG_FILE': os.devnull,
    'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
    'AWS_PAGER': '',
    # No instance-metadata look-ups (region, credentials) when a case removes the region.
    'AWS_EC2_METADATA_DISABLED': 'true',
    # Keep `~/.aws/models` and the CLI history out of the recording.
    'HOME': tempfile.mkdtemp(prefix='aws-v2-home-'),
}
atexit.register(shutil.rmtree, ENVIRONMENT['HOME'], True)
for _key in ('AWS_PROFILE', 'AWS_DATA_PATH', 'AWS_DEFAULT_OUTPUT', 'AWS_SESSION_TOKEN',
             'AWS_CLI_AUTO_PROMPT', 'AWS_CLI_FILE_ENCODING', 'AWS_DEFAULT_PROFILE'):
    os.environ.pop(_key, None)
os.environ.update(ENVIRONMENT)
sys.argv[0] = 'aws'

import awscli  # noqa: E402

if not awscli.__version__.startswith('2.'):
    raise SystemExit(f'{awscli.__file__} is AWS CLI {awscli.__version__}; run this with /usr/bin/python3 (AWS CLI v2)')

import awscli.botocore  # noqa: E402
from awscli import clidriver  # noqa: E402
from awscli_tables import write_or_check  # noqa: E402  (our own, beside this script; it imports awscli)
from awscli.clidriver import AWSCLIEntryPoint, create_clidriver  # noqa: E402
import awscli.botocore.session  # noqa: E402
from awscli.botocore.awsrequest import AWSResponse  # noqa: E402

# Every run gets a fresh driver and session; they share the first session's data loader, which
# only caches the model files it has read.
_shared_loader: Any = None


class _Stop(BaseException):
    """Raised in `before-call`: validation passed and the request would be sent now. A
    BaseException, so no handler in the CLI's error chains (they take Exception and
    KeyboardInterrupt) prints anything for it."""


class _StubHttp:
    """Enough of an HTTP response for botocore to accept a stubbed `before-call` answer."""
    status_code = 200
    headers: dict[str, str] = {}
    content = b''
    raw = None


class _StubRaw:
    """The raw stream of a canned response."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Any:
        yield self._body


def encode(value: Any) -> Any:
    """Parameters as JSON, with the v1 corpus's escapes (corpus_json)."""
    return corpus_json.to_json(value, _file_or_repr)


def _file_or_repr(value: Any) -> Any:
    if hasattr(value, 'read') and hasattr(value, 'name'):
        return {'$file': os.path.basename(value.name)}
    if isinstance(value, datetime.datetime):
        # Only --cli-input-yaml produces these (YAML timestamps); v1 never does.
        return {'$timestamp': value.isoformat()}
    return {'$repr': repr(value)}


def split_warnings(stderr: str) -> tuple[list[str], str]:
    """The `warning: …` lines the CLI printed before anything else, and the rest of stderr."""
    warnings = []
    while stderr.startswith('warning: '):
        line, _, stderr = stderr.partition('\n')
        warnings.append(line)
    return warnings, stderr


def classify_error(rc: int, stderr: str) -> dict[str, Any]:
    """Split the CLI's stderr into a kind and the message it prints."""
    text = stderr.strip('\n')
    if 'aws: error: ' in text and text.startswith('usage: '):
        return {'kind': 'usage', 'message': text.split('aws: error: ', 1)[1], 'exitCode': rc}
    usage_end = 'aws <command> <subcommand> help\n'
    if text.startswith('usage: ') and usage_end in text:
        return {'kind': 'unknown-options', 'message': text.split(usage_end, 1)[1].strip('\n'), 'exitCode': rc}
    if rc == 130:
        return {'kind': 'interrupt', 'message': text, 'exitCode': rc}
    if text.startswith('Error parsing parameter '):
        kind = 'param'
    elif text.startswith('Parameter validation failed:'):
        kind = 'validation'
    elif not stderr.startswith('\n'):
        kind = 'config'
    else:
        kind = 'other'
    return {'kind': kind, 'message': text, 'exitCode': rc}


def run_aws(argv: list[str], files: dict[str, Any] | None = None, env: dict[str, str | None] | None = None,
            observe_paging: bool = False, response: Any = None, interrupt: bool = False,
            before_validation: bool = False) -> dict[str, Any]:
    """Run `aws <argv>` in-process in a fresh directory holding `files`, with `env` changing the
    environment (None removes a variable); the outcome as a row. `before_validation` stops at the
    parameters the CLI hands the client (blobs decoded), before botocore validates them."""
    saved = {name: os.environ.get(name) for name in (env or {})}
    try:
        _set_environment(env or {})
        return _run_aws(argv, files, observe_paging, response, interrupt, before_validation)
    finally:
        _set_environment(saved)


def _set_environment(changes: dict[str, str | None]) -> None:
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


_paginator_session: Any = None


def _paginator_models_session() -> Any:
    """A bare session (v2's vendored botocore) for reading paginator models."""
    global _paginator_session
    if _paginator_session is None:
        _paginator_session = awscli.botocore.session.Session()
    return _paginator_session


def _stub_value(shape: Any, depth: int = 0) -> Any:
    """A small value of `shape` (a next-page token can be a map, as DynamoDB's keys are)."""
    kind = shape.type_name
    if depth > 4:
        return None
    if kind == 'structure':
        # A string member where there is one (a blob placeholder would not be valid base64).
        names = sorted(shape.members, key=lambda n: (shape.members[n].type_name != 'string', n))
        return {names[0]: _stub_value(shape.members[names[0]], depth + 1)} if names else {}
    if kind == 'map':
        return {'stub': _stub_value(shape.value, depth + 1)}
    if kind == 'list':
        return [_stub_value(shape.member, depth + 1)]
    if kind in ('integer', 'long'):
        return 1
    if kind == 'boolean':
        return True
    return 'stub-token'


def _stub_page(model: Any) -> dict[str, Any] | None:
    """A response that asks for another page of `model`'s operation, or None when the
    operation's paginator has no plain output token."""
    service = model.service_model
    try:
        paginator = _paginator_models_session().get_paginator_model(service.service_name).get_paginator(model.name)
    except Exception:
        return None
    tokens = paginator['output_token']
    tokens = tokens if isinstance(tokens, list) else [tokens]
    if any(not token.isidentifier() for token in tokens):
        return None
    members = model.output_shape.members if model.output_shape is not None else {}
    page: dict[str, Any] = {token: _stub_value(members[token]) if token in members else 'stub-token' for token in tokens}
    if 'more_results' in paginator and paginator['more_results'].isidentifier():
        page[paginator['more_results']] = True
    return page


def _run_aws(argv: list[str], files: dict[str, Any] | None, observe_paging: bool, response: Any, interrupt: bool,
             before_validation: bool = False) -> dict[str, Any]:
    random.seed(0)
    calls: list[Any] = []
    stopped: list[bool] = []
    stop_before_send = '--generate-cli-skeleton' not in argv

    def provide_params(params: Any, **_: Any) -> None:
        calls.append(encode(dict(params)))
        if before_validation:
            stopped.append(True)
            raise _Stop()

    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix='aws-v2-corpus-') as cwd:
        for name, content in (files or {}).items():
            path = Path(cwd, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, dict):
                path.write_bytes(base64.b64decode(content['$bytes']))
            else:
                path.write_bytes(content.encode('utf-8'))
        os.chdir(cwd)
        out, err = io.StringIO(), io.StringIO()

        def before_call(model: Any, **_: Any) -> Any:
            if not stop_before_send or response is not None:
                return None
            if interrupt:
                raise KeyboardInterrupt()
            if observe_paging and len(calls) == 1:
                page = _stub_page(model)
                if page is not None:
                    return (_StubHttp(), page)
            stopped.append(True)
            raise _Stop()

        def answer(**_: Any) -> Any:
            # A canned HTTP response, parsed by botocore like a real one (timestamps, blobs).
            body = json.dumps(response['body']).encode('utf-8')
            return AWSResponse('https://stub.invalid/', response.get('status', 200),
                               {'x-amzn-requestid': 'stub-request', 'content-type': 'application/x-amz-json-1.1'},
                               _StubRaw(body))

        def instrumented_driver(args: Any = None) -> Any:
            # The entry point creates the driver itself (inside its own error handling, as the
            # real `aws` does); this wraps that creation to add the recording handlers.
            global _shared_loader
            driver = create_clidriver(args)
            session = driver.session
            if _shared_loader is None:
                _shared_loader = session.get_component('data_loader')
            else:
                session.register_component('data_loader', _shared_loader)
            # Last, so the parameters are recorded after the CLI's own handlers (v2 decodes
            # base64 blobs on this event) have run.
            session.get_component('event_emitter').register_last('provide-client-params', provide_params)
            session.register('before-call', before_call)
            if response is not None:
                session.register('before-send', answer)
            return driver

        try:
            clidriver.create_clidriver = instrumented_driver
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    rc: int | None = AWSCLIEntryPoint().main(list(argv))
                except SystemExit as exc:
                    rc = exc.code if isinstance(exc.code, int) else 1
                except _Stop:
                    rc = None
        finally:
            clidriver.create_clidriver = create_clidriver
            os.chdir(previous)
    row: dict[str, Any] = {'dialect': 'v2'}
    warnings, stderr = split_warnings(err.getvalue())
    if warnings:
        row['warnings'] = warnings
    if response is not None:
        # Canned-response rows keep the request and everything printed.
        if calls:
            row['params'] = calls[0]
        row['stdout'] = out.getvalue()
        if stderr:
            row['stderr'] = stderr
    elif stopped or (observe_paging and calls and rc == 0):
        row['params'] = calls[0]
        if observe_paging:
            row['paging'] = len(calls) > 1
        rc = None
    elif rc == 0:
        row['stdout'] = out.getvalue()
    else:
        row['error'] = classify_error(rc if rc is not None else -1, stderr)
        if out.getvalue():
            row['stdout'] = out.getvalue()
    row['exitCode'] = rc
    return row


# ------------------------------------------------------------------------------------------
# The cases
# ------------------------------------------------------------------------------------------
class Group:
    """The cases of one corpus file, in recording order."""

    def __init__(self, name: str, what: str) -> None:
        self.name = name
        self.what = what
        self.cases: list[dict[str, Any]] = []

    def add(self, name: str, argv: list[str], files: dict[str, Any] | None = None,
            env: dict[str, str | None] | None = None, observe_paging: bool = False,
            response: Any = None, interrupt: bool = False) -> None:
        """One case; `response` ({status, body}) answers the call with that JSON body, parsed
        by botocore as a real response would be (JSON-protocol services only), so the printed
        output is recorded; `interrupt`
        raises KeyboardInterrupt where the request would be sent."""
        if any(case['name'] == name for case in self.cases):
            raise SystemExit(f'duplicate case name in {self.name}: {name}')
        case: dict[str, Any] = {'name': name, 'argv': argv}
        if files:
            case['files'] = files
        if env:
            case['env'] = env
        if observe_paging:
            case['observePaging'] = True
        if response is not None:
            case['response'] = response
        if interrupt:
            case['interrupt'] = True
        self.cases.append(case)


def b64(text: str | bytes) -> str:
    """`text` (UTF-8) in standard base64."""
    data = text.encode('utf-8') if isinstance(text, str) else text
    return base64.b64encode(data).decode('ascii')


# Values given to a blob option: valid and invalid base64 and plain text.
BASE64_VALUES: list[tuple[str, str]] = [
    ('valid', 'aGVsbG8='),
    ('valid-no-padding-needed', 'YWJj'),
    ('missing-padding', 'aGVsbG8'),
    ('missing-two-padding', 'aGk'),
    ('extra-padding', 'aGVsbG8=='),
    ('padding-only', '===='),
    ('single-char', 'a'),
    ('padding-in-middle', 'aGk=aGk='),
    ('inner-space', 'aGVs bG8='),
    ('inner-newline', 'aGVs\nbG8='),
    ('inner-tab', 'aGVs\tbG8='),
    ('surrounding-spaces', ' aGVsbG8= '),
    ('trailing-newline', 'aGVsbG8=\n'),
    ('standard-plus-slash', '+/+/'),
    ('urlsafe-dash-underscore', '-_-_'),
    ('urlsafe-mixed', 'aGk-'),
    ('invalid-char', 'aGk*'),
    ('percent-encoded-padding', 'aGVsbG8%3D'),
    ('zero-bytes', 'AAAA'),
    ('high-bytes', '/////w=='),
    ('empty', ''),
    ('plain-text', 'hello world'),
    ('plain-word', 'hello'),
    ('json-text', '{"a": 1}'),
    ('non-ascii', 'h\u00e9llo'),
]
FORMATS: list[tuple[str, list[str]]] = [
    ('default', []),
    ('base64', ['--cli-binary-format', 'base64']),
    ('raw-in', ['--cli-binary-format', 'raw-in-base64-out']),
]
SHORT_VALUES = [v for v in BASE64_VALUES if v[0] in ('valid', 'missing-padding', 'urlsafe-dash-underscore', 'inner-space', 'plain-text', 'empty')]
ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole'
RAW_CONFIG = '[default]\ncli_binary_format = raw-in-base64-out\n'


def blob_group() -> Group:
    g = Group('blobs', 'blob parameters: base64 by default, --cli-binary-format, fileb:// and file://, nested blobs')
    encrypt = ['kms', 'encrypt', '--key-id', 'alias/k']
    for fmt, flags in FORMATS:
        for label, value in BASE64_VALUES:
            g.add(f'kms-encrypt/{fmt}/{label}', encrypt + ['--plaintext', value] + flags)
    targets: list[tuple[str, list[str], str]] = [
        ('kms-decrypt', ['kms', 'decrypt'], '--ciphertext-blob'),
        ('kms-generate-mac', ['kms', 'generate-mac', '--key-id', 'k', '--mac-algorithm', 'HMAC_SHA_256'], '--message'),
        ('lambda-invoke', ['lambda', 'invoke', '--function-name', 'f', 'out.json'], '--payload'),
        ('kinesis-put-record', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p'], '--data'),
        ('sagemaker-runtime-invoke-endpoint', ['sagemaker-runtime', 'invoke-endpoint', '--endpoint-name', 'e', 'out.bin'], '--body'),
        ('secretsmanager-create-secret', ['secretsmanager', 'create-secret', '--name', 's'], '--secret-binary'),
        ('iot-data-publish', ['iot-data', 'publish', '--topic', 't'], '--payload'),
        ('ec2-import-key-pair', ['ec2', 'import-key-pair', '--key-name', 'k'], '--public-key-material'),
    ]
    for target, base, option in targets:
        for fmt, flags in FORMATS:
            for label, value in SHORT_VALUES:
                g.add(f'{target}/{fmt}/{label}', base + [option, value] + flags)
    g.add('lambda-invoke/default/json-payload', ['lambda', 'invoke', '--function-name', 'f', '--payload', '{"key": "value"}', 'out.json'])
    g.add('lambda-invoke/raw-in/json-payload', ['lambda', 'invoke', '--function-name', 'f', '--cli-binary-format', 'raw-in-base64-out', '--payload', '{"key": "value"}', 'out.json'])
    g.add('lambda-invoke/default/base64-json-payload', ['lambda', 'invoke', '--function-name', 'f', '--payload', b64('{"key": "value"}'), 'out.json'])
    g.add('sagemaker-runtime-invoke-endpoint/default/csv-body', ['sagemaker-runtime', 'invoke-endpoint', '--endpoint-name', 'e', '--content-type', 'text/csv', '--body', '1,2,3', 'out.bin'])
    g.add('sagemaker-runtime-invoke-endpoint/raw-in/csv-body', ['sagemaker-runtime', 'invoke-endpoint', '--endpoint-name', 'e', '--content-type', 'text/csv', '--body', '1,2,3', '--cli-binary-format', 'raw-in-base64-out', 'out.bin'])
    g.add('kms-encrypt/default/urlsafe-equals-form', encrypt + ['--plaintext=-_-_'])
    g.add('kms-encrypt/default/urlsafe-padded-equals-form', encrypt + ['--plaintext=aGk-aGk_'])
    g.add('kms-encrypt/raw-in/urlsafe-equals-form', encrypt + ['--plaintext=-_-_', '--cli-binary-format', 'raw-in-base64-out'])
    g.add('binary-format/invalid-choice', encrypt + ['--plaintext', 'aGk=', '--cli-binary-format', 'raw'])
    g.add('binary-format/before-command', ['--cli-binary-format', 'raw-in-base64-out'] + encrypt + ['--plaintext', 'hi'])
    g.add('binary-format/given-twice-last-wins', encrypt + ['--plaintext', 'hi', '--cli-binary-format', 'base64', '--cli-binary-format', 'raw-in-base64-out'])
    g.add('binary-format/equals-form', encrypt + ['--plaintext', 'hi', '--cli-binary-format=raw-in-base64-out'])

    # Files: fileb:// is raw bytes in every format; file:// is text, then read like a value.
    files = {'hello.txt': 'hello', 'hello.b64': 'aGVsbG8=', 'hello-nl.b64': 'aGVsbG8=\n',
             'bytes.bin': {'$bytes': b64(b'\x00\xff\xfe\x80hi')}, 'event.json': '{"key": "value"}\n',
             'empty.bin': ''}
    for fmt, flags in FORMATS:
        for ref in ('fileb://hello.txt', 'fileb://hello.b64', 'fileb://bytes.bin', 'fileb://empty.bin',
                    'file://hello.txt', 'file://hello.b64', 'file://hello-nl.b64', 'file://bytes.bin',
                    'fileb://missing.bin'):
            g.add(f'kms-encrypt/{fmt}/{ref.replace("://", "-")}', encrypt + ['--plaintext', ref] + flags, files=files)
        g.add(f'lambda-invoke/{fmt}/fileb-json', ['lambda', 'invoke', '--function-name', 'f', '--payload', 'fileb://event.json', 'out.json'] + flags, files=files)
        g.add(f'lambda-invoke/{fmt}/file-json', ['lambda', 'invoke', '--function-name', 'f', '--payload', 'file://event.json', 'out.json'] + flags, files=files)
        g.add(f'kinesis-put-record/{fmt}/fileb', ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p', '--data', 'fileb://bytes.bin'] + flags, files=files)
        g.add(f'ec2-import-key-pair/{fmt}/fileb', ['ec2', 'import-key-pair', '--key-name', 'k', '--public-key-material', 'fileb://hello.txt'] + flags, files=files)
    # s3api put-object --body is a file name (a streaming blob), not a value.
    for fmt, flags in FORMATS:
        g.add(f's3api-put-object/{fmt}/path', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'hello.txt'] + flags, files=files)
    g.add('s3api-put-object/fileb-prefix', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'fileb://hello.txt'], files=files)
    g.add('s3api-put-object/file-prefix', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'file://hello.txt'], files=files)
    g.add('s3api-put-object/missing-file', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--body', 'nope.txt'])
    g.add('s3api-put-object/no-body', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k'])
    g.add('s3api-put-object/content-md5-is-string', ['s3api', 'put-object', '--bucket', 'b', '--key', 'k', '--content-md5', 'XUFAKrxLKna5cZ2REBfFkg=='])

    # Blobs nested in JSON and shorthand values.
    put_item = ['dynamodb', 'put-item', '--table-name', 'tbl', '--item']
    for fmt, flags in FORMATS:
        g.add(f'dynamodb-put-item/{fmt}/json-B-valid', put_item + ['{"k": {"S": "a"}, "b": {"B": "aGVsbG8="}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/json-B-plain', put_item + ['{"k": {"S": "a"}, "b": {"B": "hello world"}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/json-B-missing-padding', put_item + ['{"k": {"S": "a"}, "b": {"B": "aGVsbG8"}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/json-BS', put_item + ['{"k": {"S": "a"}, "bs": {"BS": ["aGk=", "YWJj"]}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/json-BS-one-invalid', put_item + ['{"k": {"S": "a"}, "bs": {"BS": ["aGk=", "not base64!"]}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/json-nested-M-L-B', put_item + ['{"k": {"S": "a"}, "m": {"M": {"l": {"L": [{"B": "YWJj"}, {"S": "x"}]}}}}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/shorthand-B', put_item + ['k={S=a},b={B=aGk=}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/shorthand-B-plain', put_item + ['k={S=a},b={B=hello}'] + flags)
        g.add(f'dynamodb-put-item/{fmt}/shorthand-BS', put_item + ['k={S=a},bs={BS=[aGk=,YWJj]}'] + flags)
        g.add(f'dynamodb-get-item/{fmt}/key-B', ['dynamodb', 'get-item', '--table-name', 'tbl', '--key', '{"k": {"B": "aGk="}}'] + flags)
        g.add(f'dynamodb-query/{fmt}/attribute-values-B', ['dynamodb', 'query', '--table-name', 'tbl', '--key-condition-expression', 'k = :v', '--expression-attribute-values', '{":v": {"B": "aGk="}}'] + flags)
        g.add(f'sqs-send-message/{fmt}/binary-attribute-json', ['sqs', 'send-message', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/1/q', '--message-body', 'm', '--message-attributes', '{"a": {"DataType": "Binary", "BinaryValue": "aGk="}}'] + flags)
        g.add(f'sqs-send-message/{fmt}/binary-attribute-shorthand', ['sqs', 'send-message', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/1/q', '--message-body', 'm', '--message-attributes', 'a={DataType=Binary,BinaryValue=hello}'] + flags)
        g.add(f'sqs-send-message/{fmt}/binary-list-values', ['sqs', 'send-message', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/1/q', '--message-body', 'm', '--message-attributes', '{"a": {"DataType": "Binary", "BinaryListValues": ["aGk=", "YWJj"]}}'] + flags)
        g.add(f'sqs-send-message-batch/{fmt}/nested-binary', ['sqs', 'send-message-batch', '--queue-url', 'q', '--entries', '[{"Id": "1", "MessageBody": "m", "MessageAttributes": {"a": {"DataType": "Binary", "BinaryValue": "aGk="}}}]'] + flags)
        g.add(f'sns-publish/{fmt}/binary-attribute', ['sns', 'publish', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:t', '--message', 'm', '--message-attributes', 'a={DataType=Binary,BinaryValue=aGk=}'] + flags)
        g.add(f'kinesis-put-records/{fmt}/shorthand', ['kinesis', 'put-records', '--stream-name', 's', '--records', 'Data=aGk=,PartitionKey=p', 'Data=hello,PartitionKey=q'] + flags)
        g.add(f'firehose-put-record/{fmt}/shorthand', ['firehose', 'put-record', '--delivery-stream-name', 's', '--record', 'Data=aGk='] + flags)
        g.add(f'rekognition-detect-labels/{fmt}/image-bytes', ['rekognition', 'detect-labels', '--image', 'Bytes=aGk='] + flags)
        g.add(f'lambda-create-function/{fmt}/code-zipfile', ['lambda', 'create-function', '--function-name', 'f', '--role', ROLE, '--code', 'ZipFile=UEsDBA=='] + flags)
        g.add(f'ses-send-raw-email/{fmt}/raw-message-data', ['ses', 'send-raw-email', '--raw-message', 'Data=aGk='] + flags)
        g.add(f'lambda-publish-layer-version/{fmt}/content-zipfile', ['lambda', 'publish-layer-version', '--layer-name', 'l', '--content', '{"ZipFile": "UEsDBA=="}'] + flags)
        g.add(f'iot-data-update-thing-shadow/{fmt}/payload', ['iot-data', 'update-thing-shadow', '--thing-name', 't', '--payload', '{"state": {}}', 'out.json'] + flags)
    g.add('lambda-create-function/zip-file-fileb', ['lambda', 'create-function', '--function-name', 'f', '--role', ROLE, '--zip-file', 'fileb://hello.txt'], files=files)
    g.add('kinesis-put-records/cli-input-json-data', ['kinesis', 'put-records', '--cli-input-json', '{"StreamName": "s", "Records": [{"Data": "aGk=", "PartitionKey": "p"}]}'])
    g.add('kinesis-put-records/cli-input-json-data-plain', ['kinesis', 'put-records', '--cli-input-json', '{"StreamName": "s", "Records": [{"Data": "hello world", "PartitionKey": "p"}]}'])
    g.add('kms-encrypt/cli-input-json-plaintext', ['kms', 'encrypt', '--cli-input-json', '{"KeyId": "k", "Plaintext": "aGVsbG8="}'])
    g.add('kms-encrypt/cli-input-json-plaintext-raw', ['kms', 'encrypt', '--cli-binary-format', 'raw-in-base64-out', '--cli-input-json', '{"KeyId": "k", "Plaintext": "hello"}'])
    return g


def config_group() -> Group:
    g = Group('config', 'cli_binary_format in the config file, profiles, regions, exit statuses of configuration errors')
    encrypt = ['kms', 'encrypt', '--key-id', 'k']
    env = {'AWS_CONFIG_FILE': 'config'}
    for label, value in SHORT_VALUES:
        g.add(f'default-raw-in/{label}', encrypt + ['--plaintext', value], files={'config': RAW_CONFIG}, env=env)
    g.add('default-base64/plain', encrypt + ['--plaintext', 'hello'], files={'config': '[default]\ncli_binary_format = base64\n'}, env=env)
    g.add('default-invalid-value/plain', encrypt + ['--plaintext', 'hello'], files={'config': '[default]\ncli_binary_format = raw\n'}, env=env)
    g.add('default-invalid-value/base64', encrypt + ['--plaintext', 'aGk='], files={'config': '[default]\ncli_binary_format = raw\n'}, env=env)
    g.add('option-overrides-config', encrypt + ['--plaintext', 'hello', '--cli-binary-format', 'base64'], files={'config': RAW_CONFIG}, env=env)
    g.add('option-overrides-config/raw', encrypt + ['--plaintext', 'hello', '--cli-binary-format', 'raw-in-base64-out'], files={'config': '[default]\ncli_binary_format = base64\n'}, env=env)
    profiles = '[default]\nregion = us-west-2\n[profile raw]\ncli_binary_format = raw-in-base64-out\n[profile b64]\ncli_binary_format = base64\n'
    g.add('profile-raw/plain', ['--profile', 'raw'] + encrypt + ['--plaintext', 'hello'], files={'config': profiles}, env=env)
    g.add('profile-b64/plain', ['--profile', 'b64'] + encrypt + ['--plaintext', 'hello'], files={'config': profiles}, env=env)
    g.add('profile-raw/from-env', encrypt + ['--plaintext', 'hello'], files={'config': profiles}, env={**env, 'AWS_PROFILE': 'raw'})
    g.add('profile-default/plain', encrypt + ['--plaintext', 'hello'], files={'config': profiles}, env=env)
    g.add('profile-raw/dynamodb-nested', ['--profile', 'raw', 'dynamodb', 'put-item', '--table-name', 'tbl', '--item', '{"b": {"B": "hello"}}'], files={'config': profiles}, env=env)
    g.add('profile-raw/lambda-json', ['--profile', 'raw', 'lambda', 'invoke', '--function-name', 'f', '--payload', '{"a": 1}', 'out.json'], files={'config': profiles}, env=env)
    # Configuration errors.
    g.add('unknown-profile/option', ['--profile', 'nope', 'sagemaker', 'list-auto-ml-jobs'])
    g.add('unknown-profile/env', ['sagemaker', 'list-auto-ml-jobs'], env={'AWS_PROFILE': 'nope'})
    g.add('unknown-profile/option-with-config', ['--profile', 'nope', 'sagemaker', 'list-auto-ml-jobs'], files={'config': profiles}, env=env)
    g.add('unknown-profile/kms', ['--profile', 'nope'] + encrypt + ['--plaintext', 'aGk='])
    g.add('no-region', ['sagemaker', 'list-auto-ml-jobs'], env={'AWS_DEFAULT_REGION': None})
    g.add('region-option', ['--region', 'eu-west-1', 'sagemaker', 'list-auto-ml-jobs'])
    g.add('config-region', ['sagemaker', 'list-auto-ml-jobs'], files={'config': profiles}, env={**env, 'AWS_DEFAULT_REGION': None})
    g.add('config-unparsable', ['sagemaker', 'list-auto-ml-jobs'], files={'config': '[default\nregion = x\n'}, env=env)
    g.add('config-output-yaml', ['sagemaker', 'list-auto-ml-jobs', '--generate-cli-skeleton', 'output'], files={'config': '[default]\noutput = yaml\n'}, env=env)
    g.add('config-output-invalid', ['sagemaker', 'list-auto-ml-jobs'], files={'config': '[default]\noutput = xml\n'}, env=env)
    g.add('output-option-invalid', ['--output', 'xml', 'sagemaker', 'list-auto-ml-jobs'])
    g.add('interrupt', ['sagemaker', 'list-auto-ml-jobs'], interrupt=True)
    return g



# AWS CLI v1's (awscli 1.45.11) hidden option aliases, `argrename.HIDDEN_ALIASES`
# (<service>.<operation>.<option>: alias), each with the other options its operation requires.
V1_HIDDEN_ALIASES: list[tuple[str, str, str, str, list[str]]] = [
    ('cognito-identity', 'create-identity-pool', 'open-id-connect-provider-arns', 'open-id-connect-provider-ar-ns', ['--identity-pool-name', 'p', '--allow-unauthenticated-identities']),
    ('storagegateway', 'describe-tapes', 'tape-arns', 'tape-ar-ns', ['--gateway-arn', 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B']),
    ('storagegateway', 'describe-tape-archives', 'tape-arns', 'tape-ar-ns', []),
    ('storagegateway', 'describe-vtl-devices', 'vtl-device-arns', 'vtl-device-ar-ns', ['--gateway-arn', 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B']),
    ('storagegateway', 'describe-cached-iscsi-volumes', 'volume-arns', 'volume-ar-ns', []),
    ('storagegateway', 'describe-stored-iscsi-volumes', 'volume-arns', 'volume-ar-ns', []),
    ('route53domains', 'view-billing', 'start-time', 'start', []),
    ('deploy', 'create-deployment-group', 'ec2-tag-set', 'ec-2-tag-set', ['--application-name', 'a', '--deployment-group-name', 'g', '--service-role-arn', ROLE]),
    ('deploy', 'list-application-revisions', 's3-bucket', 's-3-bucket', ['--application-name', 'a']),
    ('deploy', 'list-application-revisions', 's3-key-prefix', 's-3-key-prefix', ['--application-name', 'a']),
    ('deploy', 'update-deployment-group', 'ec2-tag-set', 'ec-2-tag-set', ['--application-name', 'a', '--current-deployment-group-name', 'g']),
    ('iam', 'enable-mfa-device', 'authentication-code1', 'authentication-code-1', ['--user-name', 'u', '--serial-number', 'arn:aws:iam::123456789012:mfa/u', '--authentication-code2', '654321']),
    ('iam', 'enable-mfa-device', 'authentication-code2', 'authentication-code-2', ['--user-name', 'u', '--serial-number', 'arn:aws:iam::123456789012:mfa/u', '--authentication-code1', '123456']),
    ('iam', 'resync-mfa-device', 'authentication-code1', 'authentication-code-1', ['--user-name', 'u', '--serial-number', 'arn:aws:iam::123456789012:mfa/u', '--authentication-code2', '654321']),
    ('iam', 'resync-mfa-device', 'authentication-code2', 'authentication-code-2', ['--user-name', 'u', '--serial-number', 'arn:aws:iam::123456789012:mfa/u', '--authentication-code1', '123456']),
    ('importexport', 'get-shipping-label', 'street1', 'street-1', ['--job-ids', 'j']),
    ('lambda', 'publish-version', 'code-sha256', 'code-sha-256', ['--function-name', 'f']),
    ('lightsail', 'import-key-pair', 'public-key-base64', 'public-key-base-64', ['--key-pair-name', 'k']),
    ('mgn', 'update-replication-configuration', 'replication-servers-security-groups-ids', 'replication-servers-security-groups-i-ds', ['--source-server-id', 's-1234567890abcdef0']),
    ('mgn', 'update-replication-configuration-template', 'replication-servers-security-groups-ids', 'replication-servers-security-groups-i-ds', ['--replication-configuration-template-id', 'rct-1234567890abcdef0']),
    ('mgn', 'start-test', 'source-server-ids', 'source-server-i-ds', []),
    ('mgn', 'describe-replication-configuration-templates', 'replication-configuration-template-ids', 'replication-configuration-template-i-ds', []),
    ('elasticache', 'create-replication-group', 'preferred-cache-cluster-azs', 'preferred-cache-cluster-a-zs', ['--replication-group-id', 'r', '--replication-group-description', 'd']),
]
ALIAS_VALUES = {
    'start-time': '2020-01-01T00:00:00Z', 'ec2-tag-set': 'ec2TagSetList=[[{Key=k,Value=v,Type=KEY_AND_VALUE}]]',
    'authentication-code1': '123456', 'authentication-code2': '654321', 'code-sha256': 'abc',
    'public-key-base64': 'c3NoLXJzYQ==', 'street1': '1 Main St', 's3-bucket': 'b', 's3-key-prefix': 'p/',
    'replication-servers-security-groups-ids': 'sg-1', 'source-server-ids': 's-1234567890abcdef0',
    'replication-configuration-template-ids': 'rct-1234567890abcdef0', 'preferred-cache-cluster-azs': 'us-east-1a',
}


def removed_group() -> Group:
    g = Group('removed', 'v1 command-line forms that v2 removed: hidden option aliases, operation aliases, ecr get-login; v2 renames kept')
    for service, operation, option, alias, required in V1_HIDDEN_ALIASES:
        value = ALIAS_VALUES.get(option, 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B/volume/vol-1122AABB')
        g.add(f'option-alias/{service}/{operation}/{alias}', [service, operation, f'--{alias}', value] + required)
        g.add(f'option-alias/{service}/{operation}/{option}', [service, operation, f'--{option}', value] + required)
    g.add('operation-alias/mturk/list-hi-ts-for-qualification-type', ['mturk', 'list-hi-ts-for-qualification-type', '--qualification-type-id', 'q'])
    g.add('operation-alias/mturk/list-hits-for-qualification-type', ['mturk', 'list-hits-for-qualification-type', '--qualification-type-id', 'q'])
    g.add('operation-alias/runtime.sagemaker', ['runtime.sagemaker', 'invoke-endpoint', '--endpoint-name', 'e', '--body', 'aGk=', 'out.bin'])
    g.add('operation-alias/socialmessaging/delete-whatsapp-media-message', ['socialmessaging', 'delete-whatsapp-media-message', '--media-id', 'm', '--origination-phone-number-id', 'p'])
    g.add('ecr/get-login', ['ecr', 'get-login'])
    g.add('ecr/get-login-no-include-email', ['ecr', 'get-login', '--no-include-email'])
    g.add('ecr/get-login-registry-ids', ['ecr', 'get-login', '--registry-ids', '123456789012'])
    g.add('ecr/get-login-password', ['ecr', 'get-login-password'])
    g.add('ecr/get-authorization-token', ['ecr', 'get-authorization-token'])
    g.add('ecr-public/get-login-password', ['ecr-public', 'get-login-password'])
    return g


def paging_group() -> Group:
    g = Group('paging', 'automatic paging: the first call, and whether the CLI asked for a second page (pagination parameters in --cli-input-json turn it off in v2)')
    lst = ['sagemaker', 'list-auto-ml-jobs']
    add = lambda name, argv, **kw: g.add(name, argv, observe_paging=True, **kw)  # noqa: E731
    add('no-options', lst)
    add('name-contains', lst + ['--name-contains', 'x'])
    add('max-results-option', lst + ['--max-results', '5'])
    add('next-token-option', lst + ['--next-token', 't'])
    add('page-size', lst + ['--page-size', '5'])
    add('max-items', lst + ['--max-items', '5'])
    add('starting-token', lst + ['--starting-token', 'eyJOZXh0VG9rZW4iOiAidCJ9'])
    add('no-paginate', lst + ['--no-paginate'])
    add('cli-input-json/max-results', lst + ['--cli-input-json', '{"MaxResults": 5}'])
    add('cli-input-json/next-token', lst + ['--cli-input-json', '{"NextToken": "t"}'])
    add('cli-input-json/both', lst + ['--cli-input-json', '{"MaxResults": 5, "NextToken": "t"}'])
    add('cli-input-json/non-paging-param', lst + ['--cli-input-json', '{"NameContains": "x"}'])
    add('cli-input-json/empty', lst + ['--cli-input-json', '{}'])
    add('cli-input-json/max-results-and-page-size', lst + ['--cli-input-json', '{"MaxResults": 5}', '--page-size', '3'])
    add('cli-input-json/max-results-and-max-items', lst + ['--cli-input-json', '{"MaxResults": 5}', '--max-items', '3'])
    add('cli-input-json/option-overrides', lst + ['--cli-input-json', '{"MaxResults": 5}', '--max-results', '7'])
    add('cli-input-json/file', lst + ['--cli-input-json', 'file://in.json'], files={'in.json': '{"MaxResults": 5}'})
    add('cli-input-yaml/max-results', lst + ['--cli-input-yaml', 'MaxResults: 5'])
    add('cli-input-yaml/non-paging-param', lst + ['--cli-input-yaml', 'NameContains: x'])
    add('no-paginate-with-max-items', lst + ['--no-paginate', '--max-items', '5'])
    add('s3api-list-objects-v2/plain', ['s3api', 'list-objects-v2', '--bucket', 'b'])
    add('s3api-list-objects-v2/cli-input-json-max-keys', ['s3api', 'list-objects-v2', '--cli-input-json', '{"Bucket": "b", "MaxKeys": 5}'])
    add('s3api-list-objects-v2/cli-input-json-bucket-only', ['s3api', 'list-objects-v2', '--cli-input-json', '{"Bucket": "b"}'])
    add('dynamodb-scan/cli-input-json-limit', ['dynamodb', 'scan', '--cli-input-json', '{"TableName": "tbl", "Limit": 5}'])
    add('dynamodb-scan/plain', ['dynamodb', 'scan', '--table-name', 'tbl'])
    add('dynamodb-scan/cli-input-json-start-key', ['dynamodb', 'scan', '--cli-input-json', '{"TableName": "tbl", "ExclusiveStartKey": {"k": {"S": "a"}}}'])
    add('kms-list-keys/cli-input-json-limit', ['kms', 'list-keys', '--cli-input-json', '{"Limit": 5}'])
    add('kms-list-keys/cli-input-json-marker', ['kms', 'list-keys', '--cli-input-json', '{"Marker": "m"}'])
    add('kms-list-keys/plain', ['kms', 'list-keys'])
    add('ec2-describe-instances/cli-input-json-max-results', ['ec2', 'describe-instances', '--cli-input-json', '{"MaxResults": 5}'])
    add('sqs-list-queues/cli-input-json-max-results', ['sqs', 'list-queues', '--cli-input-json', '{"MaxResults": 5}'])
    return g


AUTOML_REQUIRED_YAML = (
    'AutoMLJobName: job-1\n'
    'InputDataConfig:\n'
    '- DataSource:\n'
    '    S3DataSource:\n'
    '      S3DataType: S3Prefix\n'
    '      S3Uri: s3://bucket/train\n'
    '  TargetAttributeName: label\n'
    'OutputDataConfig:\n'
    '  S3OutputPath: s3://bucket/out\n'
    f'RoleArn: {ROLE}\n'
)


def input_group() -> Group:
    g = Group('input', '--cli-input-json, --cli-input-yaml and --generate-cli-skeleton (input, yaml-input, output)')
    automl = ['sagemaker', 'create-auto-ml-job']
    g.add('yaml/create-auto-ml-job', automl + ['--cli-input-yaml', AUTOML_REQUIRED_YAML])
    g.add('yaml/create-auto-ml-job-file', automl + ['--cli-input-yaml', 'file://in.yaml'], files={'in.yaml': AUTOML_REQUIRED_YAML})
    g.add('yaml/option-overrides', automl + ['--cli-input-yaml', AUTOML_REQUIRED_YAML, '--auto-ml-job-name', 'job-2'])
    g.add('yaml/flow-style', automl + ['--cli-input-yaml', '{AutoMLJobName: j, InputDataConfig: [{DataSource: {S3DataSource: {S3DataType: S3Prefix, S3Uri: "s3://b/t"}}, TargetAttributeName: y}], OutputDataConfig: {S3OutputPath: "s3://b/o"}, RoleArn: ' + ROLE + '}'])
    g.add('yaml/json-is-yaml', automl + ['--cli-input-yaml', '{"AutoMLJobName": "j"}', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE])
    g.add('yaml/typed-scalars', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'MaxResults: 5\nNameContains: "007"\nSortOrder: Ascending'])
    g.add('yaml/string-for-integer', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'MaxResults: "5"'])
    g.add('yaml/timestamp-value', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'CreationTimeAfter: 2020-01-01T00:00:00Z'])
    g.add('yaml/timestamp-string', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'CreationTimeAfter: "2020-01-01"'])
    g.add('yaml/boolean-words', automl + ['--cli-input-yaml', AUTOML_REQUIRED_YAML + 'GenerateCandidateDefinitionsOnly: yes\n'])
    g.add('yaml/boolean-true', automl + ['--cli-input-yaml', AUTOML_REQUIRED_YAML + 'GenerateCandidateDefinitionsOnly: true\n'])
    g.add('yaml/null-value', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'NameContains: null'])
    g.add('yaml/not-a-mapping', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', '- a\n- b'])
    g.add('yaml/scalar', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'hello'])
    g.add('yaml/empty', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', ''])
    g.add('yaml/syntax-error', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'a: [b'])
    g.add('yaml/tab-indent', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'SortBy:\n\tName'])
    g.add('yaml/unknown-key', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'Foo: 1'])
    g.add('yaml/anchor-alias', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'NameContains: &n abc\nSortBy: Name'])
    g.add('yaml/blob-base64', ['kms', 'encrypt', '--cli-input-yaml', 'KeyId: k\nPlaintext: aGVsbG8='])
    g.add('yaml/blob-plain', ['kms', 'encrypt', '--cli-input-yaml', 'KeyId: k\nPlaintext: hello world'])
    g.add('yaml/blob-binary-tag', ['kms', 'encrypt', '--cli-input-yaml', 'KeyId: k\nPlaintext: !!binary aGVsbG8='])
    g.add('yaml/blob-raw-in', ['kms', 'encrypt', '--cli-binary-format', 'raw-in-base64-out', '--cli-input-yaml', 'KeyId: k\nPlaintext: hello world'])
    g.add('yaml/dynamodb-item', ['dynamodb', 'put-item', '--cli-input-yaml', 'TableName: tbl\nItem:\n  k:\n    S: a\n  n:\n    N: "1"\n  b:\n    B: aGk=\n'])
    g.add('yaml/and-json', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'MaxResults: 5', '--cli-input-json', '{"MaxResults": 5}'])
    g.add('yaml/with-skeleton', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', 'MaxResults: 5', '--generate-cli-skeleton'])
    g.add('json/create-auto-ml-job', automl + ['--cli-input-json', json.dumps({'AutoMLJobName': 'j', 'InputDataConfig': [{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://b/t'}}, 'TargetAttributeName': 'y'}], 'OutputDataConfig': {'S3OutputPath': 's3://b/o'}, 'RoleArn': ROLE})])
    g.add('json/yaml-text', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-json', 'MaxResults: 5'])
    g.add('json/not-object', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-json', '[1]'])
    g.add('json/unknown-key', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-json', '{"Foo": 1}'])
    g.add('json/http-url', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-json', 'https://example.com/in.json'])
    skeleton_ops: list[tuple[str, list[str]]] = [
        ('create-auto-ml-job', automl),
        ('list-auto-ml-jobs', ['sagemaker', 'list-auto-ml-jobs']),
        ('kms-encrypt', ['kms', 'encrypt']),
        ('dynamodb-put-item', ['dynamodb', 'put-item']),
        ('lambda-invoke', ['lambda', 'invoke']),
        ('sqs-send-message', ['sqs', 'send-message']),
        ('s3api-put-object', ['s3api', 'put-object']),
    ]
    for label, base in skeleton_ops:
        for kind in ('input', 'yaml-input'):
            g.add(f'skeleton/{label}/{kind}', base + ['--generate-cli-skeleton', kind])
    g.add('skeleton/default-is-input', ['sagemaker', 'list-auto-ml-jobs', '--generate-cli-skeleton'])
    g.add('skeleton/invalid-kind', ['sagemaker', 'list-auto-ml-jobs', '--generate-cli-skeleton', 'json'])
    g.add('skeleton/describe-auto-ml-job/output', ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', '--generate-cli-skeleton', 'output'])
    for output in ('json', 'yaml', 'yaml-stream', 'text', 'table'):
        g.add(f'skeleton/list-auto-ml-jobs/output-{output}', ['sagemaker', 'list-auto-ml-jobs', '--generate-cli-skeleton', 'output', '--output', output])
    g.add('skeleton/kms-encrypt/output', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'aGk=', '--generate-cli-skeleton', 'output'])
    g.add('skeleton/kms-encrypt/output-invalid-base64-input', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'hello world', '--generate-cli-skeleton', 'output'])
    return g


def errors_group() -> Group:
    g = Group('errors', 'command-line errors and their v2 exit statuses: argparse, shorthand syntax, JSON, parameter validation, unknown options')
    automl = ['sagemaker', 'create-auto-ml-job']
    req = ['--auto-ml-job-name', 'j', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE]
    ch = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y'
    bad_shorthand = [
        ('missing-equals', 'DataSource'),
        ('unclosed-brace', 'DataSource={S3DataSource={S3DataType=S3Prefix'),
        ('unclosed-bracket', 'TargetAttributeName=[a,b'),
        ('trailing-comma', ch + ','),
        ('double-comma', 'TargetAttributeName=y,,ChannelType=training'),
        ('duplicate-key', 'TargetAttributeName=y,TargetAttributeName=z'),
        ('unterminated-quote', 'TargetAttributeName="y'),
        ('bad-key-char', 'Target%Name=y'),
        ('empty-key', '=y'),
        ('brace-value-garbage', 'DataSource={}x'),
    ]
    for label, value in bad_shorthand:
        g.add(f'shorthand/{label}', automl + req + ['--input-data-config', value])
    g.add('shorthand/output-data-config-missing-equals', automl + req[:2] + ['--input-data-config', ch, '--output-data-config', 'S3OutputPath'] + req[4:])
    g.add('json/invalid', automl + req + ['--input-data-config', '[{"DataSource": }]'])
    g.add('json/trailing-garbage', automl + req + ['--input-data-config', '[{"TargetAttributeName": "y"}] x'])
    g.add('json/wrong-type', automl + req + ['--input-data-config', '{"TargetAttributeName": "y"}'])
    g.add('validation/missing-nested', automl + req + ['--input-data-config', 'TargetAttributeName=y'])
    g.add('validation/unknown-nested-key', automl + req + ['--input-data-config', ch + ',Foo=1'])
    g.add('validation/min-length', automl + ['--auto-ml-job-name', 'j', '--input-data-config', ch, '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', 'r'])
    g.add('validation/integer-type', ['sagemaker', 'list-auto-ml-jobs', '--cli-input-json', '{"MaxResults": "five"}'])
    g.add('validation/range', ['sagemaker', 'list-auto-ml-jobs', '--max-results', '0'])
    g.add('integer/not-a-number', ['sagemaker', 'list-auto-ml-jobs', '--max-results', 'x'])
    g.add('timestamp/invalid', ['sagemaker', 'list-auto-ml-jobs', '--creation-time-after', 'yesterday'])
    g.add('timestamp/epoch', ['sagemaker', 'list-auto-ml-jobs', '--creation-time-after', '1700000000'])
    g.add('timestamp/iso', ['sagemaker', 'list-auto-ml-jobs', '--creation-time-after', '2023-11-14T22:13:20Z'])
    g.add('boolean/value-given', automl + req + ['--input-data-config', ch, '--generate-candidate-definitions-only', 'true'])
    g.add('argparse/missing-required', automl + ['--auto-ml-job-name', 'j'])
    g.add('argparse/unknown-option', ['sagemaker', 'list-auto-ml-jobs', '--fooo', 'x'])
    g.add('argparse/unknown-options-two', ['sagemaker', 'list-auto-ml-jobs', '--fooo', '--barr'])
    g.add('argparse/abbreviation', ['sagemaker', 'list-auto-ml-jobs', '--max-res', '5'])
    g.add('argparse/ambiguous-abbreviation', ['sagemaker', 'list-auto-ml-jobs', '--creation-time', '5'])
    g.add('argparse/missing-value', ['sagemaker', 'list-auto-ml-jobs', '--max-results'])
    g.add('argparse/invalid-choice-operation', ['sagemaker', 'list-auto-ml-jobz'])
    g.add('argparse/invalid-choice-service', ['sagemakr', 'list-auto-ml-jobs'])
    g.add('argparse/no-operation', ['sagemaker'])
    g.add('argparse/no-command', [])
    g.add('argparse/positional-extra', ['sagemaker', 'list-auto-ml-jobs', 'extra'])
    g.add('argparse/unknown-global', ['--fooo', 'sagemaker', 'list-auto-ml-jobs'])
    g.add('argparse/sort-order-choice-not-checked', ['sagemaker', 'list-auto-ml-jobs', '--sort-order', 'Sideways'])
    g.add('argparse/output-choice', ['sagemaker', 'list-auto-ml-jobs', '--output', 'xml'])
    g.add('argparse/debug-flag-value', ['sagemaker', 'list-auto-ml-jobs', '--cli-read-timeout', 'x'])
    g.add('param-file/missing', automl + req + ['--input-data-config', 'file://nope.json'])
    g.add('param-file/json', automl + req + ['--input-data-config', 'file://in.json'], files={'in.json': json.dumps([{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://b/t'}}, 'TargetAttributeName': 'y'}])})
    g.add('param-file/fileb-text-option', automl + req + ['--input-data-config', 'fileb://in.json'], files={'in.json': json.dumps([{'TargetAttributeName': 'y'}])})
    return g


def http_group() -> Group:
    g = Group('http', 'http:// and https:// values: v2 does not fetch them, the text is the value')
    urls = ['http://example.com/x', 'https://example.com/data.json', 'HTTPS://EXAMPLE.COM/X', 'https://', 'http://127.0.0.1:1/x']
    for url in urls:
        g.add(f'sqs-message-body/{url}', ['sqs', 'send-message', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/1/q', '--message-body', url])
    g.add('sqs-queue-url', ['sqs', 'get-queue-attributes', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/123456789012/q'])
    g.add('sns-subscribe-endpoint', ['sns', 'subscribe', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:t', '--protocol', 'https', '--notification-endpoint', 'https://example.com/hook'])
    g.add('cloudformation-template-url', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-url', 'https://s3.amazonaws.com/b/t.yaml'])
    g.add('cloudformation-template-body-url', ['cloudformation', 'create-stack', '--stack-name', 's', '--template-body', 'https://example.com/t.yaml'])
    g.add('structure-option-url', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'https://example.com/in.json', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE])
    g.add('structure-option-http-url', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'http://example.com/in.json', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE])
    g.add('output-path-url', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y', '--output-data-config', 'https://example.com/out', '--role-arn', ROLE])
    g.add('kms-plaintext-url', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'https://example.com/x'])
    g.add('kms-plaintext-url-raw', ['kms', 'encrypt', '--key-id', 'k', '--cli-binary-format', 'raw-in-base64-out', '--plaintext', 'https://example.com/x'])
    g.add('lambda-payload-url', ['lambda', 'invoke', '--function-name', 'f', '--payload', 'http://example.com/p', 'out.json'])
    g.add('iam-policy-document-url', ['iam', 'create-policy', '--policy-name', 'p', '--policy-document', 'https://example.com/policy.json'])
    g.add('list-option-url', ['sagemaker', 'add-tags', '--resource-arn', 'arn:aws:sagemaker:us-east-1:123456789012:automl-job/j', '--tags', 'https://example.com/tags.json'])
    return g


def globals_group() -> Group:
    g = Group('globals', 'global options new in v2 (--no-cli-pager, --no-cli-auto-prompt, --cli-binary-format) and their placement')
    lst = ['sagemaker', 'list-auto-ml-jobs']
    g.add('no-cli-pager/after', lst + ['--no-cli-pager'])
    g.add('no-cli-pager/before', ['--no-cli-pager'] + lst)
    g.add('no-cli-pager/with-value', lst + ['--no-cli-pager', 'yes'])
    g.add('no-cli-auto-prompt/after', lst + ['--no-cli-auto-prompt'])
    g.add('no-cli-auto-prompt/before', ['--no-cli-auto-prompt'] + lst)
    g.add('no-cli-auto-prompt/with-error', lst + ['--no-cli-auto-prompt', '--max-results', 'x'])
    g.add('no-cli-auto-prompt/missing-required', ['--no-cli-auto-prompt', 'sagemaker', 'create-auto-ml-job'])
    g.add('cli-binary-format/list-op', lst + ['--cli-binary-format', 'base64'])
    g.add('cli-binary-format/missing-value', lst + ['--cli-binary-format'])
    g.add('cli-binary-format/abbreviated', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'hi', '--cli-binary-form', 'raw-in-base64-out'])
    g.add('output-yaml/accepted', lst + ['--output', 'yaml'])
    g.add('output-yaml-stream/accepted', lst + ['--output', 'yaml-stream'])
    g.add('cli-connect-timeout', lst + ['--cli-connect-timeout', '5'])
    g.add('no-verify-ssl', lst + ['--no-verify-ssl'])
    g.add('ca-bundle', lst + ['--ca-bundle', '/nonexistent.pem'])
    g.add('endpoint-url', lst + ['--endpoint-url', 'http://127.0.0.1:1'])
    g.add('endpoint-url-invalid', lst + ['--endpoint-url', 'not a url'])
    g.add('query-invalid', lst + ['--query', '[[['])
    g.add('color-on', lst + ['--color', 'on'])
    g.add('color-invalid', lst + ['--color', 'sometimes'])
    return g


AUTOML_RESPONSE = {
    'AutoMLJobName': 'job-1',
    'AutoMLJobArn': 'arn:aws:sagemaker:us-east-1:123456789012:automl-job/job-1',
    'InputDataConfig': [{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://b/t'}}, 'TargetAttributeName': 'y'}],
    'OutputDataConfig': {'S3OutputPath': 's3://b/o'},
    'RoleArn': ROLE,
    'CreationTime': 1700000000.5,
    'LastModifiedTime': 1700000123,
    'AutoMLJobStatus': 'InProgress',
    'AutoMLJobSecondaryStatus': 'Starting',
    'GenerateCandidateDefinitionsOnly': False,
    'AutoMLJobConfig': {'CompletionCriteria': {'MaxCandidates': 10}},
}
LIST_RESPONSE = {'AutoMLJobSummaries': [
    {'AutoMLJobName': 'a', 'AutoMLJobArn': 'arn:a', 'AutoMLJobStatus': 'Completed', 'AutoMLJobSecondaryStatus': 'Completed', 'CreationTime': 1700000000, 'LastModifiedTime': 1700000001.25},
    {'AutoMLJobName': 'b', 'AutoMLJobArn': 'arn:b', 'AutoMLJobStatus': 'Failed', 'AutoMLJobSecondaryStatus': 'Failed', 'CreationTime': 1600000000, 'LastModifiedTime': 1600000000, 'FailureReason': 'quota: "x"\nline two'},
]}


def outputs_group() -> Group:
    g = Group('outputs', 'printed responses (canned HTTP responses parsed by botocore): --output yaml/yaml-stream/json/text/table, ISO 8601 timestamps, base64 blobs out, service errors (254)')
    describe = ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'job-1']
    lst = ['sagemaker', 'list-auto-ml-jobs']
    for output in ('json', 'yaml', 'yaml-stream', 'text', 'table'):
        g.add(f'describe/{output}', describe + ['--output', output], response={'body': AUTOML_RESPONSE})
        g.add(f'list/{output}', lst + ['--output', output], response={'body': LIST_RESPONSE})
        g.add(f'list-empty/{output}', lst + ['--output', output], response={'body': {'AutoMLJobSummaries': []}})
        g.add(f'kms-encrypt/{output}', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'aGk=', '--output', output],
              response={'body': {'CiphertextBlob': b64(b'\x01\x02\x03cipher'), 'KeyId': 'arn:aws:kms:us-east-1:123456789012:key/k', 'EncryptionAlgorithm': 'SYMMETRIC_DEFAULT'}})
    g.add('describe/query-yaml', describe + ['--output', 'yaml', '--query', 'CreationTime'], response={'body': AUTOML_RESPONSE})
    g.add('describe/query-scalar-text', describe + ['--output', 'text', '--query', 'AutoMLJobStatus'], response={'body': AUTOML_RESPONSE})
    g.add('describe/query-yaml-list', describe + ['--output', 'yaml', '--query', 'InputDataConfig[].TargetAttributeName'], response={'body': AUTOML_RESPONSE})
    g.add('describe/query-null-yaml', describe + ['--output', 'yaml', '--query', 'Missing'], response={'body': AUTOML_RESPONSE})
    g.add('list/query-yaml-stream', lst + ['--output', 'yaml-stream', '--query', 'AutoMLJobSummaries[].AutoMLJobName'], response={'body': LIST_RESPONSE})
    g.add('describe/timestamp-wire', describe + ['--output', 'json'], response={'body': AUTOML_RESPONSE},
          files={'config': '[default]\ncli_timestamp_format = wire\n'}, env={'AWS_CONFIG_FILE': 'config'})
    g.add('describe/timestamp-iso-config', describe + ['--output', 'json'], response={'body': AUTOML_RESPONSE},
          files={'config': '[default]\ncli_timestamp_format = iso8601\n'}, env={'AWS_CONFIG_FILE': 'config'})
    g.add('describe/timestamp-wire-yaml', describe + ['--output', 'yaml'], response={'body': AUTOML_RESPONSE},
          files={'config': '[default]\ncli_timestamp_format = wire\n'}, env={'AWS_CONFIG_FILE': 'config'})
    g.add('dynamodb-get-item/json', ['dynamodb', 'get-item', '--table-name', 'tbl', '--key', '{"k": {"S": "a"}}'],
          response={'body': {'Item': {'k': {'S': 'a'}, 'b': {'B': b64(b'\x00\xffhi')}, 'n': {'N': '1.50'}}}})
    g.add('dynamodb-get-item/yaml', ['dynamodb', 'get-item', '--table-name', 'tbl', '--key', '{"k": {"S": "a"}}', '--output', 'yaml'],
          response={'body': {'Item': {'k': {'S': 'a'}, 'b': {'B': b64(b'\x00\xffhi')}, 'n': {'N': '1.50'}}}})
    g.add('yaml/special-strings', describe + ['--output', 'yaml'], response={'body': {**AUTOML_RESPONSE, 'FailureReason': 'yes', 'AutoMLJobSecondaryStatus': '123', 'RoleArn': 'a: b # c'}})
    g.add('yaml/unicode', describe + ['--output', 'yaml'], response={'body': {**AUTOML_RESPONSE, 'FailureReason': 'caf\u00e9 \u65e5\u672c'}})
    g.add('service-error/validation', describe, response={'status': 400, 'body': {'__type': 'ValidationException', 'message': 'Job name is bad'}})
    g.add('service-error/not-found', describe, response={'status': 400, 'body': {'__type': 'ResourceNotFound', 'Message': 'no such job'}})
    g.add('service-error/throttling-yaml', describe + ['--output', 'yaml'], response={'status': 400, 'body': {'__type': 'ThrottlingException', 'message': 'slow down'}})
    return g


# ---- yaml-outputs: v2's YAML printer on harder values (its own file, yaml-outputs.jsonl) --------
# Nested maps and lists, blobs, timestamps with fractions, multi-line and long strings (libyaml
# folds at column 80), strings YAML would read as other types, unicode beyond the BMP (libyaml
# double-quotes it), floats, and the same values as json/yaml-stream/text where they differ.

NESTED_ITEM = {
    'pk': {'S': 'user#1'},
    'n': {'N': '123456789012345678901234567890'},
    'b': {'B': b64(b'\x00\x01\xfe\xff')},
    'bs': {'BS': [b64(b'a'), b64(b'')]},
    'm': {'M': {'inner': {'L': [{'S': ''}, {'NULL': True}, {'BOOL': False}, {'M': {}}, {'L': []}]}, 'z': {'SS': ['true', '1e3', '~']}}},
    'text': {'S': 'line one\nline two\n\nafter a blank line'},
    'long': {'S': ' '.join(['word'] * 40)},
    'quoted': {'S': "it's \"quoted\" : # not a comment"},
    'emoji': {'S': 'smile \U0001F600 caf\u00e9'},
    'tab': {'S': 'a\tb'},
}


def yaml_outputs_group() -> Group:
    g = Group('yaml-outputs', "v2's --output yaml on harder values (canned responses): nested maps and lists, blobs, timestamps, multi-line, long and unicode strings")
    get_item = ['dynamodb', 'get-item', '--table-name', 'tbl', '--key', '{"pk": {"S": "user#1"}}']
    for output in ('yaml', 'yaml-stream', 'json', 'text'):
        g.add(f'dynamodb-nested/{output}', get_item + ['--output', output], response={'body': {'Item': NESTED_ITEM}})
    g.add('dynamodb-nested/query-yaml', get_item + ['--output', 'yaml', '--query', 'Item.m.M.inner.L'], response={'body': {'Item': NESTED_ITEM}})
    g.add('dynamodb-nested/query-scalar-yaml', get_item + ['--output', 'yaml', '--query', 'Item.emoji.S'], response={'body': {'Item': NESTED_ITEM}})
    describe = ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'job-1']
    # Fractions in milliseconds: sending goes through the AWS SDK, whose timestamps are Dates
    # (microseconds are cut; see docs/aws-cli.md, deviations).
    timestamps = {**AUTOML_RESPONSE, 'CreationTime': 1700000000.125, 'LastModifiedTime': 0, 'EndTime': 4102444800,
                  'FailureReason': 'x' * 100, 'AutoMLJobConfig': {'DataSplitConfig': {'ValidationFraction': 0.1}, 'CompletionCriteria': {'MaxCandidates': 10}}}
    g.add('timestamps-and-floats/yaml', describe + ['--output', 'yaml'], response={'body': timestamps})
    g.add('timestamps-and-floats/yaml-wire', describe + ['--output', 'yaml'], response={'body': timestamps},
          files={'config': '[default]\ncli_timestamp_format = wire\n'}, env={'AWS_CONFIG_FILE': 'config'})
    g.add('kms-encrypt-binary/yaml', ['kms', 'encrypt', '--key-id', 'k', '--plaintext', 'aGk=', '--output', 'yaml'],
          response={'body': {'CiphertextBlob': b64(bytes(range(256))), 'KeyId': 'k', 'EncryptionAlgorithm': 'SYMMETRIC_DEFAULT'}})
    return g



EXAMPLES_DIR = Path(awscli.__file__).parent / 'examples'
# Services whose documented examples are mined (blob-heavy ones first); at most
# EXAMPLES_PER_SERVICE command lines each, in file-name order.
EXAMPLE_SERVICES = ['kms', 'dynamodb', 'lambda', 'kinesis', 'firehose', 'sqs', 'sns', 'secretsmanager',
                    'iot-data', 'rekognition', 'ecr', 'ec2', 'acm', 'ses', 'cloudformation', 'ssm', 'iam']
EXAMPLES_PER_SERVICE = 12
# Commands that are awscli programs of their own (they read local files), not one API call.
EXAMPLE_CUSTOMIZATIONS = {('cloudformation', 'deploy'), ('cloudformation', 'package'), ('ecr', 'get-login')}
SHELL_STOPS = {'|', '||', '>', '>>', '<', '&&', ';', '&', '2>', '1>'}


def example_command_lines(text: str) -> list[str]:
    """The `aws …` command lines of one example page (continuation lines joined)."""
    lines = text.splitlines()
    commands = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith('aws '):
            command = stripped
            while command.endswith(('\\', ' ^')) and i + 1 < len(lines):
                i += 1
                command = command[:-1].rstrip() + ' ' + lines[i].strip()
            commands.append(command)
        i += 1
    return commands


def example_argv(command: str, services: Any = None) -> list[str] | None:
    """`command` as the argv the shell would pass, cut at the first shell operator; None when
    it needs a shell's expansion or files we do not have, or names a service outside
    `services` (default EXAMPLE_SERVICES; scripts/sample-v2.py passes every service)."""
    services = EXAMPLE_SERVICES if services is None else services
    import shlex
    if any(mark in command for mark in ('$(', '`', '${')) or 'file://' in command or 'fileb://' in command:
        return None
    try:
        lexer = shlex.shlex(command, posix=True, punctuation_chars='|&;<>')
        lexer.whitespace_split = True
        words = list(lexer)
    except ValueError:
        return None
    for index, word in enumerate(words):
        if word in SHELL_STOPS or set(word) <= set('|&;<>'):
            words = words[:index]
            break
    if len(words) < 3 or words[0] != 'aws' or words[1] not in services:
        return None
    if (words[1], words[2]) in EXAMPLE_CUSTOMIZATIONS:
        return None
    if any(word.startswith('$') for word in words):
        return None
    return words[1:]


def examples_group() -> Group:
    g = Group('examples', "command lines mined from awscli v2's own documentation examples (awscli/examples/<service>/*.rst)")
    for service in EXAMPLE_SERVICES:
        taken = 0
        for page in sorted((EXAMPLES_DIR / service).glob('*.rst')):
            if taken >= EXAMPLES_PER_SERVICE:
                break
            for number, command in enumerate(example_command_lines(page.read_text(encoding='utf-8'))):
                argv = example_argv(command)
                # One command line per page keeps the mix broad.
                if argv is None or argv[1] != page.stem:
                    continue
                g.add(f'{service}/{page.stem}/{number}', argv)
                taken += 1
                break
    return g


V1_CORPUS_DIR = ROOT / 'corpus' / 'cli'
V1_REUSED = ['create-auto-ml-job', 'sagemaker', 'services', 'paging', 'config']


def v1_argv_group(name: str) -> Group:
    """The v1 corpus's command lines (corpus/cli/<name>.jsonl), under the same names, as v2 runs them."""
    g = Group(f'v1-{name}', f'the command lines of corpus/cli/{name}.jsonl (AWS CLI v1), row for row, as v2 runs them')
    for line in (V1_CORPUS_DIR / f'{name}.jsonl').read_text(encoding='utf-8').splitlines():
        row = json.loads(line)
        if 'argv' not in row:
            continue
        g.add(row['name'], row['argv'], files=row.get('files'), env=row.get('env'))
    return g


def groups() -> list[Group]:
    return [blob_group(), config_group(), removed_group(), paging_group(), input_group(), errors_group(),
            http_group(), globals_group(), outputs_group(), yaml_outputs_group(), examples_group()] + [v1_argv_group(n) for n in V1_REUSED]


def header(group: Group) -> dict[str, Any]:
    """The file's first row: what recorded it."""
    data_dir = Path(awscli.botocore.__file__).parent / 'data'
    loader = _shared_loader
    return {'header': {
        'corpus': group.name,
        'what': group.what,
        'dialect': 'v2',
        'awscli': awscli.__version__,
        'botocore': awscli.botocore.__version__,
        'awscliPath': str(Path(awscli.__file__).parent),
        'dataDir': str(data_dir),
        'searchPaths': [p for p in (loader.search_paths if loader else []) if not p.startswith(ENVIRONMENT['HOME'])],
        'python': '%d.%d.%d' % sys.version_info[:3],
        'rows': len(group.cases),
    }}


def render(group: Group) -> str:
    rows = []
    for case in group.cases:
        row = dict(case)
        row.update(run_aws(case['argv'], case.get('files'), case.get('env'), case.get('observePaging', False),
                           case.get('response'), case.get('interrupt', False)))
        rows.append(json.dumps(row, ensure_ascii=False))
    return '\n'.join([json.dumps(header(group), ensure_ascii=False)] + rows) + '\n'


def _outcome(row: dict[str, Any]) -> tuple[Any, ...]:
    if 'error' in row:
        return ('error', row['error']['kind'], row['error']['message'], row['error']['exitCode'])
    if 'params' in row:
        return ('params', json.dumps(row['params'], sort_keys=True))
    return ('stdout', row.get('stdout'))


def compare() -> str:
    """The rows of corpus/cli-v2/v1-*.jsonl whose outcome differs from the same-named row of the
    v1 corpus, one paragraph each (exit-status-only changes on one line)."""
    lines = []
    for name in V1_REUSED:
        v1 = {row['name']: row for row in map(json.loads, (V1_CORPUS_DIR / f'{name}.jsonl').read_text(encoding='utf-8').splitlines())}
        for row in map(json.loads, (OUT_DIR / f'v1-{name}.jsonl').read_text(encoding='utf-8').splitlines()):
            if 'header' in row or row['name'] not in v1:
                continue
            old, new = _outcome(v1[row['name']]), _outcome(row)
            if old == new:
                continue
            if old[0] == new[0] == 'error' and old[1:3] == new[1:3]:
                lines.append(f'{name}:{row["name"]}: exit {old[3]} -> {new[3]}')
            else:
                lines.append(f'{name}:{row["name"]}:\n  v1 {old!r}\n  v2 {new!r}')
    return '\n'.join(lines) + '\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--check', action='store_true', help='compare instead of writing')
    parser.add_argument('--argv', help='run one JSON argv and print its row')
    parser.add_argument('--compare', action='store_true', help='print how the v1-* rows differ from corpus/cli')
    parser.add_argument('--group', action='append', help='only this corpus file (e.g. blobs); repeatable')
    parser.add_argument('--aws-argv', action='store_true', help='run each {argv, files?} line of stdin and print its row')
    args = parser.parse_args()
    if args.aws_argv:
        # The oracle of the tests that have v2 read command lines back (test/serializer).
        for line in sys.stdin:
            if line.strip():
                case = json.loads(line)
                # ASCII escapes: a lone surrogate in a value could not be printed as UTF-8.
                print(json.dumps(run_aws(case['argv'], case.get('files'), before_validation=True)), flush=True)
        return 0
    if args.argv is not None:
        print(json.dumps(run_aws(json.loads(args.argv)), ensure_ascii=False, indent=2))
        return 0
    if args.compare:
        sys.stdout.write(compare())
        return 0
    status = 0
    for group in groups():
        if args.group and group.name not in args.group:
            continue
        status |= write_or_check(OUT_DIR / f'{group.name}.jsonl', ROOT, render(group), 'the installed AWS CLI v2', args.check)
    return status


if __name__ == '__main__':
    sys.exit(main())
