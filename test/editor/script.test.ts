/**
 * Shell scripts calling the AWS CLI: diagnostics mapped back through quotes and escapes,
 * completion of options, option values and shorthand inside words (escaped for the quoting at
 * the cursor), hover inside values — asserted on the script text.
 */
import { describe, expect, it } from 'vitest';
import { analyseScript, completeScript, diagnoseScript, hoverScript } from '../../src/editor/script.js';
import type { ModelLookup } from '../../src/editor/script.js';
import { plainText } from '../../src/editor/snippet.js';
import type { CompletionItem } from '../../src/editor/types.js';
import { bundledRegistry, modelFromBotocore } from '../../src/model/index.js';
import { gadgetModels } from './fixtures.js';
import { cursor, slice } from './helpers.js';

const registry: ModelLookup = bundledRegistry();
const JOB = 'aws sagemaker create-auto-ml-job';
const REQUIRED = "--auto-ml-job-name j --role-arn arn:aws:iam::123456789012:role/R --output-data-config S3OutputPath=s3://b/o --input-data-config 'TargetAttributeName=y'";

function diagnostics(script: string): Array<[string, string, string]> {
  return diagnoseScript(analyseScript(script, registry)).map((d) => [d.code, slice(script, d), d.message]);
}

function completions(marked: string, models = registry): { text: string; items: CompletionItem[] } {
  const { text, offset } = cursor(marked);
  return { text, items: completeScript(analyseScript(text, models), offset, models) };
}

/** The script after applying the proposal labelled `label` (tab stops empty). */
function apply(marked: string, label: string, models = registry): string {
  const { text, items } = completions(marked, models);
  const item = items.find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no ${label} among ${items.map((i) => i.label).join(', ')}`);
  return text.slice(0, item.edit.offset) + plainText(item.insert) + text.slice(item.edit.offset + item.edit.length);
}

describe('diagnoseScript', () => {
  it('finds nothing wrong in a valid command', () => {
    expect(diagnostics(`${JOB} ${REQUIRED}`)).toEqual([]);
  });

  it('maps shorthand diagnostics through quotes, escapes and line continuations', () => {
    const script = [
      `${JOB} \\`,
      `  ${REQUIRED} \\`,
      `  --auto-ml-job-config "Mode=auto,CompletionCriteria={MaxCandidates=\\"x\\"}" \\`,
      `  --tags 'Key=a,Value=b' Key=c\\,d,Valu=e`,
    ].join('\n');
    expect(diagnostics(script)).toEqual([
      ['INVALID_ENUM', 'auto', '--auto-ml-job-config: Invalid value for parameter AutoMLJobConfig.Mode, value: auto, valid values: AUTO, ENSEMBLING, HYPERPARAMETER_TUNING; did you mean "AUTO"?'],
      // The shell turns \"x\" into "x", a quoted shorthand value: the value is x.
      ['INVALID_INTEGER', '\\"x\\"', "--auto-ml-job-config: Invalid value for parameter AutoMLJobConfig.CompletionCriteria.MaxCandidates: expected an integer, got 'x'"],
      ['MISSING_REQUIRED', 'Key=c\\,d,Valu=e', '--tags: Missing required parameter in Tags[1]: "Value"'],
      // The shell drops the backslash of an unquoted \, so the AWS CLI sees Key=c,d: a list.
      ['INVALID_TYPE', 'c\\,d', "--tags: Invalid type for parameter Tags[1].Key, value: ['c', 'd'], type: <class 'list'>, valid types: <class 'str'>"],
      ['UNKNOWN_KEY', 'Valu', '--tags: Unknown parameter in Tags[1]: "Valu", must be one of: Key, Value'],
    ]);
  });

  it('reports syntax errors inside a word at their place in the script', () => {
    const script = `${JOB} ${REQUIRED} --auto-ml-job-config 'CompletionCriteria={MaxCandidates=5'`;
    expect(diagnostics(script)).toEqual([['SYNTAX', '', "--auto-ml-job-config: Expected: ',', received: 'EOF'"]]);
    const [found] = diagnoseScript(analyseScript(script, registry));
    expect(found?.offset).toBe(script.length - 1); // before the closing quote
  });

  it('checks the command line: options, values, required options', () => {
    const script = `${JOB} --auto-ml-job-name j --bogus --problem-type Regresion --generate-candidate-definitions-only yes --tags --auto-ml-job-config`;
    const found = diagnoseScript(analyseScript(script, registry));
    expect(found.map((d) => [d.code, d.severity, slice(script, d)])).toEqual([
      ['MISSING_OPTION', 'warning', 'create-auto-ml-job'],
      ['UNKNOWN_OPTION', 'warning', '--bogus'],
      ['INVALID_ENUM', 'warning', 'Regresion'],
      ['UNKNOWN_OPTION', 'error', 'yes'],
      // A list option takes any number of words, none included; a structure exactly one.
      ['MISSING_OPTION', 'error', '--auto-ml-job-config'],
    ]);
    expect(diagnostics(script)[0]?.[2]).toBe('the following arguments are required: --input-data-config, --output-data-config, --role-arn');
  });

  it('leaves JSON, file:// values, expansions and --cli-input-json alone', () => {
    const script = [
      `${JOB} --cli-input-json file://job.json`,
      `${JOB} ${REQUIRED} --auto-ml-job-config '{"Mode": "x"}' --tags file://tags.json`,
      `${JOB} ${REQUIRED} --auto-ml-job-config "$CONFIG" --model-deploy-config "EndpointName=\${NAME}"`,
    ].join('\n');
    expect(diagnostics(script)).toEqual([]);
  });

  it('finds commands inside $(…) and after keywords, and reports bad quotes', () => {
    const script = `ARN=$(aws sagemaker create-auto-ml-job --tags Key=a)\nif true; then aws sagemaker describe-auto-ml-job --auto-ml-job-name 'x; fi`;
    expect(diagnostics(script).map(([code]) => code)).toEqual(['MISSING_OPTION', 'MISSING_REQUIRED', 'SHELL_SYNTAX']);
  });

  it('reports an unknown operation of a known service', () => {
    expect(diagnostics('aws sagemaker create-auto-ml-jobs --x y')).toEqual([
      ['UNKNOWN_OPERATION', 'create-auto-ml-jobs', "Unknown operation 'create-auto-ml-jobs' for service sagemaker"],
    ]);
    expect(diagnostics('aws unknownservice do-thing --x y')).toEqual([]);
  });

  it('counts offsets in UTF-16 code units after non-BMP text', () => {
    const script = `echo '😀😀'\n${JOB} ${REQUIRED} --tags 'Key=😀,Value=ok,Foo=1'`;
    const unknown = diagnoseScript(analyseScript(script, registry)).find((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown && slice(script, unknown)).toBe('Foo');
  });
});

