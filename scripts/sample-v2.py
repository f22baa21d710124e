#!/usr/bin/python3
"""A fresh, seeded-random sample of command lines over AWS CLI v2's own models, and what v2 does
with each: the measurement behind issue 11's "agrees with AWS CLI v2 on at least 97% of a fresh
sample" (test/cli/sample-v2-live.test.ts runs it and compares `aws-shorthand cli --jsonl
--dialect v2` line by line).

Run with Debian's Python (`/usr/bin/python3`, AWS CLI v2). Every case runs in-process through
scripts/record-v2-corpus.py's harness (`run_aws`: parameters caught at `provide-client-params`,
`before-call` stopped, nothing sent), so rows have that corpus's format (params / error / stdout).

The mix, drawn from the services, operations and argument tables v2 itself builds:
  blob        a top-level blob option: valid and invalid base64, text, fileb:// and file://,
              the `--opt=value` form, --cli-binary-format
  nested      a blob inside a JSON structure/list/map option (and a few shorthand ones)
  http        http(s):// values in string, structure and blob options
  example     command lines mined from v2's documentation examples (any service)
  paging      pagination keys in --cli-input-json, with and without paging options
  syntax      shorthand and JSON made invalid at a random place
  validation  wrong types, unknown keys, short strings, missing required members
  removed     v1's hidden option aliases and operation aliases, `ecr get-login`
  globals     global options, placed before or after the command

Usage:
  /usr/bin/python3 scripts/sample-v2.py --seed 20261205 [--count 320] [--jobs 2] > sample.jsonl
The first line is a header `{"header": {"seed": …, "count": …, "awscli": …}}`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The recorder's harness (environment, in-process runner, value encoding, example mining).
_spec = importlib.util.spec_from_file_location('record_v2_corpus', HERE / 'record-v2-corpus.py')
assert _spec is not None and _spec.loader is not None
rec = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rec)

import awscli.botocore.hooks  # noqa: E402
from awscli.arguments import BooleanArgument, CLIArgument  # noqa: E402

# Every fresh driver registers some 350 handlers, and botocore inspects each one's signature
# (a fifth of a run). The answer depends only on the code object, so it is kept per code object;
# this changes how fast the harness runs, not what the CLI does.
_original_accepts_kwargs = awscli.botocore.hooks.accepts_kwargs
_accepts: dict[Any, bool] = {}


def _cached_accepts_kwargs(func: Any) -> bool:
    code = getattr(func, '__code__', None) or getattr(getattr(func, '__func__', None), '__code__', None)
    if code is None:
        return _original_accepts_kwargs(func)
    if code not in _accepts:
        _accepts[code] = _original_accepts_kwargs(func)
    return _accepts[code]


awscli.botocore.hooks.accepts_kwargs = _cached_accepts_kwargs
from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver  # noqa: E402

# How many cases of each kind, per 100.
MIX = {'blob': 18, 'nested': 12, 'http': 8, 'example': 18, 'paging': 10, 'syntax': 10, 'validation': 10, 'removed': 5, 'globals': 9}
URLS = ['http://example.com/x', 'https://example.com/data.json', 'https://example.com/a?b=c', 'HTTP://EXAMPLE.COM/']
FILES = {'hello.txt': 'hello', 'hello.b64': 'aGVsbG8=\n', 'bytes.bin': {'$bytes': 'AP/+gGhp'}, 'event.json': '{"key": "value"}\n'}
FILE_REFS = ['fileb://hello.txt', 'fileb://bytes.bin', 'file://hello.b64', 'file://hello.txt', 'file://event.json', 'fileb://missing.bin']


class Models:
    """v2's command table, argument tables and raw models, loaded on demand."""

    def __init__(self) -> None:
        self.driver = create_clidriver()
        table = self.driver._get_command_table()
        self.services = {name: command for name, command in table.items() if type(command) is ServiceCommand}
        self._loader = self.driver.session.get_component('data_loader')
        self._operations: dict[str, dict[str, Any]] = {}

    def operations(self, service: str) -> dict[str, Any]:
        """`{cli name: ServiceOperation}` of a service (no waiters, no custom commands)."""
        if service not in self._operations:
            table = self.services[service]._get_command_table()
            self._operations[service] = {name: op for name, op in table.items() if isinstance(op, ServiceOperation) and not getattr(op, '_UNDOCUMENTED', False)}
        return self._operations[service]


