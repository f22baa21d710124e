/**
 * Edge cases of the per-option syntax examples on a synthetic model: recursion through
 * structures, lists and maps; the depth at which the CLI drops the shorthand example; enum map
 * keys; list bracketing; documents; unions; empty structures; `Value` wrappers; and the legacy
 * list options of firehose, workspaces and elb. The expected texts were recorded from the
 * installed AWS CLI with `scripts/record-help-corpus.py --data-path` on this very model, and
 * the last test re-records them live when Python with awscli is available.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { optionExamples, optionTypeName } from '../../src/cli/docs/index.js';
import type { BotocoreModelJson, BotocoreShapeJson } from '../../src/model/index.js';
import { modelFromBotocore, xformName } from '../../src/model/index.js';

type Shapes = Record<string, BotocoreShapeJson>;

function struct(members: Record<string, string>, extra: Partial<BotocoreShapeJson> = {}): BotocoreShapeJson {
  const refs = Object.fromEntries(Object.entries(members).map(([name, shape]) => [name, { shape }]));
  return { type: 'structure', members: refs, ...extra };
}

function list(member: string, extra: Partial<BotocoreShapeJson> = {}): BotocoreShapeJson {
  return { type: 'list', member: { shape: member }, ...extra };
}

function map(key: string, value: string): BotocoreShapeJson {
  return { type: 'map', key: { shape: key }, value: { shape: value } };
}

const PROBE_SHAPES: Shapes = {
  String: { type: 'string' },
  Integer: { type: 'integer' },
  Long: { type: 'long' },
  Float: { type: 'float' },
  Double: { type: 'double' },
  Boolean: { type: 'boolean' },
  Timestamp: { type: 'timestamp' },
  Blob: { type: 'blob' },
  Document: { type: 'structure', members: {}, document: true },
  KeyEnum: { type: 'string', enum: ['alpha', 'beta'] },
  StringList: list('String'),
  EnumList: list('KeyEnum'),
  IntegerList: list('Integer'),
  ListOfStringLists: list('StringList'),
  Pair: struct({ A: 'String', B: 'Integer' }),
  PairList: list('Pair'),
  PairMap: map('String', 'Pair'),
  StringListMap: map('String', 'StringList'),
  KeyedMap: map('KeyEnum', 'String'),
  KeyedMapList: list('KeyedMap'),
  NestedKeyedMap: struct({ Keyed: 'KeyedMap', Pairs: 'PairMap' }),
  Rec: struct({ Name: 'String', Child: 'Rec', Children: 'RecList' }),
  RecList: list('Rec'),
  Tree: struct({ Label: 'String', Branches: 'TreeMap' }),
  TreeMap: map('String', 'Tree'),
  Level1: struct({ Level2: 'Level2' }),
  Level2: struct({ Level3: 'Level3' }),
  Level3: struct({ Level4: 'Level4' }),
  Level4: struct({ Leaf: 'String' }),
  Upper1: struct({ Upper2: 'Upper2' }),
  Upper2: struct({ Upper3: 'Upper3' }),
  Upper3: struct({ Leaf: 'String' }),
  ListHolder: struct({ Plain: 'StringList', Inner: 'InnerHolder', Pairs: 'PairList', Numbers: 'IntegerList' }),
  InnerHolder: struct({ Strings: 'StringList', Lists: 'ListOfStringLists' }),
  ValueWrapper: struct({ Value: 'String' }),
  BooleanValueWrapper: struct({ Value: 'Boolean' }),
  DocumentList: list('Document'),
  DocumentMap: map('String', 'Document'),
  WithDocuments: struct({ Doc: 'Document', Docs: 'DocumentList', DocMap: 'DocumentMap', Name: 'String' }),
  Choice: struct({ Text: 'String', Number: 'Integer' }, { union: true }),
  Empty: struct({}),
  HasEmpty: struct({ Nothing: 'Empty', Name: 'String' }),
  Scalars: struct({
    When: 'Timestamp',
    Bytes: 'Blob',
    Ratio: 'Float',
    Precise: 'Double',
    Big: 'Long',
    Flag: 'Boolean',
    Kind: 'KeyEnum',
  }),
  ProbeInput: struct({
    Recursive: 'Rec',
    TreeRoot: 'Tree',
    TooDeep: 'Level1',
    DeepEnough: 'Upper1',
    KeyedMap: 'KeyedMap',
    KeyedMaps: 'KeyedMapList',
    NestedMaps: 'NestedKeyedMap',
    PairMap: 'PairMap',
    ListMap: 'StringListMap',
    Lists: 'ListHolder',
    ListOfLists: 'ListOfStringLists',
    PairList: 'PairList',
    Strings: 'StringList',
    Enums: 'EnumList',
    Numbers: 'IntegerList',
    Wrapped: 'ValueWrapper',
    WrappedFlag: 'BooleanValueWrapper',
    WithDocuments: 'WithDocuments',
    Document: 'Document',
    Documents: 'DocumentList',
    Choice: 'Choice',
    HasEmpty: 'HasEmpty',
    Empty: 'Empty',
    Scalars: 'Scalars',
    Flag: 'Boolean',
    Count: 'Integer',
    Name: 'String',
  }),
};

function serviceModel(
  endpointPrefix: string,
  serviceId: string,
  operations: Record<string, string>,
  shapes: Shapes,
): BotocoreModelJson {
  return {
    version: '2.0',
    metadata: {
      apiVersion: '2099-01-01',
      endpointPrefix,
      protocol: 'json',
      jsonVersion: '1.1',
      serviceId,
      signatureVersion: 'v4',
      targetPrefix: serviceId.replace(/ /g, ''),
      uid: `${endpointPrefix}-2099-01-01`,
    },
    operations: Object.fromEntries(
      Object.entries(operations).map(([name, input]) => [
        name,
        { name, http: { method: 'POST', requestUri: '/' }, input: { shape: input } },
      ]),
    ),
    shapes,
  };
}

/** Synthetic models by CLI service name; the last three reuse real names for the legacy lists. */
const MODELS: Readonly<Record<string, BotocoreModelJson>> = {
  shorthanddocs: serviceModel('shorthanddocs', 'ShorthandDocs', { Probe: 'ProbeInput' }, PROBE_SHAPES),
  firehose: serviceModel('firehose', 'Firehose', { PutRecordBatch: 'PutRecordBatchInput' }, {
    String: { type: 'string' },
    Blob: { type: 'blob' },
    Record: struct({ Data: 'Blob' }),
    RecordList: list('Record'),
    PutRecordBatchInput: struct({ DeliveryStreamName: 'String', Records: 'RecordList', Extra: 'RecordList' }),
  }),
  workspaces: serviceModel('workspaces', 'WorkSpaces', { RebootWorkspaces: 'RebootInput' }, {
    String: { type: 'string' },
    RebootRequest: struct({ WorkspaceId: 'String' }),
    RebootRequests: list('RebootRequest', { min: 1, max: 1 }),
    RebootInput: struct({ RebootWorkspaceRequests: 'RebootRequests' }),
  }),
  elb: serviceModel('elasticloadbalancing', 'Elastic Load Balancing', { RemoveTags: 'RemoveTagsInput' }, {
    String: { type: 'string' },
    TagKeyOnly: struct({ Key: 'String' }),
    TagKeyList: list('TagKeyOnly'),
    RemoveTagsInput: struct({ Tags: 'TagKeyList' }),
  }),
};

