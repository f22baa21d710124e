#!/usr/bin/python3
"""Record the tables AWS CLI v2 keeps outside the service models into
src/awscli/v2/recorded-tables.ts: option renames and hidden option aliases (`argrename`), the
commands it removes from service command tables, hidden operation aliases. v2 has no
parameter-file exemptions (`paramfile.PARAMFILE_DISABLED` is gone), so that table is empty.

Runs on Debian's python3 with Debian's awscli (v2):

    /usr/bin/python3 scripts/record-v2-tables.py           # rewrite the file
    /usr/bin/python3 scripts/record-v2-tables.py --check   # exit 1 when the file differs
"""

import json
import os
import pathlib
import sys

os.environ.setdefault('AWS_EC2_METADATA_DISABLED', 'true')
os.environ.setdefault('AWS_DEFAULT_REGION', 'us-east-1')

import awscli  # noqa: E402
from awscli import paramfile  # noqa: E402
from awscli.clidriver import create_clidriver  # noqa: E402
from awscli.customizations import removals  # noqa: E402
from awscli.customizations.argrename import ARGUMENT_RENAMES, HIDDEN_ALIASES  # noqa: E402

from awscli_tables import recorded_command_aliases, render_top_level_commands, write_or_check  # noqa: E402  (our own, beside this script)

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / 'src' / 'awscli' / 'v2' / 'recorded-tables.ts'


def recorded_removals():
    """The removals awscli's plugins ask for while a driver is made."""
    requests = []
    original = removals.CommandRemover.remove

    def watch(self, on_event, remove_commands):
        requests.append((on_event, list(remove_commands)))
        original(self, on_event, remove_commands)

    removals.CommandRemover.remove = watch
    try:
        create_clidriver()
    finally:
        removals.CommandRemover.remove = original
    prefix = 'building-command-table.'
    table = {}
    for event, commands in requests:
        if not event.startswith(prefix):
            raise SystemExit(f'unexpected removal event {event}')
        table.setdefault(event[len(prefix):], []).extend(commands)
    return sorted(table.items())


def render():
    def pairs(table):
        return '\n'.join(f'  [{json.dumps(k)}, {json.dumps(v)}],' for k, v in table.items())

    disabled = sorted(getattr(paramfile, 'PARAMFILE_DISABLED', ()))
    removed = '\n'.join(f'  [{json.dumps(service)}, {json.dumps(commands)}],' for service, commands in recorded_removals())
    aliases = '\n'.join(f'  [{json.dumps(s)}, {json.dumps(a)}, {json.dumps(e)}],' for s, a, e in recorded_command_aliases())
    return f"""/**
 * Tables AWS CLI v2 keeps outside the service models, recorded from awscli {awscli.__version__}
 * by `/usr/bin/python3 scripts/record-v2-tables.py`. Do not edit by hand.
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

/** Options whose `file://` values are passed on literally ({len(disabled)} in v2). */
export const PARAMFILE_DISABLED: ReadonlySet<string> = new Set({json.dumps(disabled)});

/** Operations the AWS CLI takes out of a service's command table (streaming ones it cannot run). */
export const REMOVED_COMMANDS: ReadonlyArray<readonly [string, readonly string[]]> = [
{removed}
];

/** Hidden second names of operations (`[service, alias, operation]`), accepted but not documented. */
export const COMMAND_ALIASES: ReadonlyArray<readonly [string, string, string]> = [
{aliases}
];

{render_top_level_commands()}"""


def main():
    text = render()
    return write_or_check(OUT, ROOT, text, f'awscli {awscli.__version__}')


if __name__ == '__main__':
    sys.exit(main())
