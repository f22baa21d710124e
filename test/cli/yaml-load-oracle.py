"""Reads JSON strings (one per line) from stdin and prints, per line, how AWS CLI v2 loads the text
as --cli-input-yaml: ruamel.yaml's safe loader as awscli 2.9.19's cliinput.py sets it up (run
with Debian's /usr/bin/python3). The value is printed as JSON with escapes: {"$float": repr},
{"$int": digits} beyond 2**53, {"$bytes": base64}, {"$datetime": isoformat} (naive UTC),
{"$date": isoformat}; a YAMLError prints {"$error": true}.
"""
import base64
import datetime
import json
import math
import sys
import warnings

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

warnings.simplefilter('ignore')


def encode(value):
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if abs(value) <= 2 ** 53 - 1 else {'$int': str(value)}
    if isinstance(value, float):
        return {'$float': 'nan' if math.isnan(value) else repr(value)}
    if isinstance(value, bytes):
        return {'$bytes': base64.b64encode(value).decode('ascii')}
    if isinstance(value, datetime.datetime):
        return {'$datetime': value.isoformat()}
    if isinstance(value, datetime.date):
        return {'$date': value.isoformat()}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(inner) for key, inner in value.items()}
    return {'$other': repr(value)}


for line in sys.stdin:
    yaml = YAML(typ='safe', pure=True)
    try:
        loaded = encode(yaml.load(json.loads(line)))
    except YAMLError:
        loaded = {'$error': True}
    print(json.dumps(loaded))
