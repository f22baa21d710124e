#!/usr/bin/env python3
"""Record the AWS CLI's per-parameter syntax examples as conformance data.

For every operation of the chosen services and every argument in the
operation's CLI argument table that stands for an input member, this asks
the installed AWS CLI v1 for the text its `help` page shows under the
option: the "Shorthand Syntax" example, the "JSON Syntax" example, and, for
lists of scalars, the plain "Syntax" example. It builds the CLI's own
argument tables and emits the CLI's own documentation events for each
argument in-process (so ParamShorthandDocGen and the JSON example writer of
awscli.clidocs produce the text), which takes customisations that rename,
hide or replace arguments into account. Nothing is scraped from man pages;
--verify cross-checks against them.

Output: corpus/help/<service>.jsonl (gzipped to .jsonl.gz when large), one
JSON object per line, in command-table order, so reruns are byte-identical
for the same awscli/botocore versions. Row fields:

  service    CLI service command name, e.g. "sagemaker"
  operation  CLI operation name, e.g. "create-auto-ml-job"
  param      CLI option as printed, e.g. "--auto-ml-job-config"
  member     input member name in the model, e.g. "AutoMLJobConfig"
  shape      the model shape name of that member
  type       the type shown in parentheses after the option name
  custom     true when a customisation replaced the model's argument or its
             class (toggles, pagination sizes, file-reading blobs...)
  shorthand  the Shorthand Syntax example text, or null when none is shown
  json       the JSON Syntax example text, or null when none is shown
  syntax     the "Syntax" example of a list of scalars, or null

Texts are the lines of the example block with the block's own indentation
removed, joined with "\\n" and without a trailing newline: exactly what a
reader sees inside the block.

--data-path DIR puts a botocore data directory first on the search path, so
synthetic models (DIR/<service>/<version>/service-2.json) can be recorded too.

--verify N renders the full `help` page of N operations per service (spread
evenly over the command table; 0 = none, -1 = all) through docutils and
groff exactly as `aws ... help` does, and checks that every recorded block
appears verbatim under its option. Mismatches are printed and make the exit
status 1.
"""

import argparse
import gzip
import io
import json
import os
import re
import sys

from awscli.arguments import BooleanArgument, CLIArgument, ListArgument
from awscli.bcdoc.restdoc import ReSTDocument
from awscli.clidocs import OperationDocumentEventHandler
from awscli.clidriver import create_clidriver
from awscli.help import PosixHelpRenderer

STANDARD_ARGUMENT_CLASSES = (CLIArgument, ListArgument, BooleanArgument)
# sagemaker is the project's service; the others widen coverage, and elb, firehose and
# workspaces carry the CLI's legacy list-of-one-member-structure examples.
DEFAULT_SERVICES = [
    'sagemaker',
    'dynamodb',
    'ecs',
    'lambda',
    's3api',
    'ec2',
    'elb',
    'firehose',
    'workspaces',
]
GZIP_THRESHOLD = 5 * 1024 * 1024
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def block_text(raw):
    """Lines of an example block, joined, without the block indentation.

    A line of only spaces (the inside of an empty structure) shows as an
    empty line: the rendered page carries no trailing blanks.
    """
    lines = [line if line.strip() else '' for line in raw.splitlines()]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return '\n'.join(lines)


class ExampleRecorder:
    """Emits the CLI's own doc events for one argument, as `help` does.

    `help` emits `doc-option` then `doc-option-example` for each argument, to
    whatever handlers the CLI registered (its OperationDocumentEventHandler
    and any customisation's). We emit the same pair, keep only what the
    second writes, and read its ReST literal blocks (`Title::`, a blank line,
    indented lines) back the way docutils does: a block ends at the first
    non-blank line indented no deeper than its title, and its common
    indentation is removed.
    """

    TITLES = {
        'Shorthand Syntax': 'shorthand',
        'JSON Syntax': 'json',
        'Syntax': 'syntax',
    }

    def __init__(self, help_command):
        self._help_command = help_command
        self._session = help_command.session
        self._event_class = help_command.event_class
        self._handler = OperationDocumentEventHandler(help_command)

    def close(self):
        self._handler.unregister()

    def blocks(self, arg_name):
        """The option's shown type and its example blocks' texts."""
        help_command = self._help_command
        help_command.doc = ReSTDocument(target='man')
        self._session.emit(
            f'doc-option.{self._event_class}.{arg_name}',
            arg_name=arg_name,
            help_command=help_command,
        )
        option = help_command.doc.getvalue().decode('utf-8')
        # The option's heading is "``--name`` (type)" or, for a flag pair,
        # "``--name`` | ``--no-name`` (type)".
        heading = re.match(r'^(?:``[^`]+``(?: \| )?)+ \(([^)]*)\)\n', option)
        found = {'type': heading.group(1) if heading else None}
        help_command.doc = ReSTDocument(target='man')
        self._session.emit(
            f'doc-option-example.{self._event_class}.{arg_name}',
            arg_name=arg_name,
            help_command=help_command,
        )
        rest = help_command.doc.getvalue().decode('utf-8')
        found.update(literal_blocks(rest, self.TITLES))
        return found


