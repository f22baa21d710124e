/**
 * Shapes from the AWS SDK's schemas: `parse` is typed with the SDK's input type, and coercion
 * works on SDK-derived shapes as on botocore ones (within what the schemas carry).
 */
import {
  AutoMLJobConfig$,
  CreateAutoMLJobCommand,
  CreateAutoMLJobRequest$,
  type AutoMLJobConfig,
  type CreateAutoMLJobCommandInput,
  type CreateAutoMLJobRequest,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { coerce, parse } from '../../src/model/api.js';
import type { CoercedValue } from '../../src/model/api.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { asTypedShape, shapeFromSdkSchema } from '../../src/model/loaders/sdk-schema.js';
import type { StructureShape } from '../../src/model/shape.js';

describe('parse with SDK schemas', () => {
  it('returns the SDK input type for a typed shape and coerces like the AWS CLI', () => {
    const shape = shapeFromSdkSchema<AutoMLJobConfig>(AutoMLJobConfig$);
    const config = parse('CompletionCriteria={MaxCandidates=5},SecurityConfig={EnableInterContainerTrafficEncryption=TRUE,VpcConfig={SecurityGroupIds=sg-1,Subnets=[a,b]}}', shape);
    expectTypeOf(config).toEqualTypeOf<AutoMLJobConfig>();
    expect(config).toEqual({
      CompletionCriteria: { MaxCandidates: 5 },
      SecurityConfig: { EnableInterContainerTrafficEncryption: true, VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['a', 'b'] } },
    });
    // The value fits straight into a command input field.
    const input: CreateAutoMLJobCommandInput = {
      AutoMLJobName: 'job',
      InputDataConfig: [],
      OutputDataConfig: { S3OutputPath: 's3://b/o' },
      RoleArn: 'arn:aws:iam::123456789012:role/R',
      AutoMLJobConfig: config,
    };
    expect(new CreateAutoMLJobCommand(input).input.AutoMLJobConfig?.CompletionCriteria?.MaxCandidates).toBe(5);
  });

  it('types a whole request, and validates against the SDK shape (required members)', () => {
    const shape = shapeFromSdkSchema<CreateAutoMLJobRequest>(CreateAutoMLJobRequest$);
    expectTypeOf(parse('x=1', shape, { validate: false })).toEqualTypeOf<CreateAutoMLJobRequest>();
    expect(() => parse('AutoMLJobName=j', shape)).toThrow(/Missing required parameter in input: "InputDataConfig"/);
  });

  it('types a botocore shape paired with an SDK type by asTypedShape', () => {
    const bundled = loadBundledModel().shape('AutoMLJobConfig') as StructureShape;
    const typed = asTypedShape<AutoMLJobConfig>(bundled);
    expectTypeOf(parse('Mode=AUTO', typed)).toEqualTypeOf<AutoMLJobConfig>();
    expectTypeOf(coerce({ Mode: 'AUTO' }, typed)).toEqualTypeOf<AutoMLJobConfig>();
  });

  it('gives the generic coerced type for untyped shapes and references', () => {
    expectTypeOf(parse('MaxCandidates=5', 'sagemaker.AutoMLJobCompletionCriteria')).toEqualTypeOf<CoercedValue>();
    const bundled = loadBundledModel().shape('AutoMLJobCompletionCriteria') as StructureShape;
    expectTypeOf(parse('MaxCandidates=5', bundled)).toEqualTypeOf<CoercedValue>();
  });
});