def member_arguments(op: Any) -> list[Any]:
    """The operation's arguments that stand for input members (what argv can set)."""
    return [arg for arg in op.arg_table.values() if isinstance(arg, CLIArgument) and getattr(arg, 'argument_model', None) is not None and arg._serialized_name]


def value_for(shape: Any, rng: random.Random, depth: int = 0, blob: str = 'aGk=') -> Any:
    """A small valid value of `shape` (required members only), as JSON data."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == 'structure':
        if depth > 4:
            return {}
        if getattr(shape, 'is_union', False) or shape.metadata.get('union'):
            name = sorted(shape.members)[0]
            return {name: value_for(shape.members[name], rng, depth + 1, blob)}
        return {name: value_for(shape.members[name], rng, depth + 1, blob) for name in shape.required_members}
    if kind == 'list':
        return [value_for(shape.member, rng, depth + 1, blob) for _ in range(max(1, int(meta.get('min', 1))))]
    if kind == 'map':
        key = 'k' * max(1, int(shape.key.metadata.get('min', 1)))
        return {key: value_for(shape.value, rng, depth + 1, blob)}
    if kind == 'string':
        if shape.enum:
            return shape.enum[0]
        return 'x' * max(1, min(int(meta.get('min', 1)), 64))
    if kind in ('integer', 'long'):
        low = int(meta.get('min', 1))
        return max(low, min(1, int(meta.get('max', 1))))
    if kind in ('float', 'double'):
        return 1.5
    if kind == 'boolean':
        return True
    if kind == 'blob':
        return blob
    if kind == 'timestamp':
        return '2020-01-01T00:00:00Z'
    return 'x'


def as_words(arg: Any, value: Any) -> list[str]:
    """`--name value` for one argument (JSON for structures, lists and maps; words for a list of scalars)."""
    flag = arg.cli_name
    kind = arg.argument_model.type_name
    if isinstance(arg, BooleanArgument):
        return [flag] if value else [f'--no-{arg.name}']
    if kind == 'list' and arg.argument_model.member.type_name not in ('structure', 'list', 'map'):
        return [flag] + [str(item) for item in value]
    if kind in ('structure', 'list', 'map'):
        return [flag, json.dumps(value)]
    if isinstance(value, bool):
        return [flag, 'true' if value else 'false']
    return [flag, str(value)]


def required_words(op: Any, rng: random.Random, skip: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Words for every required argument of `op` (except `skip`), and the outfile if it has one."""
    words: list[str] = []
    for arg in member_arguments(op):
        if arg.required and arg.name not in skip:
            words += as_words(arg, value_for(arg.argument_model, rng))
    if op._operation_model.has_streaming_output:
        words.append('out.bin')
    return words


def has_blob(shape: Any, depth: int = 0) -> bool:
    if depth > 3:
        return False
    kind = shape.type_name
    if kind == 'blob':
        return not shape.serialization.get('streaming', False)
    if kind == 'structure':
        return any(has_blob(m, depth + 1) for m in shape.members.values())
    if kind == 'list':
        return has_blob(shape.member, depth + 1)
    if kind == 'map':
        return has_blob(shape.value, depth + 1)
    return False


def with_blob(shape: Any, rng: random.Random, blob: str, depth: int = 0) -> Any:
    """A value of `shape` whose first reachable blob holds `blob` (members added as needed)."""
    kind = shape.type_name
    if kind == 'blob':
        return blob
    if kind == 'structure':
        value = value_for(shape, rng)
        if not isinstance(value, dict):
            return value
        for name, member in shape.members.items():
            if has_blob(member, depth + 1):
                value[name] = with_blob(member, rng, blob, depth + 1)
                if getattr(shape, 'is_union', False) or shape.metadata.get('union'):
                    value = {name: value[name]}
                break
        return value
    if kind == 'list':
        return [with_blob(shape.member, rng, blob, depth + 1)]
    if kind == 'map':
        return {'k': with_blob(shape.value, rng, blob, depth + 1)}
    return value_for(shape, rng)


