#!/usr/bin/env python3
"""Record the AWS CLI's own commands (those no service model declares) into
src/awscli/v<major>/custom-commands.ts (the major version of the awscli that runs it): `s3 cp`, `cloudformation deploy`, `ecr get-login`,
`configure set`, `emr create-cluster`, … each with its arguments as the AWS CLI's argument
table declares them (name, positional or not, nargs, required, flag, choices, type).

Waiter commands (`<service> wait <waiter>`) are left out: they come from the models' waiters.

    python3 scripts/record-custom-commands.py           # rewrite the file
    python3 scripts/record-custom-commands.py --check   # exit 1 when the file differs
    /usr/bin/python3 scripts/record-custom-commands.py  # AWS CLI v2 (Debian's awscli package)
"""

import json
import pathlib
import sys

import awscli
from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver
from awscli.customizations.waiters import WaitCommand

from awscli_tables import write_or_check  # noqa: E402  (our own, beside this script)

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Each major version of the AWS CLI is a dialect with its own tables.
DIALECT = 'v' + awscli.__version__.split('.')[0]
OUT = ROOT / 'src' / 'awscli' / DIALECT / 'custom-commands.ts'
RUNNER = 'python3' if DIALECT == 'v1' else '/usr/bin/python3'


def nargs_of(argument):
    nargs = getattr(argument, 'nargs', None)
    if nargs is None:
        return None
    return str(nargs)


def flag_of(argument):
    """True for options that take no value (store_true / store_false)."""
    action = getattr(argument, '_action', None)
    return action in ('store_true', 'store_false') or getattr(argument, 'cli_type_name', None) == 'boolean' and action is not None and isinstance(action, str) and action.startswith('store_')


def record_arguments(command):
    out = []
    for name, argument in command.arg_table.items():
        entry = {'name': name}
        if argument.positional_arg:
            entry['positional'] = True
        nargs = nargs_of(argument)
        if nargs is not None:
            entry['nargs'] = nargs
        if argument.required:
            entry['required'] = True
        if flag_of(argument):
            entry['flag'] = True
        choices = getattr(argument, 'choices', None)
        if choices:
            entry['choices'] = list(choices)
        type_name = getattr(argument, 'cli_type_name', None)
        if type_name and type_name != 'string':
            entry['type'] = type_name
        if getattr(argument, '_undocumented', False) or getattr(argument, 'hidden', False):
            entry['documented'] = False
        out.append(entry)
    return out


def record_command(path, command, declared_only):
    entry = {'path': path, 'arguments': record_arguments(command)}
    subcommands = getattr(command, 'subcommand_table', None) or {}
    if declared_only:
        # A command's subcommand table is also filled by handlers of the event named after
        # its NAME, so `cloudformation deploy` would collect the `deploy` service's push,
        # register, ...: keep the subcommands the command declares itself.
        declared = {sub['name'] for sub in getattr(type(command), 'SUBCOMMANDS', [])}
        subcommands = {name: sub for name, sub in subcommands.items() if name in declared}
    children = [record_command(path + [name], sub, declared_only) for name, sub in subcommands.items()]
    if children:
        entry['subcommands'] = children
    return entry


def collect():
    driver = create_clidriver()
    records = []
    for name, command in driver._get_command_table().items():
        if not isinstance(command, ServiceCommand):
            records.append(record_command([name], command, False))
            continue
        for sub_name, sub in command._get_command_table().items():
            if isinstance(sub, (ServiceOperation, WaitCommand)):
                continue
            records.append(record_command([name, sub_name], sub, True))
    return records


def render(records):
    lines = [
        '/**',
        f' * The AWS CLI\'s own commands (awscli {awscli.__version__}), no service model declares them, with',
        f' * their argument tables. Written by `{RUNNER} scripts/record-custom-commands.py`; do not edit.',
        ' */',
        "import type { CustomCommandRecord } from '../custom-commands.js';",
        '',
        '/** Every custom command, top-level (`s3`, `configure`) or in a service (`cloudformation deploy`). */',
        'export const CUSTOM_COMMANDS: readonly CustomCommandRecord[] = [',
    ]
    for record in records:
        lines.append('  ' + json.dumps(record, separators=(', ', ': ')) + ',')
    lines.append('];')
    return '\n'.join(lines) + '\n'


def main():
    text = render(collect())
    return write_or_check(OUT, ROOT, text, f'awscli {awscli.__version__}')


if __name__ == '__main__':
    sys.exit(main())