interface Expected {
  readonly member: string;
  readonly type: string;
  readonly shorthand: string | null;
  readonly json: string | null;
  readonly syntax: string | null;
}

/** `service operation --option` → what `help` shows, recorded from the AWS CLI. */
const EXPECTED: ReadonlyArray<readonly [string, Expected]> = [
  ['shorthanddocs probe --recursive', { member: 'Recursive', type: 'structure', shorthand: null, json: `{
  "Name": "string",
  "Child": {
    "Name": "string",
    "Child": { ... recursive ... },
    "Children": [
      { ... recursive ... }
      ...
    ]
  },
  "Children": [
    {
      "Name": "string",
      "Child": { ... recursive ... },
      "Children": [
        { ... recursive ... }
        ...
      ]
    }
    ...
  ]
}`, syntax: null }],
  ['shorthanddocs probe --tree-root', { member: 'TreeRoot', type: 'structure', shorthand: 'Label=string,Branches={KeyName1={Label=string,( ... recursive ... )},KeyName2={Label=string,( ... recursive ... )}}', json: `{
  "Label": "string",
  "Branches": {"string": {
        "Label": "string",
        "Branches": {"string": { ... recursive ... }
          ...}
      }
    ...}
}`, syntax: null }],
  ['shorthanddocs probe --too-deep', { member: 'TooDeep', type: 'structure', shorthand: null, json: `{
  "Level2": {
    "Level3": {
      "Level4": {
        "Leaf": "string"
      }
    }
  }
}`, syntax: null }],
  ['shorthanddocs probe --deep-enough', { member: 'DeepEnough', type: 'structure', shorthand: 'Upper2={Upper3={Leaf=string}}', json: `{
  "Upper2": {
    "Upper3": {
      "Leaf": "string"
    }
  }
}`, syntax: null }],
  ['shorthanddocs probe --keyed-map', { member: 'KeyedMap', type: 'map', shorthand: `  KeyName1=string,KeyName2=string

Where valid key names are:
  alpha
  beta`, json: `{"alpha"|"beta": "string"
  ...}`, syntax: null }],
  ['shorthanddocs probe --keyed-maps', { member: 'KeyedMaps', type: 'list', shorthand: `  KeyName1=string,KeyName2=string

Where valid key names are:
  alpha
  beta
 ...`, json: `[
  {"alpha"|"beta": "string"
    ...}
  ...
]`, syntax: null }],
  ['shorthanddocs probe --nested-maps', { member: 'NestedMaps', type: 'structure', shorthand: 'Keyed={KeyName1=string,KeyName2=string},Pairs={KeyName1={A=string,B=integer},KeyName2={A=string,B=integer}}', json: `{
  "Keyed": {"alpha"|"beta": "string"
    ...},
  "Pairs": {"string": {
        "A": "string",
        "B": integer
      }
    ...}
}`, syntax: null }],
  ['shorthanddocs probe --pair-map', { member: 'PairMap', type: 'map', shorthand: 'KeyName1={A=string,B=integer},KeyName2={A=string,B=integer}', json: `{"string": {
      "A": "string",
      "B": integer
    }
  ...}`, syntax: null }],
  ['shorthanddocs probe --list-map', { member: 'ListMap', type: 'map', shorthand: 'KeyName1=string,string,KeyName2=string,string', json: `{"string": ["string", ...]
  ...}`, syntax: null }],
  ['shorthanddocs probe --lists', { member: 'Lists', type: 'structure', shorthand: null, json: `{
  "Plain": ["string", ...],
  "Inner": {
    "Strings": ["string", ...],
    "Lists": [
      ["string", ...]
      ...
    ]
  },
  "Pairs": [
    {
      "A": "string",
      "B": integer
    }
    ...
  ],
  "Numbers": [integer, ...]
}`, syntax: null }],
  ['shorthanddocs probe --list-of-lists', { member: 'ListOfLists', type: 'list', shorthand: 'string,string ...', json: `[
  ["string", ...]
  ...
]`, syntax: null }],
  ['shorthanddocs probe --pair-list', { member: 'PairList', type: 'list', shorthand: 'A=string,B=integer ...', json: `[
  {
    "A": "string",
    "B": integer
  }
  ...
]`, syntax: null }],
  ['shorthanddocs probe --strings', { member: 'Strings', type: 'list', shorthand: null, json: null, syntax: `"string" "string" ...` }],
  ['shorthanddocs probe --enums', { member: 'Enums', type: 'list', shorthand: null, json: null, syntax: `"string" "string" ...

Where valid values are:
  alpha
  beta` }],
  ['shorthanddocs probe --numbers', { member: 'Numbers', type: 'list', shorthand: null, json: null, syntax: 'integer integer ...' }],
  ['shorthanddocs probe --wrapped', { member: 'Wrapped', type: 'structure', shorthand: null, json: null, syntax: null }],
  ['shorthanddocs probe --wrapped-flag', { member: 'WrappedFlag', type: 'structure', shorthand: 'Value=boolean', json: `{
  "Value": true|false
}`, syntax: null }],
  ['shorthanddocs probe --with-documents', { member: 'WithDocuments', type: 'structure', shorthand: 'Name=string', json: `{
  "Doc": {...},
  "Docs": [
    {...}
    ...
  ],
  "DocMap": {"string": {...}
    ...},
  "Name": "string"
}`, syntax: null }],
  ['shorthanddocs probe --document', { member: 'Document', type: 'document', shorthand: null, json: '{...}', syntax: null }],
  ['shorthanddocs probe --documents', { member: 'Documents', type: 'list', shorthand: null, json: `[
  {...}
  ...
]`, syntax: null }],
  ['shorthanddocs probe --choice', { member: 'Choice', type: 'tagged union structure', shorthand: 'Text=string,Number=integer', json: `{
  "Text": "string",
  "Number": integer
}`, syntax: null }],
  ['shorthanddocs probe --has-empty', { member: 'HasEmpty', type: 'structure', shorthand: 'Nothing={},Name=string', json: `{
  "Nothing": {

  },
  "Name": "string"
}`, syntax: null }],
  ['shorthanddocs probe --empty', { member: 'Empty', type: 'structure', shorthand: null, json: `{

}`, syntax: null }],
  ['shorthanddocs probe --scalars', { member: 'Scalars', type: 'structure', shorthand: 'When=timestamp,Bytes=blob,Ratio=float,Precise=double,Big=long,Flag=boolean,Kind=string', json: `{
  "When": timestamp,
  "Bytes": blob,
  "Ratio": float,
  "Precise": double,
  "Big": long,
  "Flag": true|false,
  "Kind": "alpha"|"beta"
}`, syntax: null }],
  ['shorthanddocs probe --flag', { member: 'Flag', type: 'boolean', shorthand: null, json: null, syntax: null }],
  ['shorthanddocs probe --count', { member: 'Count', type: 'integer', shorthand: null, json: null, syntax: null }],
  ['shorthanddocs probe --name', { member: 'Name', type: 'string', shorthand: null, json: null, syntax: null }],
  ['firehose put-record-batch --delivery-stream-name', { member: 'DeliveryStreamName', type: 'string', shorthand: null, json: null, syntax: null }],
  ['firehose put-record-batch --records', { member: 'Records', type: 'list', shorthand: '--records Data1 Data2 Data3', json: `[
  {
    "Data": blob
  }
  ...
]`, syntax: null }],
  ['firehose put-record-batch --extra', { member: 'Extra', type: 'list', shorthand: 'Data=blob ...', json: `[
  {
    "Data": blob
  }
  ...
]`, syntax: null }],
  ['workspaces reboot-workspaces --reboot-workspace-requests', { member: 'RebootWorkspaceRequests', type: 'list', shorthand: '--reboot-workspace-requests WorkspaceId1', json: `[
  {
    "WorkspaceId": "string"
  }
  ...
]`, syntax: null }],
  ['elb remove-tags --tags', { member: 'Tags', type: 'list', shorthand: '--tags Key1 Key2 Key3', json: `[
  {
    "Key": "string"
  }
  ...
]`, syntax: null }],
];

