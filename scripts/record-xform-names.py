#!/usr/bin/env python3
"""Record botocore's xform_name results as test data: corpus/model/xform-names.json.

Cases: every operation name of a set of services with many acronyms and digits, every
operation name elsewhere that has an acronym run, a digit or a pluralised acronym, the
names botocore special-cases, and the top-level input member names of the SageMaker
operations (they become the CLI's --argument names). Each case is [name, xform_name(name, '-')];
a smaller set also records the '_' separator.
"""

import json
import os
import re
import sys

import botocore
import botocore.session
from botocore import xform_name

FULL_SERVICES = (
    'sagemaker', 'ec2', 's3', 'iam', 'dynamodb', 'lambda', 'rds', 'storagegateway',
    'mturk', 'cloudfront', 'elbv2', 'route53', 'apigateway', 'glue', 'socialmessaging',
)
INTERESTING = re.compile(r'[A-Z]{2}|[0-9]|[A-Z]{2,}s$')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'corpus', 'model', 'xform-names.json'
    )
    session = botocore.session.get_session()
    loader = session.get_component('data_loader')
    names = set()
    for service in session.get_available_services():
        model = loader.load_service_model(service, 'service-2')
        for op in model['operations']:
            if service in FULL_SERVICES or INTERESTING.search(op):
                names.add(op)
        if service == 'sagemaker':
            for op in model['operations'].values():
                shape = model['shapes'].get(op.get('input', {}).get('shape', ''), {})
                names.update(shape.get('members', {}))
    # Names botocore converts by table; record them from botocore itself.
    names.update(name for (name, sep) in botocore._xform_cache if sep == '-')
    ordered = sorted(names)
    cases = [[name, xform_name(name, '-')] for name in ordered]
    underscore = [[name, xform_name(name, '_')] for name in ordered if INTERESTING.search(name)][:400]
    os.makedirs(os.path.dirname(out), exist_ok=True)
    # One case a line keeps the file diffable.
    def rows(pairs):
        return ',\n'.join('  ' + json.dumps(pair) for pair in pairs)

    with open(out, 'w') as handle:
        handle.write('{\n')
        handle.write(f'"source": {json.dumps(f"botocore {botocore.__version__} xform_name")},\n')
        handle.write(f'"hyphen": [\n{rows(cases)}\n],\n')
        handle.write(f'"underscore": [\n{rows(underscore)}\n]\n')
        handle.write('}\n')
    print(f'{out}: {len(cases)} hyphen cases, {len(underscore)} underscore cases')


if __name__ == '__main__':
    main()