class Sampler:
    """Draws the cases of one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.models = Models()
        self.service_names = sorted(self.models.services)
        self._service_models: dict[str, Any] = {}

    def service_model(self, service: str) -> Any:
        if service not in self._service_models:
            self._service_models[service] = self.models.driver.session.get_service_model(self.models.services[service]._service_name)
        return self._service_models[service]

    def pick_operation(self, accept: Any, member: Any = None, tries: int = 80) -> tuple[str, str, Any, Any] | None:
        """A random (service, operation, op, argument) with an argument `accept(op, arg)` takes;
        `member(shape)` (on the model's input members) narrows the operations cheaply first,
        since building an argument table is the slow part."""
        rng = self.rng
        for _ in range(tries):
            service = rng.choice(self.service_names)
            try:
                model = self.service_model(service)
                names = sorted(model.operation_names)
                if member is not None:
                    names = [n for n in names if model.operation_model(n).input_shape is not None
                             and any(member(m) for m in model.operation_model(n).input_shape.members.values())]
                if not names:
                    continue
                api_name = rng.choice(names)
                ops = self.models.operations(service)
                matching = [(cli, op) for cli, op in ops.items() if op._operation_model.name == api_name]
                if not matching:
                    continue
                name, op = matching[0]
                chosen = [arg for arg in member_arguments(op) if accept(op, arg)]
            except Exception:
                continue
            if chosen:
                return service, name, op, rng.choice(chosen)
        return None

    def blob_value(self) -> tuple[str, dict[str, Any] | None]:
        rng = self.rng
        if rng.random() < 0.25:
            return rng.choice(FILE_REFS), FILES
        return rng.choice(rec.BASE64_VALUES)[1], None

    def format_flags(self) -> list[str]:
        return self.rng.choice([[], [], [], ['--cli-binary-format', 'raw-in-base64-out'], ['--cli-binary-format', 'base64']])

    # -- the kinds ---------------------------------------------------------------------------
    def blob(self) -> dict[str, Any] | None:
        is_blob = lambda shape: shape.type_name == 'blob' and not shape.serialization.get('streaming', False)  # noqa: E731
        found = self.pick_operation(lambda op, arg: is_blob(arg.argument_model) and arg.name != 'zip-file', is_blob)
        if found is None:
            return None
        service, name, op, arg = found
        value, files = self.blob_value()
        option = [f'{arg.cli_name}={value}'] if self.rng.random() < 0.3 or value.startswith('-') else [arg.cli_name, value]
        argv = [service, name] + required_words(op, self.rng, {arg.name}) + option + self.format_flags()
        return {'argv': argv, 'files': files}

    def nested(self) -> dict[str, Any] | None:
        rng = self.rng
        if rng.random() < 0.25:
            value = rng.choice(rec.BASE64_VALUES)[1]
            templates = [
                ['dynamodb', 'put-item', '--table-name', 'tbl', '--item', f'k={{S=a}},b={{B={value}}}'],
                ['kinesis', 'put-records', '--stream-name', 's', '--records', f'Data={value},PartitionKey=p'],
                ['firehose', 'put-record', '--delivery-stream-name', 's', '--record', f'Data={value}'],
                ['rekognition', 'detect-labels', '--image', f'Bytes={value}'],
                ['ses', 'send-raw-email', '--raw-message', f'Data={value}'],
            ]
            return {'argv': rng.choice(templates) + self.format_flags()}
        nests = lambda shape: shape.type_name in ('structure', 'list', 'map') and has_blob(shape)  # noqa: E731
        found = self.pick_operation(lambda op, arg: nests(arg.argument_model), nests)
        if found is None:
            return None
        service, name, op, arg = found
        value = rng.choice(rec.BASE64_VALUES)[1]
        data = with_blob(arg.argument_model, rng, value)
        argv = [service, name] + required_words(op, rng, {arg.name}) + [arg.cli_name, json.dumps(data)] + self.format_flags()
        return {'argv': argv}

    def http(self) -> dict[str, Any] | None:
        rng = self.rng
        kinds = rng.choice([('string',), ('structure', 'list', 'map'), ('blob',)])
        fits = lambda shape: shape.type_name in kinds and not shape.serialization.get('streaming', False)  # noqa: E731
        found = self.pick_operation(lambda op, arg: fits(arg.argument_model), fits)
        if found is None:
            return None
        service, name, op, arg = found
        return {'argv': [service, name] + required_words(op, rng, {arg.name}) + [arg.cli_name, rng.choice(URLS)]}

    def example(self) -> dict[str, Any] | None:
        rng = self.rng
        pages = self._example_pages()
        for _ in range(40):
            page = rng.choice(pages)
            commands = rec.example_command_lines(page.read_text(encoding='utf-8'))
            # The AWS CLI's own commands (`emr create-cluster`, `ecr get-login-password`) are left
            # out: aws-shorthand does not run them (a documented deviation).
            argvs = [argv for argv in (rec.example_argv(c, self.models.services) for c in commands) if argv is not None and not self._custom(argv)]
            if argvs:
                return {'argv': rng.choice(argvs)}
        return None

    def _custom(self, argv: list[str]) -> bool:
        table = self.models.services[argv[0]]._get_command_table()
        return argv[1] in table and not isinstance(table[argv[1]], ServiceOperation)

    def _example_pages(self) -> list[Path]:
        if not hasattr(self, '_pages'):
            self._pages = sorted(p for p in rec.EXAMPLES_DIR.glob('*/*.rst') if p.parent.name in self.models.services)
        return self._pages

    def paging(self) -> dict[str, Any] | None:
        rng = self.rng
        found = None
        for _ in range(60):
            service = rng.choice(self.service_names)
            paginators = self._paginators(service)
            if not paginators:
                continue
            api_name = rng.choice(sorted(paginators))
            try:
                matching = [(cli, op) for cli, op in self.models.operations(service).items() if op._operation_model.name == api_name]
            except Exception:
                continue
            if matching:
                found = (service, matching[0][0], matching[0][1])
                break
        if found is None:
            return None
        service, name, op = found
        config = self._paginators(service)[op._operation_model.name]
        tokens = config['input_token'] if isinstance(config['input_token'], list) else [config['input_token']]
        keys = list(tokens) + ([config['limit_key']] if 'limit_key' in config else [])
        members = op._operation_model.input_shape.members
        data: dict[str, Any] = {}
        for key in rng.sample(keys, rng.randint(0, len(keys))):
            if key in members:
                data[key] = value_for(members[key], rng) if members[key].type_name != 'string' else 'token-1'
        required = required_words(op, rng)
        if rng.random() < 0.5:
            # Required members in the JSON too, so the options may be left out.
            for arg in member_arguments(op):
                if arg.required:
                    data[arg._serialized_name] = value_for(arg.argument_model, rng)
            required = ['out.bin'] if op._operation_model.has_streaming_output else []
        extra = rng.choice([[], [], ['--page-size', '3'], ['--max-items', '2'], ['--no-paginate'], ['--starting-token', 'abc'], ['--no-paginate', '--max-items', '2']])
        return {'argv': [service, name] + required + ['--cli-input-json', json.dumps(data)] + extra}

    def _paginators(self, service: str) -> dict[str, Any]:
        name = self.models.services[service]._service_name
        try:
            return rec._paginator_models_session().get_paginator_model(name)._paginator_config
        except Exception:
            return {}

    def syntax(self) -> dict[str, Any] | None:
        rng = self.rng
        fits = lambda shape: shape.type_name == 'structure' and bool(shape.members)  # noqa: E731
        found = self.pick_operation(lambda op, arg: fits(arg.argument_model), fits)
        if found is None:
            return None
        service, name, op, arg = found
        shape = arg.argument_model
        value = value_for(shape, rng)
        if not isinstance(value, dict) or not value:
            value = {sorted(shape.members)[0]: 'x'}
        if rng.random() < 0.6:
            text = shorthand(value)
            cut = rng.randint(0, len(text))
            junk = rng.choice(['{', '}', '[', ']', ',', '=', '"', "'", ' ', ',,', '=='])
            text = text[:cut] + junk + text[cut:] if rng.random() < 0.7 else text[:cut]
        else:
            text = json.dumps(value)
            cut = rng.randint(1, len(text) - 1)
            text = text[:cut] + rng.choice(['', '}', ',', ':', '"']) + text[cut + 1:]
        return {'argv': [service, name] + required_words(op, rng, {arg.name}) + [arg.cli_name, text]}

    def validation(self) -> dict[str, Any] | None:
        rng = self.rng
        way = rng.choice(['int-text', 'json-wrong-type', 'json-unknown-key', 'short-string', 'missing-required'])
        if way == 'int-text':
            fits = lambda shape: shape.type_name in ('integer', 'long')  # noqa: E731
            found = self.pick_operation(lambda op, arg: fits(arg.argument_model), fits)
            if found is None:
                return None
            service, name, op, arg = found
            return {'argv': [service, name] + required_words(op, rng, {arg.name}) + [arg.cli_name, rng.choice(['x', '1.5', '', '0x10', '9' * 30])]}
        if way == 'short-string':
            fits = lambda shape: shape.type_name == 'string' and int(shape.metadata.get('min', 0)) > 1  # noqa: E731
            found = self.pick_operation(lambda op, arg: fits(arg.argument_model), fits)
            if found is None:
                return None
            service, name, op, arg = found
            return {'argv': [service, name] + required_words(op, rng, {arg.name}) + [arg.cli_name, 'a']}
        found = self.pick_operation(lambda op, arg: True)
        if found is None:
            return None
        service, name, op, arg = found
        data: dict[str, Any] = {}
        if way == 'json-wrong-type':
            data[arg._serialized_name] = rng.choice([[1], {'a': 1}, 'text', 5, True, None])
        elif way == 'json-unknown-key':
            data['NoSuchMember'] = 1
        rest = required_words(op, rng) if way != 'missing-required' else (['out.bin'] if op._operation_model.has_streaming_output else [])
        return {'argv': [service, name] + rest + ['--cli-input-json', json.dumps(data)]}

    def removed(self) -> dict[str, Any] | None:
        rng = self.rng
        if rng.random() < 0.7:
            service, operation, option, alias, required = rng.choice(rec.V1_HIDDEN_ALIASES)
            value = rec.ALIAS_VALUES.get(option, 'arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B/volume/vol-1122AABB')
            return {'argv': [service, operation, f'--{rng.choice([alias, option])}', value] + list(required)}
        return {'argv': rng.choice([
            ['mturk', 'list-hi-ts-for-qualification-type', '--qualification-type-id', 'q'],
            ['ecr', 'get-login'],
            ['ecr', 'get-login', '--no-include-email'],
            ['runtime.sagemaker', 'invoke-endpoint', '--endpoint-name', 'e', '--body', 'aGk=', 'out.bin'],
        ])}

    def globals(self) -> dict[str, Any] | None:
        rng = self.rng
        found = self.pick_operation(lambda op, arg: True)
        if found is None:
            return None
        service, name, op, _ = found
        choices = [
            ['--region', 'eu-west-1'], ['--output', rng.choice(['json', 'text', 'table', 'yaml', 'yaml-stream', 'xml'])],
            ['--no-paginate'], ['--no-cli-pager'], ['--no-cli-auto-prompt'], ['--cli-binary-format', rng.choice(['base64', 'raw-in-base64-out', 'raw'])],
            ['--color', rng.choice(['on', 'off', 'auto', 'blue'])], ['--no-verify-ssl'], ['--no-sign-request'],
            ['--cli-read-timeout', rng.choice(['5', 'x'])], ['--cli-connect-timeout', '0'], ['--endpoint-url', rng.choice(['https://example.com', 'example.com', 'http://'])],
            ['--query', rng.choice(['Foo', 'Items[0].Name', 'length(@)'])], ['--cli-auto-prompt', '--no-cli-auto-prompt'],
        ]
        before: list[str] = []
        after: list[str] = []
        for option in rng.sample(choices, rng.randint(1, 3)):
            (before if rng.random() < 0.5 else after).extend(option)
        return {'argv': before + [service, name] + required_words(op, rng) + after}

    def cases(self, count: int) -> list[dict[str, Any]]:
        kinds = [kind for kind, weight in MIX.items() for _ in range(weight)]
        out: list[dict[str, Any]] = []
        while len(out) < count:
            kind = self.rng.choice(kinds)
            try:
                case = getattr(self, kind)()
            except Exception:
                case = None
            if case is None:
                continue
            case['name'] = f'{kind}/{len(out)}'
            if not case.get('files'):
                case.pop('files', None)
            out.append(case)
        return out


def shorthand(value: Any) -> str:
    """`value` as simple shorthand (no quoting: the sample corrupts it anyway)."""
    def inner(item: Any) -> str:
        if isinstance(item, dict):
            return '{' + ','.join(f'{k}={inner(v)}' for k, v in item.items()) + '}'
        if isinstance(item, list):
            return '[' + ','.join(inner(v) for v in item) + ']'
        return str(item).lower() if isinstance(item, bool) else str(item)
    return ','.join(f'{k}={inner(v)}' for k, v in value.items())


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    row = dict(case)
    row.update(rec.run_aws(case['argv'], case.get('files')))
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--seed', type=int, required=True)
    parser.add_argument('--count', type=int, default=320)
    parser.add_argument('--jobs', type=int, default=2)
    args = parser.parse_args()
    cases = Sampler(args.seed).cases(args.count)
    if args.jobs > 1:
        with multiprocessing.get_context('fork').Pool(args.jobs) as pool:
            rows = pool.map(run_case, cases, chunksize=4)
    else:
        rows = [run_case(case) for case in cases]
    print(json.dumps({'header': {'seed': args.seed, 'count': len(rows), 'awscli': rec.awscli.__version__, 'botocore': rec.awscli.botocore.__version__}}))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main())
