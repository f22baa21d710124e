#!/usr/bin/env python3
"""Record what the AWS CLI does with a shorthand string aimed at one model shape.

For a botocore shape (named in a service model) and a shorthand input this runs the CLI's own
shorthand parser, then its backwards-compatible model visitor (which turns strings into numbers,
booleans and one-element lists as the shape asks), then botocore's request validator on the
coerced value, and reports all three outcomes as JSON.

The oracle imports and calls awscli/botocore; it reimplements none of their logic. The only
liberty taken is with the text of a parse syntax error: awscli 1.45.11 forgets to interpolate
the caret picture into that message, so we build the message it meant to print.

Usage:
    model_oracle.py SERVICE SHAPE INPUT [INPUT ...]   one result on stdout (several INPUTs are
                                                      the CLI's nargs='+' form of a list shape)
    model_oracle.py < request.json                    one {service, shape, input} object
    model_oracle.py --jsonl < requests.jsonl          one result line per request line

A request's `input` is a string (one shorthand argument) or a list of strings (a list-typed
argument given several words: each word is parsed on its own and the visitor sees the list).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import corpus_json  # our own, beside this script

import botocore.session
from awscli.shorthand import (
    BackCompatVisitor,
    DocumentTypesNotSupportedError,
    DuplicateKeyInObjectError,
    ShorthandParseError,
    ShorthandParser,
    ShorthandParseSyntaxError,
)
from botocore.exceptions import UnknownServiceError
from botocore.model import NoShapeFoundError
from botocore.validate import ParamValidator, ValidationErrors

# Integers beyond this magnitude would lose precision in a JavaScript number.

_session = None
_models: dict[str, Any] = {}


def service_model(service: str) -> Any:
    """botocore's model for `service`, loaded once per process."""
    global _session
    if _session is None:
        _session = botocore.session.get_session()
    if service not in _models:
        _models[service] = _session.get_service_model(service)
    return _models[service]


def to_json(value: Any) -> Any:
    """A JSON-safe image of a coerced Python value (see corpus_json). Finite floats stay JSON
    numbers: whether a number is an int or a float follows from the shape it was coerced for."""
    return corpus_json.to_json(value)


def utf16_offset(text: str, index: int) -> int:
    """Convert a Python (code point) index into `text` to UTF-16 code units."""
    return len(text[:index].encode('utf-16-le')) // 2


def _parse_error(exc: ShorthandParseError) -> dict[str, Any]:
    if isinstance(exc, ShorthandParseSyntaxError):
        message = (
            f"Expected: '{exc.expected}', received: '{exc.actual}' for input:\n"
            + exc._error_location()
        )
        return {
            'kind': type(exc).__name__,
            'message': message,
            'offset': utf16_offset(exc.value, exc.index),
        }
    if isinstance(exc, DuplicateKeyInObjectError):
        return {
            'kind': type(exc).__name__,
            'message': str(exc),
            'offset': utf16_offset(exc.value, exc.index),
        }
    return {'kind': type(exc).__name__, 'message': str(exc)}


def _detail(key: str, value: Any) -> Any:
    if key == 'members':
        # Union errors carry the members mapping; the report prints its keys.
        return list(value)
    if key in ('type_error', 'param_type'):
        return str(value)
    return to_json(value)


def validate(value: Any, shape: Any) -> dict[str, Any]:
    """Run botocore's validator on `value` as if it were the whole input for `shape`.

    The root is named '' exactly as `ParamValidator.validate` names a request, so paths read
    `.Member[0].Key` and the report calls the root `input`.
    """
    errors = ValidationErrors()
    ParamValidator()._validate(value, shape, errors, '')
    entries = []
    for error in errors._errors:
        reason, name, additional = error
        details = {
            key: _detail(key, item)
            for key, item in additional.items()
            if key != 'user_params'  # the whole parent value again; adds nothing
        }
        entries.append(
            {
                'type': reason,
                'path': name,
                'message': errors._format_error(error),
                'details': details,
            }
        )
    return {'validation': entries, 'validationReport': errors.generate_report()}


def run(service: str, shape_name: str, text: str | list[str]) -> dict[str, Any]:
    """Parse, coerce and validate one input; the result object without the request echo."""
    try:
        shape = service_model(service).shape_for(shape_name)
    except UnknownServiceError as exc:
        # botocore's own message lists every service name; the name asked for is enough.
        message = f'Unknown service: {service!r}'
        return {'error': {'stage': 'model', 'kind': type(exc).__name__, 'message': message}}
    except NoShapeFoundError as exc:
        return {'error': {'stage': 'model', 'kind': type(exc).__name__, 'message': str(exc)}}

    parser = ShorthandParser()
    try:
        if isinstance(text, list):
            parsed: Any = [parser.parse(word) for word in text]
        else:
            parsed = parser.parse(text)
    except ShorthandParseError as exc:
        return {'error': {'stage': 'parse', **_parse_error(exc)}}

    try:
        # The visitor rewrites `parsed` in place; its return value is always None.
        BackCompatVisitor().visit(parsed, shape)
    except ShorthandParseError as exc:
        return {'error': {'stage': 'coerce', **_parse_error(exc)}}
    except DocumentTypesNotSupportedError as exc:
        # Escapes as itself only when the root shape is a document.
        return {'error': {'stage': 'coerce', 'kind': type(exc).__name__, 'message': str(exc)}}
    except (ValueError, TypeError, AttributeError) as exc:
        return {
            'error': {
                'stage': 'coerce',
                'kind': type(exc).__name__,
                'message': str(exc),
                'pythonError': True,
            }
        }

    result: dict[str, Any] = {'value': to_json(parsed)}
    try:
        result.update(validate(parsed, shape))
    except Exception as exc:  # the validator itself failing is worth recording, not hiding
        result['validationCrash'] = {'kind': type(exc).__name__, 'message': str(exc)}
    return result


def row(request: dict[str, Any]) -> dict[str, Any]:
    """A corpus row: the request's name/service/shape/input followed by the outcome."""
    out: dict[str, Any] = {}
    if 'name' in request:
        out['name'] = request['name']
    out['service'] = request['service']
    out['shape'] = request['shape']
    out['input'] = request['input']
    out.update(run(request['service'], request['shape'], request['input']))
    return out


def _guarded_row(line: str) -> dict[str, Any]:
    """`row` for one JSONL request line; a bad line yields an error row so the stream goes on."""
    try:
        request = json.loads(line)
        if not isinstance(request, dict):
            raise TypeError('a request must be a JSON object')
        for key in ('service', 'shape', 'input'):
            if key not in request:
                raise KeyError(key)
        return row(request)
    except Exception as exc:
        return {'error': {'stage': 'request', 'kind': type(exc).__name__, 'message': str(exc)}}


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def main(argv: list[str]) -> int:
    if argv and argv[0] == '--jsonl':
        for line in sys.stdin:
            if not line.strip():
                continue
            sys.stdout.write(_dump(_guarded_row(line)) + '\n')
            sys.stdout.flush()
        return 0
    if len(argv) >= 3:
        text: str | list[str] = argv[2] if len(argv) == 3 else argv[2:]
        request = {'service': argv[0], 'shape': argv[1], 'input': text}
    elif not argv:
        request = json.load(sys.stdin)
    else:
        sys.stderr.write(__doc__ or '')
        return 2
    print(json.dumps(row(request), ensure_ascii=False, allow_nan=False, indent=2))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