describe('completeScript', () => {
  it.each([
    // option names, required first
    [`${JOB} --inp|`, '--input-data-config', `${JOB} --input-data-config`],
    [`${JOB} |`, '--role-arn', `${JOB} --role-arn`],
    // service and operation names
    ['aws sage|', 'sagemaker', 'aws sagemaker'],
    ['aws sagemaker create-auto-ml|', 'create-auto-ml-job', JOB],
    // scalar option values
    [`${JOB} --problem-type |`, 'Regression', `${JOB} --problem-type Regression`],
    // shorthand in a new word: quoted whole when it needs quoting
    [`${JOB} --auto-ml-job-config |`, 'CompletionCriteria', `${JOB} --auto-ml-job-config 'CompletionCriteria={}'`],
    [`${JOB} --auto-ml-job-config |`, 'Mode', `${JOB} --auto-ml-job-config Mode=AUTO`],
    [`${JOB} --auto-ml-job-config Comp|`, 'CompletionCriteria', `${JOB} --auto-ml-job-config 'CompletionCriteria={}'`],
    // inside quotes, depths 1–3
    [`${JOB} --auto-ml-job-config 'CompletionCriteria={|}'`, 'MaxCandidates', `${JOB} --auto-ml-job-config 'CompletionCriteria={MaxCandidates=}'`],
    [`${JOB} --auto-ml-job-config "SecurityConfig={VpcConfig={|}}"`, 'Subnets', `${JOB} --auto-ml-job-config "SecurityConfig={VpcConfig={Subnets=[]}}"`],
    [`${JOB} --input-data-config 'DataSource={S3DataSource={S3Dat|'`, 'S3DataType', `${JOB} --input-data-config 'DataSource={S3DataSource={S3DataType=ManifestFile'`],
    [`${JOB} --input-data-config $'DataSource={S3DataSource={S3DataType=|}}'`, 'S3Prefix', `${JOB} --input-data-config $'DataSource={S3DataSource={S3DataType=S3Prefix}}'`],
    // --name=value, and a second word of a list option
    [`${JOB} --auto-ml-job-config=Mode=|`, 'ENSEMBLING', `${JOB} --auto-ml-job-config=Mode=ENSEMBLING`],
    [`${JOB} --tags Key=a,Value=b |`, 'Key', `${JOB} --tags Key=a,Value=b Key=`],
  ])('%s → %s', (marked, label, after) => {
    expect(apply(marked, label)).toBe(after);
  });

  it('escapes inserted text for the quoting at the cursor', () => {
    // An unquoted word holding an expansion cannot be re-quoted whole: backslashes it is.
    expect(apply('aws gadgets create-gadget --spec Parts=$P,Po|', 'Power', gadgetModels)).toBe('aws gadgets create-gadget --spec Parts=$P,Power=\\{\\}');
    const { items } = completions("aws gadgets create-gadget --spec 'Power={|}'", gadgetModels);
    expect(items.map((i) => i.label)).toEqual(['Battery', 'Mains']);
    expect(completions('aws gadgets create-gadget --labels "a=b,|"', gadgetModels).items).toEqual([]); // free map keys
  });

  it('filters a whole-word replacement by the word typed so far', () => {
    const { items } = completions(`${JOB} --auto-ml-job-config Mode=AUTO,Comp|`);
    const item = items.find((i) => i.label === 'CompletionCriteria');
    expect(item?.filterText).toBe('Mode=AUTO,CompletionCriteria');
    expect(item?.edit.newText).toBe("'Mode=AUTO,CompletionCriteria={$1}'");
  });

  it('skips options already given, and offers generic ones last', () => {
    const { items } = completions(`${JOB} --role-arn r |`);
    const labels = items.map((i) => i.label);
    expect(labels).not.toContain('--role-arn');
    expect(labels).toContain('--cli-input-json');
    const sortOf = (label: string): string => items.find((i) => i.label === label)?.sortText ?? '';
    expect(sortOf('--auto-ml-job-name') < sortOf('--cli-input-json')).toBe(true);
  });

  it('offers the pagination options only for paginated operations, as the AWS CLI has them', () => {
    const paged = completions('aws sagemaker list-auto-ml-jobs |').items.map((i) => i.label);
    expect(paged).toEqual(expect.arrayContaining(['--starting-token', '--page-size', '--max-items']));
    const unpaged = completions(`${JOB} |`).items.map((i) => i.label);
    expect(unpaged.filter((l) => ['--starting-token', '--page-size', '--max-items'].includes(l))).toEqual([]);
    expect(diagnostics(`${JOB} ${REQUIRED} --max-items 3`)).toEqual([['UNKNOWN_OPTION', '--max-items', 'Unknown option --max-items for create-auto-ml-job']]);
    expect(diagnostics('aws sagemaker list-auto-ml-jobs --max-items 3')).toEqual([]);
  });

  it('offers --x and --no-x for booleans', () => {
    const labels = completions('aws gadgets create-gadget --en|', gadgetModels).items.map((i) => i.label);
    expect(labels).toContain('--enabled');
    expect(labels).toContain('--no-enabled');
  });

  it('offers nothing outside aws commands or inside JSON values', () => {
    expect(completions('echo hello |').items).toEqual([]);
    expect(completions(`${JOB} --auto-ml-job-config '{"Mo|'`).items).toEqual([]);
  });
});

