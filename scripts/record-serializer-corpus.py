#!/usr/bin/env python3
"""Record corpus/serializer/*.jsonl: our serializer's output, read back by the AWS CLI.

Our TypeScript serializer writes each case (scripts/serializer-corpus-cases.ts, bundled with
esbuild and run with node); this script then hands every text to the AWS CLI's own code and
records what it made of it:

  shorthand  ``awscli.shorthand.ShorthandParser().parse(text)``, then, when the row names a
             shape, ``BackCompatVisitor().visit(parsed, shape)`` (the CLI's model coercion);
  words      a list argument given as several words (``--tags Key=a Key=b``): each word parsed
             on its own, the visitor run on the list;
  json       ``json.loads(text)``, as the CLI reads a parameter that starts with ``{``/``[``;
  argv       a whole ``aws`` command line, run in-process through the AWS CLI's own driver
             (``awscli.clidriver``), recording the parameters it hands to botocore (caught at
             ``provide-client-params``, before botocore validates or sends anything).

It imports and calls awscli/botocore; it re-implements none of their logic. Every row is
verified: the AWS CLI's value must equal the value we serialized, or the script fails and
writes nothing. Rows:

  {"name", "value", "shape"?, "shorthand" | "words" | "json" + "reason" + "code", "awsValue"}
  {"name", "operation", "value", "argv", "notes", "awsValue"}          (command-lines.jsonl)

``shape`` is a SageMaker shape name (botocore service ``sagemaker``). Values use the model
corpus's escapes: ``{"$float": "nan" | "inf" | "-inf"}``, ``{"$int": "<digits>"}`` beyond
+-(2^53-1); ``-0.0`` is written as such. Generation is deterministic (fixed tables and seeds).

Usage:
  python3 scripts/record-serializer-corpus.py           # rewrite corpus/serializer/*.jsonl
  python3 scripts/record-serializer-corpus.py --check   # exit 1 if a re-recording would differ
  python3 scripts/record-serializer-corpus.py --aws-argv < argv.jsonl
      # oracle: lines {"argv": [...]} (without "aws") -> {"params": ...} or {"error": "..."}

Needs python3 with awscli, node, and the repository's node_modules (esbuild, fast-check).
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import corpus_json  # our own, beside this script

# awscli.shorthand and awscli.paramfile import each other; shorthand must load first.
from awscli.shorthand import BackCompatVisitor, ShorthandParser  # isort: skip
import botocore.session  # isort: skip

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / 'corpus' / 'serializer'
CASES_SOURCE = ROOT / 'scripts' / 'serializer-corpus-cases.ts'
# Inside the repository, so the bundle finds the package's `models` directory by walking up.
BUNDLE = ROOT / 'node_modules' / '.cache' / 'aws-shorthand' / 'serializer-corpus-cases.mjs'


def build_cases() -> List[Dict[str, Any]]:
    """Bundle and run the TypeScript half; one case object per output line."""
    BUNDLE.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(ROOT / 'node_modules' / '.bin' / 'esbuild'),
            str(CASES_SOURCE),
            '--bundle',
            '--platform=node',
            '--format=esm',
            '--log-level=warning',
            f'--outfile={BUNDLE}',
        ],
        check=True,
        cwd=ROOT,
    )
    run = subprocess.run(
        ['node', str(BUNDLE), str(ROOT)], check=True, cwd=ROOT, capture_output=True, encoding='utf-8'
    )
    # Not splitlines(): it also splits at U+2028, U+0085 and others that JSON strings hold raw.
    return [json.loads(line) for line in run.stdout.split('\n') if line.strip()]


def decode(value: Any) -> Any:
    """Undo the escapes of a case's value: floats, big integers, signed zero."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {'$float'}:
            return float(value['$float'])
        if set(value) == {'$int'}:
            return int(value['$int'])
        return {key: decode(item) for key, item in value.items()}
    return value


def encode(value: Any) -> Any:
    """Escape what JSON (and a JavaScript number) cannot hold (see corpus_json)."""
    return corpus_json.to_json(value, _unexpected)


def _unexpected(value: Any) -> Any:
    raise TypeError(f'unexpected {type(value).__name__} in a value: {value!r}')


