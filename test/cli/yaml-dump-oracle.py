"""Reads JSON lines from stdin and prints each value as AWS CLI v2 prints it with --output yaml.

The oracle of test/cli/yaml-emit.test.ts: ruamel.yaml's safe dumper set up as awscli 2.9.19's
YAMLDumper sets it up (run with Debian's /usr/bin/python3, which has AWS CLI v2's ruamel.yaml).
JSON values are decoded with {"$float": repr} for Python floats and {"$datetime": iso} for naive
datetimes, {"$int": digits} for integers beyond doubles; one JSON string per output line.
"""
import datetime
import io
import json
import sys

from awscli.formatter import YAMLDumper


def decode(value):
    if isinstance(value, dict):
        if set(value) == {'$float'}:
            return float(value['$float'])
        if set(value) == {'$int'}:
            return int(value['$int'])
        if set(value) == {'$datetime'}:
            return datetime.datetime.fromisoformat(value['$datetime'])
        return {key: decode(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [decode(item) for item in value]
    return value


dumper = YAMLDumper()
for line in sys.stdin:
    stream = io.StringIO()
    dumper.dump(decode(json.loads(line)), stream)
    print(json.dumps(stream.getvalue()))