describe('hoverScript', () => {
  it('describes an option, with documentation when the model has it', () => {
    const { text, offset } = cursor('aws gadgets create-gadget --na|me x');
    const found = hoverScript(analyseScript(text, gadgetModels), offset);
    expect(found && slice(text, found)).toBe('--name');
    expect(found?.contents).toBe(
      "**--name** · `string` · member `Name` · required\n\nConstraints: length 1..64  \nTakes one value\n\nThe gadget's `Name`, unique in the account.",
    );
  });

  it('describes shorthand inside a value word, depths 1–3', () => {
    for (const [marked, covered, headline] of [
      ["aws gadgets create-gadget --spec 'Pa|rts=[]'", 'Parts', '`--spec` › **Spec.Parts** · `list<structure>` · required'],
      ["aws gadgets create-gadget --spec 'Parts=[{Ki|nd=red}]'", 'Kind', '`--spec` › **Spec.Parts[0].Kind** · `enum` · required'],
      ["aws gadgets create-gadget --spec \"Parts=[{Kind=red,Weight=1}],Power={Batt|ery=5}\"", 'Battery', '`--spec` › **Spec.Power.Battery** · `integer`'],
    ] as const) {
      const { text, offset } = cursor(marked);
      const found = hoverScript(analyseScript(text, gadgetModels), offset);
      expect(found && slice(text, found)).toBe(covered);
      expect(found?.contents.split('\n')[0]).toBe(headline);
    }
  });

  it('describes the operation', () => {
    const { text, offset } = cursor('aws gadgets create-gad|get');
    expect(hoverScript(analyseScript(text, gadgetModels), offset)?.contents).toBe('**gadgets create-gadget** · `CreateGadget`\n\nCreates a **gadget**.');
  });
});