def indentation(line):
    return len(line) - len(line.lstrip(' '))


def literal_blocks(rest, titles):
    found = {}
    lines = rest.split('\n')
    index = 0
    while index < len(lines):
        line = lines[index]
        title = line.strip()
        if not title.endswith('::') or title[:-2] not in titles:
            index += 1
            continue
        base = indentation(line)
        body = []
        index += 1
        while index < len(lines):
            current = lines[index]
            if current.strip() and indentation(current) <= base:
                break
            body.append(current)
            index += 1
        depth = min(indentation(b) for b in body if b.strip())
        found[titles[title[:-2]]] = block_text(
            '\n'.join(b[depth:] for b in body)
        )
    return found


def record_argument(recorder, service, operation, input_shape, argument):
    model = argument.argument_model
    member = getattr(argument, '_serialized_name', None)
    if model is None or member is None or input_shape is None:
        return None
    if member not in input_shape.members:
        return None
    # Customisations either swap the model or wrap it in their own class.
    custom = model is not input_shape.members[member] or type(
        argument
    ) not in STANDARD_ARGUMENT_CLASSES
    row = {
        'service': service,
        'operation': operation,
        'param': argument.cli_name,
        'member': member,
        'shape': model.name,
        'type': None,
        'custom': custom,
        'shorthand': None,
        'json': None,
        'syntax': None,
    }
    row.update(recorder.blocks(argument.name))
    return row


def operation_rows(service, operation_name, operation):
    help_command = operation.create_help_command()
    recorder = ExampleRecorder(help_command)
    input_shape = operation._operation_model.input_shape
    rows = []
    seen_groups = set()
    for argument in operation.arg_table.values():
        if getattr(argument, '_UNDOCUMENTED', False):
            continue
        if argument.group_name is not None:
            # `--flag | --no-flag` is one documented option; keep the first.
            if argument.group_name in seen_groups:
                continue
            seen_groups.add(argument.group_name)
        row = record_argument(
            recorder, service, operation_name, input_shape, argument
        )
        if row is not None:
            rows.append(row)
    recorder.close()
    return rows


# ---------------------------------------------------------------- verify

OVERSTRIKE = re.compile('.\x08')


class CapturingRenderer:
    def __init__(self):
        self.contents = None

    def render(self, contents):
        self.contents = contents


def rendered_help(operation):
    """The text `aws <service> <operation> help` shows, without bold."""
    help_command = operation.create_help_command()
    capture = CapturingRenderer()
    help_command.renderer = capture
    help_command([], None)
    man = PosixHelpRenderer()._convert_doc_content(capture.contents)
    return OVERSTRIKE.sub('', man.decode('utf-8'))


def option_heading(line, following, known):
    """The option a section heading names, or None.

    groff may break a long option name across two lines, adding a hyphen
    (or breaking at one of the name's own), so both joins are tried.
    """
    match = re.match(r'^       (--[a-z0-9-]+)(\s+(\||\()|$)', line)
    if not match:
        return None
    name = match.group(1)
    if match.group(2) or not name.endswith('-'):
        return name if name in known else None
    rest = re.match(r'^       ([a-z0-9-]+)\s+(\||\()', following)
    if not rest:
        return None
    for joined in (name[:-1] + rest.group(1), name + rest.group(1)):
        if joined in known:
            return joined
    return None