def same(a: Any, b: Any) -> bool:
    """Typed equality: booleans are not numbers, NaN equals NaN, -0.0 is not 0.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) and math.isnan(a):
            return isinstance(b, float) and math.isnan(b)
        if a == 0 and b == 0:
            return math.copysign(1, a) == math.copysign(1, b)
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


_model = None
_driver = None
_captured: Dict[str, Any] = {}


class _Stop(BaseException):
    """Raised once the CLI hands its parameters to botocore. A BaseException, so the CLI's own
    `except Exception` lets it through."""


def _provide_params(params: Any, **_: Any) -> None:
    _captured['params'] = dict(params)
    raise _Stop()


def aws_params(argv: List[str], files: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Run ``aws <argv>`` in-process in a fresh directory holding ``files`` (name -> text, or
    {"$bytes": base64}); the parameters the CLI built, or its error text."""
    global _driver
    if _driver is None:
        # A fake, isolated configuration: nothing is read from the user's files, and the
        # endpoint is a closed local port, though nothing gets past provide-client-params.
        os.environ.update(
            {
                'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
                'AWS_SECRET_ACCESS_KEY': 'EXAMPLEKEY',
                'AWS_DEFAULT_REGION': 'us-east-1',
                'AWS_ENDPOINT_URL': 'http://127.0.0.1:1',
                'AWS_CONFIG_FILE': os.devnull,
                'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
                'AWS_PAGER': '',
            }
        )
        # AWS_DATA_PATH stays: importing awscli pointed it at awscli's own data (cli.json).
        for key in ('AWS_PROFILE', 'AWS_DEFAULT_OUTPUT', 'AWS_SESSION_TOKEN'):
            os.environ.pop(key, None)
        sys.argv[0] = 'aws'
        from awscli.clidriver import create_clidriver

        _driver = create_clidriver()
        _driver.session.register('provide-client-params', _provide_params)
    _captured.clear()
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory(prefix='serializer-argv-') as cwd:
        for name, content in (files or {}).items():
            with open(os.path.join(cwd, name), 'wb') as handle:
                handle.write(base64.b64decode(content['$bytes']) if isinstance(content, dict) else content.encode('utf-8'))
        previous = os.getcwd()
        os.chdir(cwd)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = _driver.main(list(argv))
                except SystemExit as exc:
                    code = exc.code
                except _Stop:
                    return {'params': _captured['params']}
        finally:
            os.chdir(previous)
    return {'error': f'exit {code}: {err.getvalue().strip()[-2000:]}'}


def shape_for(name: str) -> Any:
    global _model
    if _model is None:
        _model = botocore.session.get_session().get_service_model('sagemaker')
    return _model.shape_for(name)


def aws_value(case: Dict[str, Any]) -> Any:
    """What the AWS CLI makes of the case's text."""
    if 'json' in case:
        return json.loads(case['json'])
    if 'argv' in case:
        outcome = aws_params(case['argv'][1:])
        if 'error' in outcome:
            raise RuntimeError(outcome['error'])
        return outcome['params']
    parser = ShorthandParser()
    if 'words' in case:
        parsed: Any = [parser.parse(word) for word in case['words']]
    else:
        parsed = parser.parse(case['shorthand'])
    if 'shape' in case:
        # The visitor rewrites the parsed value in place.
        BackCompatVisitor().visit(parsed, shape_for(case['shape']))
    return parsed


def row(case: Dict[str, Any], value: Any) -> Dict[str, Any]:
    out: Dict[str, Any] = {'name': case['name']}
    if 'operation' in case:
        out['operation'] = case['operation']
    out['value'] = encode(decode(case['value']))
    if 'shape' in case:
        out['shape'] = case['shape']
    for key in ('shorthand', 'words', 'json', 'reason', 'code', 'argv', 'notes'):
        if key in case:
            out[key] = case[key]
    out['awsValue'] = encode(value)
    return out


def dumps(obj: Dict[str, Any]) -> str:
    """One JSON line; lines holding lone surrogates fall back to \\u escapes."""
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    try:
        text.encode('utf-8')
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, allow_nan=False)
    return text


def record(cases: Iterable[Dict[str, Any]]) -> Dict[str, List[str]]:
    files: Dict[str, List[str]] = {}
    failures = []
    for case in cases:
        try:
            value = aws_value(case)
        except Exception as error:  # the AWS CLI refusing our text is a failure to report
            failures.append(f"{case['name']}: the AWS CLI raised {type(error).__name__}: {error}")
            continue
        if not same(value, decode(case['value'])):
            failures.append(f"{case['name']}: the AWS CLI read {value!r}, we serialized {case['value']!r}")
            continue
        files.setdefault(case['file'], []).append(dumps(row(case, value)))
    if failures:
        sys.stderr.write('\n'.join(failures[:50]) + f'\n{len(failures)} case(s) do not read back\n')
        sys.exit(1)
    return files


def oracle() -> int:
    """`--aws-argv`: one outcome line per argv line on stdin."""
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        outcome = aws_params(case['argv'], case.get('files'))
        if 'params' in outcome:
            outcome = {'params': encode(outcome['params'])}
        sys.stdout.write(dumps(outcome) + '\n')
        sys.stdout.flush()
    return 0


def main(argv: List[str]) -> int:
    # The grammar corpus nests lists 400 deep; comparing and dumping those recurses past 1000.
    sys.setrecursionlimit(20000)
    if argv == ['--aws-argv']:
        return oracle()
    check = argv == ['--check']
    if argv and not check:
        sys.stderr.write(__doc__ or '')
        return 2
    files = record(build_cases())
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, lines in sorted(files.items()):
        path = OUT_DIR / f'{name}.jsonl'
        text = '\n'.join(lines) + '\n'
        if check:
            if not path.exists() or path.read_text(encoding='utf-8') != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.write_text(text, encoding='utf-8')
            print(f'{path.relative_to(ROOT)}: {len(lines)} rows')
    if stale:
        sys.stderr.write('would change: ' + ', '.join(stale) + '\n')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
