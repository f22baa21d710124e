/**
 * One script run twice, in Node and bundled for chromium, by browser-safe.test.ts: the
 * toolkit's answers (values with big integers, thrown errors with their class, code, range and
 * text) as plain JSON, which must come out the same in both.
 */
import { parse, serialize, ShorthandError, CoercionError, ParamValidationError, modelFromBotocore } from '../../src/index.js';
import type { BotocoreModelJson } from '../../src/index.js';
import { jsonText } from '../../src/serializer/json.js';
import { loadPythonJson } from '../../src/cli/argv/python-json-loads.js';

/** What one input gave: the value as JSON text, or the error's facts. */
export type ProbeResult =
  | { readonly value: string }
  | { readonly error: { readonly name: string; readonly classes: readonly string[]; readonly code: string; readonly offset: number | undefined; readonly message: string } };

/** Each case: shorthand text and a SageMaker shape name. */
export const PROBE_CASES: ReadonlyArray<readonly [string, string]> = [
  ['PipelineName=p,PipelineVersionId=9007199254740993', 'DescribePipelineRequest'],
  ['Key=a,Vlaue=b', 'Tag'],
  ['Key=a,Value=[b', 'Tag'],
  ['PipelineName=p,PipelineVersionId=x1', 'DescribePipelineRequest'],
  ['PipelineName=p,PipelineVersionId=-99999999999999999999', 'DescribePipelineRequest'],
];

/** Run every case against the SageMaker model given as JSON text; also a JSON → shorthand round. */
export function runProbe(sagemakerModelText: string): { readonly cases: readonly ProbeResult[]; readonly fromJson: string } {
  const model = modelFromBotocore(JSON.parse(sagemakerModelText) as BotocoreModelJson, { serviceName: 'sagemaker' });
  const cases = PROBE_CASES.map(([text, shapeName]): ProbeResult => {
    const shape = model.shape(shapeName);
    if (shape === undefined) throw new Error(`no shape ${shapeName}`);
    try {
      return { value: jsonText(parse(text, shape)) };
    } catch (error) {
      const e = error as Error & { code?: string; offset?: number };
      const classes = [
        ['ShorthandError', error instanceof ShorthandError],
        ['CoercionError', error instanceof CoercionError],
        ['ParamValidationError', error instanceof ParamValidationError],
        ['Error', error instanceof Error],
      ].filter(([, is]) => is === true).map(([name]) => name as string);
      return { error: { name: e.name, classes, code: String(e.code), offset: e.offset, message: e.message } };
    }
  });
  const loaded = loadPythonJson('{"PipelineName":"p","PipelineVersionId":123456789012345678901234567890}');
  const fromJson = loaded.ok ? serialize(loaded.value, model.shape('DescribePipelineRequest')).text : loaded.error.message;
  return { cases, fromJson };
}
