/**
 * The plain-text option renderer: the layout of one section, flag pairs, enums, documentation,
 * notes and recursion in the member tree, and, for every SageMaker operation, that each option's
 * section carries exactly the blocks recorded from the AWS CLI.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationOptions, renderOperationOptions, renderOptionDocs } from '../../src/cli/docs/index.js';
import type { BotocoreModelJson } from '../../src/model/index.js';
import { loadBundledModel, modelFromBotocore, xformName } from '../../src/model/index.js';
import type { Shape } from '../../src/model/index.js';

const sagemaker = loadBundledModel('sagemaker');

function sagemakerMember(operation: string, member: string): Shape {
  const shape = sagemaker.operations.get(operation)?.input?.members.get(member)?.shape;
  if (shape === undefined) throw new Error(`${operation} has no member ${member}`);
  return shape;
}

const SMALL_MODEL: BotocoreModelJson = {
  metadata: { serviceId: 'Small', protocol: 'json' },
  operations: { Go: { name: 'Go', input: { shape: 'GoInput' } } },
  shapes: {
    String: { type: 'string' },
    Integer: { type: 'integer' },
    Node: {
      type: 'structure',
      members: { Label: { shape: 'String' }, Next: { shape: 'Node' } },
    },
    Pick: {
      type: 'structure',
      union: true,
      members: { Text: { shape: 'String' }, Number: { shape: 'Integer' } },
    },
    GoInput: {
      type: 'structure',
      members: {
        Head: { shape: 'Node', documentation: '<p>The <b>first</b> node of the chain.</p>' },
        Pick: { shape: 'Pick' },
      },
    },
  },
};

function smallShape(member: string): { shape: Shape; documentation?: string } {
  const found = modelFromBotocore(SMALL_MODEL, { serviceName: 'small' }).operations.get('Go')?.input?.members.get(member);
  if (found === undefined) throw new Error(`no member ${member}`);
  return found.documentation === undefined ? { shape: found.shape } : { shape: found.shape, documentation: found.documentation };
}

describe('renderOptionDocs', () => {
  it('lays out name, type, member tree and both syntax blocks', () => {
    const text = renderOptionDocs({
      name: '--output-data-config',
      member: 'OutputDataConfig',
      shape: sagemakerMember('CreateAutoMLJob', 'OutputDataConfig'),
    });
    expect(text).toBe(
      [
        '--output-data-config (structure)',
        '',
        '   KmsKeyId -> (string)',
        '   S3OutputPath -> (string)',
        '',
        'Shorthand Syntax:',
        '',
        '   KmsKeyId=string,S3OutputPath=string',
        '',
        'JSON Syntax:',
        '',
        '   {',
        '     "KmsKeyId": "string",',
        '     "S3OutputPath": "string"',
        '   }',
      ].join('\n'),
    );
  });

  it('lists the possible values of an enum option and shows no example', () => {
    const text = renderOptionDocs({
      name: '--problem-type',
      member: 'ProblemType',
      shape: sagemakerMember('CreateAutoMLJob', 'ProblemType'),
    });
    expect(text.split('\n')).toEqual([
      '--problem-type (string)',
      '',
      '   Possible values:',
      '',
      '   o BinaryClassification',
      '',
      '   o MulticlassClassification',
      '',
      '   o Regression',
    ]);
  });

  it('documents a flag pair once, without examples', () => {
    const [flag] = operationOptions(sagemaker.operations.get('CreateAutoMLJob')!).filter(
      (option) => option.member === 'GenerateCandidateDefinitionsOnly',
    );
    expect(flag?.negatedName).toBe('--no-generate-candidate-definitions-only');
    expect(renderOptionDocs(flag!)).toBe(
      '--generate-candidate-definitions-only | --no-generate-candidate-definitions-only (boolean)',
    );
  });

  it('fills documentation, expands a recursive member once then marks it, and notes tagged unions', () => {
    const head = smallShape('Head');
    expect(renderOptionDocs({ name: '--head', member: 'Head', ...head }).split('\n').slice(0, 10)).toEqual([
      '--head (structure)',
      '',
      '   The first node of the chain.',
      '',
      '   Label -> (string)',
      '   Next -> (structure)',
      '      Label -> (string)',
      '      ( ... recursive ... )',
      '',
      'Shorthand Syntax:',
    ]);
    const pick = renderOptionDocs({ name: '--pick', member: 'Pick', ...smallShape('Pick') });
    expect(pick.split('\n').slice(0, 8)).toEqual([
      '--pick (tagged union structure)',
      '',
      '   NOTE:',
      '',
      '      This is a Tagged Union structure. Only one of the following top level',
      '      keys can be set: Text, Number.',
      '',
      '   Text -> (string)',
    ]);
  });
});

interface RecordedRow {
  readonly operation: string;
  readonly param: string;
  readonly member: string;
  readonly shorthand: string | null;
  readonly json: string | null;
  readonly syntax: string | null;
}

const rows = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'help', 'sagemaker.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as RecordedRow);

/** Split rendered options text into sections keyed by the first option name. */
function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    if (current !== undefined) found.set(current, lines.join('\n'));
  };
  for (const line of text.split('\n')) {
    const heading = /^(--[a-z0-9-]+)[ (|]/.exec(line);
    if (heading !== null) {
      flush();
      current = heading[1];
      lines = [];
    }
    lines.push(line);
  }
  flush();
  return found;
}

/** The body of the block titled `title` in a section, de-indented, or null. */
function block(section: string, title: string): string | null {
  const lines = section.split('\n');
  const start = lines.indexOf(`${title}:`);
  if (start < 0) return null;
  const body: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (line !== '' && !line.startsWith('   ')) break;
    body.push(line.slice(3));
  }
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  return body.join('\n');
}

describe('renderOperationOptions over every SageMaker operation', () => {
  const byOperation = new Map<string, RecordedRow[]>();
  for (const row of rows) byOperation.set(row.operation, [...(byOperation.get(row.operation) ?? []), row]);

  it(`renders exactly the recorded blocks for all ${rows.length} recorded options`, () => {
    const problems: string[] = [];
    for (const operation of sagemaker.operations.values()) {
      const recorded = byOperation.get(xformName(operation.name, '-'));
      if (recorded === undefined) continue;
      // The recorded rows name each member's option, renames included (--version-number).
      const names = new Map(recorded.map((row) => [row.member, row.param.slice(2)]));
      const optionName = (member: string, derived: string): string => names.get(member) ?? derived;
      const rendered = sections(renderOperationOptions(operation, { service: 'sagemaker', optionName }));
      for (const row of recorded) {
        const section = rendered.get(row.param);
        if (section === undefined) {
          problems.push(`${row.operation} ${row.param}: not rendered`);
          continue;
        }
        for (const [title, expected] of [
          ['Shorthand Syntax', row.shorthand],
          ['JSON Syntax', row.json],
          ['Syntax', row.syntax],
        ] as const) {
          if (block(section, title) !== expected) problems.push(`${row.operation} ${row.param} ${title}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(byOperation.size).toBeGreaterThan(300);
  });
});