/** Our generator's view of one option of the synthetic models. */
function generated(key: string, member: string): Expected {
  const [service = '', operation = '', option = ''] = key.split(' ');
  const model = modelFromBotocore(MODELS[service] as BotocoreModelJson, { serviceName: service });
  const op = [...model.operations.values()].find((candidate) => xformName(candidate.name, '-') === operation);
  const shape = op?.input?.members.get(member)?.shape;
  if (shape === undefined) throw new Error(`no shape for ${key}`);
  const examples = shape.kind === 'boolean' ? {} : optionExamples(shape, { service, operation, param: option.slice(2) });
  return {
    member,
    type: optionTypeName(shape),
    shorthand: examples.shorthand ?? null,
    json: examples.json ?? null,
    syntax: examples.syntax ?? null,
  };
}

describe('synthetic edge cases', () => {
  it.each(EXPECTED)('%s', (key, expected) => {
    expect(generated(key, expected.member)).toEqual(expected);
  });
});

describeWith(pythonAwsCli(), 'synthetic edge cases, recorded live from the AWS CLI', () => {
  const work = mkdtempSync(join(tmpdir(), 'help-docs-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the recorder (with its rendered-help check) agrees with the table', () => {
    for (const [service, model] of Object.entries(MODELS)) {
      const dir = join(work, 'data', service, '2099-01-01');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'service-2.json'), JSON.stringify(model));
    }
    const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'record-help-corpus.py');
    execFileSync(
      'python3',
      [script, ...Object.keys(MODELS), '--data-path', join(work, 'data'), '--out', join(work, 'out'), '--verify', '-1'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const live = Object.keys(MODELS).flatMap((service) =>
      readFileSync(join(work, 'out', `${service}.jsonl`), 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const row = JSON.parse(line) as Expected & { service: string; operation: string; param: string };
          const { member, type, shorthand, json, syntax } = row;
          return [`${row.service} ${row.operation} ${row.param}`, { member, type, shorthand, json, syntax }] as const;
        }),
    );
    expect(live).toEqual(EXPECTED);
  }, 60_000);
});