describe('the AWS CLI option table', () => {
  // An EC2-like service: the AWS CLI renames `--no-disable-api-termination` and turns
  // `{"Value": boolean}` structures into flags that may take `Value=…`.
  const ec2 = modelFromBotocore(
    {
      version: '2.0',
      metadata: { apiVersion: '2016-11-15', endpointPrefix: 'ec2', protocol: 'ec2', serviceId: 'EC2', signatureVersion: 'v4', uid: 'ec2-2016-11-15' },
      operations: { RunThing: { name: 'RunThing', http: { method: 'POST', requestUri: '/' }, input: { shape: 'RunThingRequest' } } },
      shapes: {
        RunThingRequest: {
          type: 'structure',
          required: ['ImageId'],
          members: {
            ImageId: { shape: 'String' },
            DisableApiTermination: { shape: 'Boolean' },
            EbsOptimized: { shape: 'AttributeBooleanValue' },
            ShutdownBehavior: { shape: 'AttributeValue' },
          },
        },
        AttributeValue: { type: 'structure', members: { Value: { shape: 'String' } } },
        AttributeBooleanValue: { type: 'structure', members: { Value: { shape: 'Boolean' } } },
        Boolean: { type: 'boolean' },
        String: { type: 'string' },
      },
    },
    { serviceName: 'ec2' },
  );
  const models: ModelLookup = {
    findOperation: (service, operation) => (service === 'ec2' && operation === 'run-thing' ? ec2.operations.get('RunThing') : undefined),
    operationNames: (service) => (service === 'ec2' ? ['run-thing'] : []),
    findService: (service) => (service === 'ec2' ? ec2 : undefined),
  };

  it('follows renames and value flags', () => {
    const { items } = completions('aws ec2 run-thing --image-id i |', models);
    expect(items.map((i) => i.label).filter((l) => !['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton', '--starting-token', '--page-size', '--max-items'].includes(l))).toEqual([
      '--disable-api-termination',
      '--ebs-optimized',
      '--shutdown-behavior',
      '--enable-api-termination', // renamed options move to the end, as in the AWS CLI's table
      '--no-ebs-optimized',
    ]);
    // `--shutdown-behavior stop` is the AWS CLI's bare `Value` form, not shorthand.
    const script = 'aws ec2 run-thing --image-id i --enable-api-termination --ebs-optimized --no-ebs-optimized --shutdown-behavior stop';
    expect(diagnoseScript(analyseScript(script, models))).toEqual([]);
    const wrong = 'aws ec2 run-thing --image-id i --ebs-optimized Value=maybe';
    expect(diagnoseScript(analyseScript(wrong, models)).map((d) => [d.code, slice(wrong, d)])).toEqual([['INVALID_TYPE', 'maybe']]);
  });
});
