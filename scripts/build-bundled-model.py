#!/usr/bin/env python3
"""Build the bundled service models under models/ from the installed botocore.

The output is a botocore service model cut down to what the shorthand toolkit reads
(shape kinds, member order, required members, enums, numeric kinds, length/value bounds,
patterns, union/document/streaming flags, a structure's payload member, operations with their
input and output, and service metadata), with no documentation text, and each paginated operation carrying its
botocore paginator config (paginators-1.json, sdk-extras merged) under `paginator`, and the
service's botocore waiters (waiters-2.json, version 2) under a top-level `waiters` in the head,
gzipped with a fixed timestamp so that rebuilding from the same botocore gives the same bytes.

Usage:
  python3 scripts/build-bundled-model.py                      # sagemaker from botocore
  python3 scripts/build-bundled-model.py sagemaker s3         # several services
  python3 scripts/build-bundled-model.py sagemaker --source PATH/service-2.json.gz
"""

import argparse
import gzip
import json
import os
import sys

FORMAT_VERSION = 1

# Metadata fields the TypeScript loader reads.
METADATA_KEYS = (
    'apiVersion',
    'endpointPrefix',
    'jsonVersion',
    'protocol',
    'serviceId',
    'signingName',
    'targetPrefix',
    'uid',
)
# Shape fields the loader reads; member references keep 'shape' and these flags.
SHAPE_KEYS = (
    'type',
    'required',
    'enum',
    'min',
    'max',
    'pattern',
    'union',
    'document',
    'streaming',
    'payload',
)
MEMBER_REF_KEYS = ('shape', 'idempotencyToken')
# Paginator config fields the loader reads (src/model/loaders/paginators.ts).
PAGINATOR_KEYS = ('input_token', 'output_token', 'limit_key', 'result_key', 'more_results', 'non_aggregate_keys')
# Waiter and acceptor fields the loader reads (src/model/loaders/waiters.ts).
WAITER_KEYS = ('operation', 'delay', 'maxAttempts', 'description')
ACCEPTOR_KEYS = ('state', 'matcher', 'argument', 'expected')


def read_json(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as handle:
        return json.loads(handle.read().decode('utf-8'))


def read_model(service, source):
    """Return (model dict, paginator configs by operation, waiters file or None, description of
    where it came from)."""
    if source is not None:
        folder = os.path.dirname(source)
        pagination = {}
        for name in ('paginators-1.json', 'paginators-1.json.gz'):
            if os.path.isfile(os.path.join(folder, name)):
                pagination = read_json(os.path.join(folder, name)).get('pagination', {})
                break
        waiters = None
        for name in ('waiters-2.json', 'waiters-2.json.gz'):
            if os.path.isfile(os.path.join(folder, name)):
                waiters = read_json(os.path.join(folder, name))
                break
        return read_json(source), pagination, waiters, os.path.basename(source)
    import botocore
    import botocore.exceptions
    import botocore.loaders

    loader = botocore.loaders.Loader()
    version = loader.determine_latest_version(service, 'service-2')
    model = loader.load_service_model(service, 'service-2', version)
    try:
        # The loader merges paginators-1.sdk-extras.json in, as botocore's paginators see it.
        pagination = loader.load_service_model(service, 'paginators-1', version).get('pagination', {})
    except botocore.exceptions.DataNotFoundError:
        pagination = {}
    try:
        waiters = loader.load_service_model(service, 'waiters-2', version)
    except botocore.exceptions.DataNotFoundError:
        waiters = None
    return model, pagination, waiters, f'botocore {botocore.__version__} {service}/{version}/service-2'


def keep(mapping, keys):
    return {key: mapping[key] for key in keys if key in mapping}


def ref(reference):
    return keep(reference, MEMBER_REF_KEYS)


def compact_shape(shape):
    out = keep(shape, SHAPE_KEYS)
    if 'members' in shape:
        out['members'] = {name: ref(member) for name, member in shape['members'].items()}
    for field in ('member', 'key', 'value'):
        if field in shape:
            out[field] = ref(shape[field])
    return out


def compact_operation(operation, paginator):
    out = {'name': operation['name']}
    if 'http' in operation:
        out['http'] = keep(operation['http'], ('method', 'requestUri'))
    for field in ('input', 'output'):
        if field in operation:
            out[field] = ref(operation[field])
    if operation.get('deprecated'):
        out['deprecated'] = True
    if paginator is not None:
        out['paginator'] = keep(paginator, PAGINATOR_KEYS)
    return out


def compact_waiters(waiters):
    """The `waiters` object of a version-2 waiters file, cut to the fields the loader reads."""
    if not waiters or waiters.get('version') != 2:
        return None
    out = {}
    for name, config in waiters.get('waiters', {}).items():
        compact = keep(config, WAITER_KEYS)
        compact['acceptors'] = [keep(acceptor, ACCEPTOR_KEYS) for acceptor in config.get('acceptors', [])]
        out[name] = compact
    return out or None


def compact_model(model, pagination, waiters, origin):
    out = {
        'x-aws-shorthand': {'format': FORMAT_VERSION, 'source': origin},
        'metadata': keep(model['metadata'], METADATA_KEYS),
        'operations': {name: compact_operation(op, pagination.get(name)) for name, op in model['operations'].items()},
    }
    compact = compact_waiters(waiters)
    if compact is not None:
        # In the head, before the shapes: the lazy loader parses the head whole.
        out['waiters'] = compact
    out['shapes'] = {name: compact_shape(shape) for name, shape in model['shapes'].items()}
    return out


def model_text(compact):
    """Compact JSON with one shape per line after a `"shapes":{` line: still plain JSON, and
    the loader can index the lines and parse only the shapes a command reaches."""
    def dump(value):
        return json.dumps(value, separators=(',', ':'), ensure_ascii=False)

    head = {key: value for key, value in compact.items() if key != 'shapes'}
    lines = [f'{dump(name)}:{dump(shape)}' for name, shape in compact['shapes'].items()]
    return dump(head)[:-1] + ',"shapes":{\n' + ',\n'.join(lines) + '\n}}\n'


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('services', nargs='*', default=['sagemaker'])
    parser.add_argument('--source', help='a service-2.json[.gz] to read instead of botocore (one service only)')
    parser.add_argument(
        '--out-dir',
        default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'models'),
    )
    args = parser.parse_args(argv)
    if args.source is not None and len(args.services) != 1:
        parser.error('--source needs exactly one service name')
    os.makedirs(args.out_dir, exist_ok=True)
    for service in args.services:
        model, pagination, waiters, origin = read_model(service, args.source)
        compact = compact_model(model, pagination, waiters, origin)
        text = model_text(compact)
        data = gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0)
        path = os.path.join(args.out_dir, f'{service}.json.gz')
        with open(path, 'wb') as handle:
            handle.write(data)
        print(
            f'{path}: {len(data)} bytes gzipped, {len(text.encode("utf-8"))} bytes of JSON, '
            f'{len(model["operations"])} operations, {len(pagination)} paginators, {len(compact.get("waiters") or {})} waiters, {len(model["shapes"])} shapes ({origin})'
        )
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
