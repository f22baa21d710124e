"""Helpers shared by the scripts that record the AWS CLI's own tables into src/awscli (for v1
with the PATH's python3, for v2 with Debian's /usr/bin/python3): reading a built command table,
and writing a generated file or checking it is current. Import it after the environment a
script needs is set, since it imports awscli.
"""

import pathlib
import sys

from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver


def recorded_command_aliases():
    """Hidden operation aliases in every service's command table, `(service, alias, operation)`:
    undocumented commands that run the same operation model as a documented one."""
    aliases = []
    for name, command in create_clidriver()._get_command_table().items():
        if type(command) is not ServiceCommand:
            continue
        table = command._get_command_table()
        for alias, operation in table.items():
            if not isinstance(operation, ServiceOperation) or not getattr(operation, '_UNDOCUMENTED', False):
                continue
            for existing, other in table.items():
                if existing != alias and isinstance(other, ServiceOperation) and other._operation_model is operation._operation_model and not getattr(other, '_UNDOCUMENTED', False):
                    aliases.append((name, alias, existing))
    return aliases


def recorded_top_level_commands():
    """The main command table beyond the services, as `(removed, appended)`: the services the
    AWS CLI takes out of the list it builds from the session's services (renamed, or added again
    later), and the commands that follow those services, in the table's order."""
    driver = create_clidriver()
    services = driver.session.get_available_services()
    commands = list(driver._get_command_table())
    prefix = 0
    kept = []
    for service in services:
        if prefix < len(commands) and commands[prefix] == service:
            kept.append(service)
            prefix += 1
    removed = [service for service in services if service not in kept]
    table = driver._get_command_table()
    # Appended commands that run a service under another name (`opsworks-cm`: opsworkscm).
    aliases = [(name, table[name]._service_name) for name in commands[prefix:]
               if type(table[name]) is ServiceCommand and table[name]._service_name != name]
    return removed, commands[prefix:], aliases


def render_top_level_commands():
    """`TOP_LEVEL_COMMANDS` as TypeScript, for a recorded-tables file."""
    import json
    removed, appended, aliases = recorded_top_level_commands()
    return (
        '/**\n'
        ' * The main command list beyond the services: services taken out of it (renamed, or added again\n'
        ' * later), the commands appended after the services, in the AWS CLI\'s order (before `help`),\n'
        ' * and which of those run a service under another name (`[command, botocore service]`).\n'
        ' */\n'
        'export const TOP_LEVEL_COMMANDS: {\n'
        '  readonly removed: readonly string[];\n'
        '  readonly appended: readonly string[];\n'
        '  readonly serviceAliases: ReadonlyArray<readonly [string, string]>;\n'
        '} = {\n'
        f'  removed: {json.dumps(removed)},\n'
        f'  appended: {json.dumps(appended)},\n'
        f'  serviceAliases: {json.dumps([list(pair) for pair in aliases])},\n'
        '};\n'
    )


def write_or_check(out: pathlib.Path, root: pathlib.Path, text: str, source: str, check: bool | None = None) -> int:
    """Write `text` to `out`, or compare them when `check` (default: `--check` on the command line); the exit status."""
    name = out.relative_to(root)
    # A recorder that drives the AWS CLI in-process may have rewritten sys.argv: it passes `check`.
    if check if check is not None else '--check' in sys.argv[1:]:
        current = out.read_text(encoding='utf-8') if out.exists() else ''
        if current != text:
            print(f'{name} differs from what {source} declares', file=sys.stderr)
            return 1
        print(f'{name} matches {source}')
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding='utf-8')
    print(f'wrote {name}')
    return 0