def option_sections(text, known):
    """Map '--option' to the lines of its section in the OPTIONS part."""
    lines = text.splitlines()
    sections = {}
    current = None
    in_options = False
    for index, line in enumerate(lines):
        if line == 'OPTIONS':
            in_options = True
            continue
        if in_options and line and not line.startswith(' '):
            break
        if not in_options:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ''
        name = option_heading(line, following, known)
        if name is not None:
            current = name
            sections[current] = []
            continue
        if current is not None:
            sections[current].append(line)
    return sections


def rendered_block(section, title):
    """The dedented body of the block headed `title:` in an option section."""
    header = f'       {title}:'
    try:
        start = section.index(header) + 1
    except ValueError:
        return None
    body = []
    for line in section[start:]:
        if line.strip() and not line.startswith('          '):
            break
        body.append(line[10:] if line.strip() else '')
    return block_text('\n'.join(body))


def verify_operation(operation, rows):
    known = {row['param'] for row in rows}
    known.update(
        argument.cli_name for argument in operation.arg_table.values()
    )
    sections = option_sections(rendered_help(operation), known)
    problems = []
    for row in rows:
        section = sections.get(row['param'])
        if section is None:
            if row['type'] != 'boolean':
                problems.append(f"{row['param']}: no section in rendered help")
            continue
        for title, key in (
            ('Shorthand Syntax', 'shorthand'),
            ('JSON Syntax', 'json'),
            ('Syntax', 'syntax'),
        ):
            seen = rendered_block(section, title)
            if seen != row[key]:
                problems.append(
                    f"{row['param']} {title}: recorded {row[key]!r}, "
                    f"rendered {seen!r}"
                )
    return problems


def verification_sample(names, count):
    if count < 0 or count >= len(names):
        return list(names)
    if count == 0:
        return []
    step = len(names) / count
    return [names[int(i * step)] for i in range(count)]


# ------------------------------------------------------------------ main


def write_rows(service, rows, out_dir):
    buffer = io.StringIO()
    for row in rows:
        buffer.write(json.dumps(row, ensure_ascii=False))
        buffer.write('\n')
    data = buffer.getvalue().encode('utf-8')
    plain = os.path.join(out_dir, f'{service}.jsonl')
    packed = plain + '.gz'
    for stale in (plain, packed):
        if os.path.exists(stale):
            os.remove(stale)
    if len(data) > GZIP_THRESHOLD:
        # mtime=0 and no file name keep the archive byte-identical.
        with open(packed, 'wb') as raw:
            with gzip.GzipFile(
                filename='', fileobj=raw, mode='wb', mtime=0
            ) as archive:
                archive.write(data)
        return packed
    with open(plain, 'wb') as handle:
        handle.write(data)
    return plain


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('services', nargs='*', default=DEFAULT_SERVICES)
    parser.add_argument('--out', default=os.path.join(ROOT, 'corpus', 'help'))
    parser.add_argument('--verify', type=int, default=5)
    parser.add_argument(
        '--data-path',
        help='extra botocore data directory searched first (AWS_DATA_PATH), '
        'e.g. to record synthetic test models',
    )
    args = parser.parse_args()
    if args.data_path:
        os.environ['AWS_DATA_PATH'] = os.path.abspath(args.data_path)
    os.makedirs(args.out, exist_ok=True)
    driver = create_clidriver()
    commands = driver._get_command_table()
    failed = False
    for service in args.services:
        operations = commands[service]._get_command_table()
        names = [name for name in operations if name != 'help']
        rows_by_operation = {}
        rows = []
        for name in names:
            operation = operations[name]
            if not hasattr(operation, '_operation_model'):
                continue
            rows_by_operation[name] = operation_rows(service, name, operation)
            rows.extend(rows_by_operation[name])
        path = write_rows(service, rows, args.out)
        print(f'{service}: {len(rows)} parameters -> {os.path.relpath(path, ROOT)}')
        checked = 0
        for name in verification_sample(list(rows_by_operation), args.verify):
            problems = verify_operation(operations[name], rows_by_operation[name])
            checked += 1
            for problem in problems:
                failed = True
                print(f'  MISMATCH {service} {name} {problem}')
        if checked:
            print(f'  verified {checked} rendered help pages')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
