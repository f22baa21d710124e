#!/usr/bin/env python3
"""Run the AWS CLI's own shorthand parser on inputs and report each outcome as JSON.

This is the oracle of the grammar corpus and of the live differential test: it imports
awscli and calls ``awscli.shorthand.ShorthandParser().parse(text)``; it does not
re-implement anything. Outcomes are plain JSON objects:

  {"value": <parsed value>}                          parse succeeded
  {"error": {"message": M, "offset": O}}             syntax error or duplicate top-level key
  {"error": {"message": M, "offset": null,
             "kind": "ResourceLoadingError"}}        an ``@=`` file could not be read
  {"pythonError": "<ClassName>: <text>"}             the AWS CLI itself crashed (RecursionError…)

``O`` is a 0-based offset in UTF-16 code units (Python reports code points; a character
beyond U+FFFF counts twice). Bytes read through ``fileb://`` are written as
``{"$bytes": "<base64>"}``.

awscli 1.45.11 builds syntax-error messages from an f-string whose last part lost its
``f`` prefix, so they end with the literal text ``{self._error_location()}``. Upstream
has fixed this; we record the fixed text, rebuilt from the attributes the exception
carries, so the corpus describes the intended behaviour rather than the typo.

Each input is parsed inside a fresh, empty temporary directory (the working directory
during the parse) holding only the row's ``files``, so relative ``file://`` paths resolve
the same way on every machine and a missing file is always missing.

CLI:
  shorthand_oracle.py --jsonl         rows {"input": str, "files"?: {...}} on stdin,
                                      one result object per line on stdout, in order
  shorthand_oracle.py TEXT [TEXT...]  one result line per argument (for quick looks)
"""

from __future__ import annotations

import base64
import json
import os
import sys
import tempfile
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

# awscli.shorthand and awscli.paramfile import each other; shorthand must load first.
from awscli.shorthand import (  # isort: skip
    DuplicateKeyInObjectError,
    ShorthandParser,
    ShorthandParseSyntaxError,
)
from awscli.paramfile import ResourceLoadingError  # isort: skip

# A row's file content: text (written as UTF-8, byte for byte) or {"$bytes": base64}.
FileContent = Union[str, Mapping[str, str]]


def utf16_offset(text: str, index: int) -> int:
    """Convert a code-point index into ``text`` to a UTF-16 code-unit offset."""
    astral = sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)
    return index + astral


def to_json_value(value: Any) -> Any:
    """Make a parsed value JSON-ready: bytes become {"$bytes": base64}, order is kept."""
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {key: to_json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    return value


def file_bytes(content: FileContent) -> bytes:
    """The exact bytes to write for one entry of a row's ``files``."""
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, Mapping) and set(content) == {"$bytes"}:
        return base64.b64decode(content["$bytes"])
    raise ValueError(f"file content must be a string or {{'$bytes': ...}}, got {content!r}")


def syntax_error_message(error: ShorthandParseSyntaxError) -> str:
    """The syntax-error text as upstream fixed it (the installed awscli prints a typo)."""
    return (
        f"Expected: '{error.expected}', received: '{error.actual}' for input:\n"
        + error._error_location()
    )


def _write_files(root: str, files: Mapping[str, FileContent]) -> None:
    for relative, content in files.items():
        if os.path.isabs(relative) or ".." in relative.split("/"):
            raise ValueError(f"file paths must stay inside the temp dir: {relative!r}")
        path = os.path.join(root, relative)
        os.makedirs(os.path.dirname(path) or root, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(file_bytes(content))


def _parse_outcome(text: str) -> Dict[str, Any]:
    # Called at a fixed, shallow stack depth so RecursionError appears at a stable depth.
    try:
        return {"value": to_json_value(ShorthandParser().parse(text))}
    except ShorthandParseSyntaxError as error:
        return {
            "error": {
                "message": syntax_error_message(error),
                "offset": utf16_offset(text, error.index),
            }
        }
    except DuplicateKeyInObjectError as error:
        return {"error": {"message": str(error), "offset": utf16_offset(text, error.index)}}
    except ResourceLoadingError as error:
        return {"error": {"message": str(error), "offset": None, "kind": "ResourceLoadingError"}}
    except Exception as error:  # the AWS CLI crashing is itself a behaviour we record
        return {"pythonError": f"{type(error).__name__}: {error}"}


def run_one(text: str, files: Optional[Mapping[str, FileContent]] = None) -> Dict[str, Any]:
    """Parse ``text`` with awscli inside a fresh temp dir holding ``files``; return the outcome."""
    if not isinstance(text, str):
        raise TypeError(f"input must be a string, got {type(text).__name__}")
    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="shorthand-oracle-") as root:
        _write_files(root, files or {})
        os.chdir(root)
        try:
            return _parse_outcome(text)
        finally:
            os.chdir(previous)


def run_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[Dict[str, Any]]:
    """Run each row ({"input", "files"?}) through the oracle, in order."""
    for row in rows:
        yield run_one(row["input"], row.get("files"))


def dumps(result: Mapping[str, Any]) -> str:
    """One JSON line, unicode kept readable, key order as built.

    Lone surrogates (possible in JSON input) cannot be written as UTF-8, so such a line
    falls back to \\u escapes, which is still valid JSON meaning the same thing.
    """
    line = json.dumps(result, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(result, ensure_ascii=True)
    return line


def _main(argv: list[str]) -> int:
    if argv == ["--jsonl"]:
        for line in sys.stdin:
            if not line.strip():
                continue
            row = json.loads(line)
            sys.stdout.write(dumps(run_one(row["input"], row.get("files"))) + "\n")
            sys.stdout.flush()
        return 0
    if not argv or argv[0].startswith("-"):
        sys.stderr.write(__doc__ or "")
        return 2
    for text in argv:
        sys.stdout.write(dumps(run_one(text)) + "\n")
    return 0


if __name__ == "__main__":
    # stdout must be UTF-8 whatever the locale says: rows carry any unicode.
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdin.reconfigure(encoding="utf-8")
    try:
        sys.exit(_main(sys.argv[1:]))
    except BrokenPipeError:
        # The reader stopped early (e.g. `| head`); that is not an oracle failure.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
