#!/usr/bin/env python3
"""Record corpus/model/<group>.jsonl: the AWS CLI's shape-driven coercion and validation.

Each case names a botocore shape and a shorthand input; scripts/model_oracle.py runs the CLI's
shorthand parser, its BackCompatVisitor and botocore's ParamValidator on it, and the outcome
becomes one JSONL row. Re-running rewrites the same bytes for the same awscli/botocore.

Usage: python3 scripts/record-model-corpus.py [--check]
    --check   compare with the files on disk instead of writing them (exit 1 on a difference)
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / 'corpus' / 'model'

_spec = importlib.util.spec_from_file_location('model_oracle', ROOT / 'scripts' / 'model_oracle.py')
assert _spec is not None and _spec.loader is not None
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)

Input = str | list[str]

# Reusable fragments of sagemaker create-auto-ml-job input.
S3_SRC = 'S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}'
CHANNEL = 'DataSource={' + S3_SRC + '},TargetAttributeName=label'
ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole'
REQUIRED = (
    'AutoMLJobName=job-1,InputDataConfig=[{DataSource={' + S3_SRC + '},'
    'TargetAttributeName=label}],OutputDataConfig={S3OutputPath=s3://bucket/out},'
    'RoleArn=' + ROLE
)


class Group:
    """The cases of one corpus file, in recording order."""

    def __init__(self, name: str, service: str) -> None:
        self.name = name
        self.service = service
        self.cases: list[dict[str, Any]] = []

    def add(self, name: str, shape: str, text: Input, service: str | None = None) -> None:
        """Queue one case; names are unique within a group."""
        if any(case['name'] == name for case in self.cases):
            raise SystemExit(f'duplicate case name in {self.name}: {name}')
        self.cases.append(
            {'name': name, 'service': service or self.service, 'shape': shape, 'input': text}
        )


# --------------------------------------------------------------------------------------------
# sagemaker create-auto-ml-job: every structure, list and map shape its input reaches.
# --------------------------------------------------------------------------------------------
def sagemaker_group() -> Group:
    g = Group('sagemaker-automl', 'sagemaker')

    # CreateAutoMLJobRequest: the whole request as one shorthand object.
    req = 'CreateAutoMLJobRequest'
    g.add('request/valid-required-only', req, REQUIRED)
    g.add(
        'request/valid-everything',
        req,
        REQUIRED + ',ProblemType=Regression,AutoMLJobObjective={MetricName=MSE},'
        'AutoMLJobConfig={CompletionCriteria={MaxCandidates=10,'
        'MaxRuntimePerTrainingJobInSeconds=3600,MaxAutoMLJobRuntimeInSeconds=86400},'
        'SecurityConfig={VolumeKmsKeyId=key-1,EnableInterContainerTrafficEncryption=true,'
        'VpcConfig={SecurityGroupIds=[sg-1],Subnets=[subnet-1,subnet-2]}},'
        'CandidateGenerationConfig={FeatureSpecificationS3Uri=s3://bucket/features.json,'
        'AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]},'
        'DataSplitConfig={ValidationFraction=0.2},Mode=ENSEMBLING},'
        'GenerateCandidateDefinitionsOnly=false,Tags=[{Key=team,Value=ml}],'
        'ModelDeployConfig={AutoGenerateEndpointName=true}',
    )
    g.add('request/missing-all-required', req, 'ProblemType=Regression')
    g.add('request/empty-job-name-min-length', req, REQUIRED.replace('AutoMLJobName=job-1', 'AutoMLJobName='))
    g.add(
        'request/job-name-over-max-not-validated',
        req,
        REQUIRED.replace('AutoMLJobName=job-1', 'AutoMLJobName=' + 'a' * 33),
    )
    g.add('request/role-arn-under-min-length', req, REQUIRED.replace(ROLE, 'arn:aws:iam::1:role'))
    g.add(
        'request/input-data-config-empty-list',
        req,
        'AutoMLJobName=j,InputDataConfig=[],OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )
    g.add(
        'request/input-data-config-three-channels-over-max',
        req,
        'AutoMLJobName=j,InputDataConfig=[{' + CHANNEL + '},{' + CHANNEL + '},{' + CHANNEL + '}],'
        'OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )
    g.add(
        'request/input-data-config-hash-promoted-to-list',
        req,
        'AutoMLJobName=j,InputDataConfig={' + CHANNEL + '},'
        'OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )
    g.add(
        'request/input-data-config-scalar-promoted',
        req,
        'AutoMLJobName=j,InputDataConfig=channel,OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )
    g.add(
        'request/input-data-config-csv-strings',
        req,
        'AutoMLJobName=j,InputDataConfig=a,b,OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )
    g.add('request/output-data-config-string', req, REQUIRED.replace('OutputDataConfig={S3OutputPath=s3://bucket/out}', 'OutputDataConfig=s3://bucket/out'))
    g.add('request/output-data-config-list', req, REQUIRED.replace('OutputDataConfig={S3OutputPath=s3://bucket/out}', 'OutputDataConfig=[s3://bucket/out]'))
    g.add('request/problem-type-outside-enum', req, REQUIRED + ',ProblemType=Clustering')
    g.add('request/generate-only-true-upper', req, REQUIRED + ',GenerateCandidateDefinitionsOnly=TRUE')
    g.add('request/generate-only-yes-left-alone', req, REQUIRED + ',GenerateCandidateDefinitionsOnly=yes')
    g.add('request/generate-only-empty', req, REQUIRED + ',GenerateCandidateDefinitionsOnly=')
    g.add('request/tags-scalar-promoted-unvisited', req, REQUIRED + ',Tags=team')
    g.add('request/tags-hash-promoted', req, REQUIRED + ',Tags={Key=team,Value=ml}')
    g.add('request/tags-empty-list', req, REQUIRED + ',Tags=[]')
    g.add('request/unknown-top-level-key', req, REQUIRED + ',Foo=bar')
    g.add('request/key-case-matters', req, REQUIRED.replace('RoleArn=', 'rolearn='))
    g.add('request/duplicate-key', req, REQUIRED + ',AutoMLJobName=again')
    g.add('request/trailing-comma', req, REQUIRED + ',')
    g.add('request/model-deploy-config-scalar', req, REQUIRED + ',ModelDeployConfig=true')
    g.add(
        'request/nested-errors-collected-in-order',
        req,
        'AutoMLJobName=,InputDataConfig=[{DataSource={S3DataSource={}},TargetAttributeName=""}],'
        'OutputDataConfig={},RoleArn=short,AutoMLJobConfig={CompletionCriteria={MaxCandidates=0}}',
    )
    g.add(
        'request/empty-value-before-closing-brace-is-a-value',
        req,
        'AutoMLJobName=j,InputDataConfig=[{TargetAttributeName=}],OutputDataConfig={S3OutputPath=s3://b/o},RoleArn=' + ROLE,
    )

    # AutoMLInputDataConfig: list of AutoMLChannel; the CLI's nargs form is a list of words.
    lst = 'AutoMLInputDataConfig'
    g.add('input-data-config/one-channel-words', lst, [CHANNEL])
    g.add('input-data-config/two-channels-words', lst, [CHANNEL + ',ChannelType=training', CHANNEL + ',ChannelType=validation'])
    g.add('input-data-config/three-channels-over-max', lst, [CHANNEL, CHANNEL, CHANNEL])
    g.add('input-data-config/no-words-under-min', lst, [])
    g.add('input-data-config/one-string-not-a-list', lst, CHANNEL)
    g.add('input-data-config/second-word-bad-syntax', lst, [CHANNEL, 'TargetAttributeName'])
    g.add('input-data-config/second-word-missing-target', lst, [CHANNEL, 'DataSource={' + S3_SRC + '}'])

    # AutoMLChannel
    ch = 'AutoMLChannel'
    g.add('channel/valid-minimal', ch, 'TargetAttributeName=label')
    g.add('channel/valid-full', ch, CHANNEL + ',CompressionType=Gzip,ContentType=text/csv;header=present,ChannelType=training,SampleWeightAttributeName=weight')
    g.add('channel/missing-target', ch, 'DataSource={' + S3_SRC + '}')
    g.add('channel/empty-target-min-length', ch, 'TargetAttributeName=')
    g.add('channel/empty-quoted-target', ch, 'TargetAttributeName=""')
    g.add('channel/empty-sample-weight-min-length', ch, 'TargetAttributeName=y,SampleWeightAttributeName=')
    g.add('channel/empty-content-type-min-zero', ch, 'TargetAttributeName=y,ContentType=')
    g.add('channel/compression-outside-enum', ch, 'TargetAttributeName=y,CompressionType=Zip')
    g.add('channel/channel-type-outside-enum', ch, 'TargetAttributeName=y,ChannelType=test')
    g.add('channel/data-source-string', ch, 'TargetAttributeName=y,DataSource=s3://bucket')
    g.add('channel/data-source-list', ch, 'TargetAttributeName=y,DataSource=[a,b]')
    g.add('channel/data-source-empty-hash', ch, 'TargetAttributeName=y,DataSource={}')
    g.add('channel/data-source-empty-inner', ch, 'TargetAttributeName=y,DataSource={S3DataSource={}}')
    g.add('channel/target-hash', ch, 'TargetAttributeName={a=b}')
    g.add('channel/target-list', ch, 'TargetAttributeName=[a,b]')
    g.add('channel/target-csv-becomes-list', ch, 'TargetAttributeName=a,b')
    g.add('channel/target-nested-list', ch, 'TargetAttributeName=[[a]]')
    g.add('channel/unknown-key', ch, 'TargetAttributeName=y,Target=z')
    g.add('channel/lowercase-key-unknown', ch, 'targetattributename=y')
    g.add('channel/whitespace-around-equals', ch, 'TargetAttributeName = label , ChannelType = training')
    g.add('channel/quoted-comma-in-value', ch, 'TargetAttributeName="a,b"')
    g.add('channel/escaped-comma-in-value', ch, 'TargetAttributeName=a\\,b')
    g.add('channel/single-quoted', ch, "TargetAttributeName='my label'")
    g.add('channel/unicode-value', ch, 'TargetAttributeName=ラベル')
    g.add('channel/astral-char-not-a-value-char', ch, 'TargetAttributeName=😀')
    g.add('channel/astral-char-quoted', ch, 'TargetAttributeName="😀"')
    g.add('channel/astral-quoted-double-comma-accepted', ch, 'TargetAttributeName="😀😀",,ChannelType=x')
    g.add('channel/double-comma-after-value-accepted', ch, 'TargetAttributeName=a,,ChannelType=x')
    g.add('channel/triple-comma-rejected', ch, 'TargetAttributeName=a,,,ChannelType=x')
    g.add('channel/closing-brace-is-a-value-char', ch, 'TargetAttributeName=}')
    g.add('channel/duplicate-key', ch, 'TargetAttributeName=a,TargetAttributeName=b')
    g.add('channel/missing-equals', ch, 'TargetAttributeName')
    g.add('channel/unclosed-hash', ch, 'TargetAttributeName=y,DataSource={S3DataSource={S3Uri=s3://b/p}')

    # AutoMLDataSource
    ds = 'AutoMLDataSource'
    g.add('data-source/valid', ds, S3_SRC)
    g.add('data-source/missing-s3-data-source', ds, 'Foo=bar')
    g.add('data-source/s3-data-source-string', ds, 'S3DataSource=s3://bucket')
    g.add('data-source/s3-data-source-empty-hash', ds, 'S3DataSource={}')
    g.add('data-source/s3-data-source-list-of-hash', ds, 'S3DataSource=[{S3DataType=S3Prefix,S3Uri=s3://b}]')
    g.add('data-source/nested-unknown', ds, 'S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b,Region=x}')

    # AutoMLS3DataSource
    s3 = 'AutoMLS3DataSource'
    g.add('s3-data-source/valid-prefix', s3, 'S3DataType=S3Prefix,S3Uri=s3://bucket/prefix/')
    g.add('s3-data-source/valid-manifest', s3, 'S3DataType=ManifestFile,S3Uri=https://bucket.s3.amazonaws.com/m.json')
    g.add('s3-data-source/type-lowercase-no-enum-check', s3, 'S3DataType=s3prefix,S3Uri=s3://b')
    g.add('s3-data-source/empty-uri-min-zero', s3, 'S3DataType=S3Prefix,S3Uri=')
    g.add('s3-data-source/uri-pattern-not-validated', s3, 'S3DataType=S3Prefix,S3Uri=ftp://nope')
    g.add('s3-data-source/uri-with-equals', s3, 'S3DataType=S3Prefix,S3Uri=s3://b/k=v/p')
    g.add('s3-data-source/missing-both', s3, 'Foo=bar')
    g.add('s3-data-source/uri-list', s3, 'S3DataType=S3Prefix,S3Uri=[s3://a,s3://b]')
    g.add('s3-data-source/uri-csv', s3, 'S3DataType=S3Prefix,S3Uri=s3://a,s3://b')

    # AutoMLOutputDataConfig
    out = 'AutoMLOutputDataConfig'
    g.add('output-data-config/valid', out, 'S3OutputPath=s3://bucket/out')
    g.add('output-data-config/valid-with-kms', out, 'S3OutputPath=s3://bucket/out,KmsKeyId=arn:aws:kms:us-east-1:123456789012:key/abc')
    g.add('output-data-config/missing-path', out, 'KmsKeyId=key')
    g.add('output-data-config/path-list', out, 'S3OutputPath=[s3://a]')
    g.add('output-data-config/path-hash', out, 'S3OutputPath={Bucket=b}')
    g.add('output-data-config/empty-kms-min-zero', out, 'S3OutputPath=s3://b,KmsKeyId=')

    # AutoMLJobObjective
    obj = 'AutoMLJobObjective'
    g.add('objective/valid', obj, 'MetricName=F1')
    g.add('objective/lowercase-no-enum-check', obj, 'MetricName=f1')
    g.add('objective/missing', obj, 'Metric=F1')
    g.add('objective/empty-value', obj, 'MetricName=')
    g.add('objective/csv-list', obj, 'MetricName=F1,AUC')
    g.add('objective/extra-key', obj, 'MetricName=F1,Goal=Maximize')

    # AutoMLJobConfig
    cfg = 'AutoMLJobConfig'
    g.add('job-config/valid-nested', cfg, 'CompletionCriteria={MaxCandidates=5},Mode=AUTO')
    g.add('job-config/empty-hash-members', cfg, 'CompletionCriteria={},SecurityConfig={},CandidateGenerationConfig={},DataSplitConfig={}')
    g.add('job-config/mode-lowercase-no-enum-check', cfg, 'Mode=auto')
    g.add('job-config/completion-criteria-string', cfg, 'CompletionCriteria=5')
    g.add('job-config/completion-criteria-list', cfg, 'CompletionCriteria=[{MaxCandidates=5}]')
    g.add('job-config/deep-int-coerced', cfg, 'CompletionCriteria={MaxCandidates=5,MaxRuntimePerTrainingJobInSeconds=60}')
    g.add('job-config/deep-float-coerced', cfg, 'DataSplitConfig={ValidationFraction=.5}')
    g.add('job-config/deep-bool-coerced', cfg, 'SecurityConfig={EnableInterContainerTrafficEncryption=False}')
    g.add('job-config/deep-int-error', cfg, 'CompletionCriteria={MaxCandidates=five}')
    g.add('job-config/unknown-nested-key', cfg, 'CompletionCriteria={MaxJobs=5}')
    g.add('job-config/hash-csv-not-allowed', cfg, 'SecurityConfig={VpcConfig={SecurityGroupIds=a,b,Subnets=c}}')
    g.add('job-config/unclosed-list', cfg, 'CandidateGenerationConfig={AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost]}}')

    # AutoMLJobCompletionCriteria: Python int() decides what an integer is.
    cc = 'AutoMLJobCompletionCriteria'
    int_forms = [
        ('plain', '10'),
        ('plus-sign', '+7'),
        ('minus-zero', '-0'),
        ('zero-under-min', '0'),
        ('negative-under-min', '-5'),
        ('leading-zeros', '00012'),
        ('underscore-grouping', '1_000'),
        ('double-underscore-error', '1__000'),
        ('leading-underscore-error', '_1'),
        ('exponent-error', '1e3'),
        ('hex-error', '0x10'),
        ('decimal-error', '1.5'),
        ('decimal-zero-fraction-error', '10.0'),
        ('inf-error', 'inf'),
        ('nan-error', 'nan'),
        ('word-error', 'abc'),
        ('empty-error', ''),
        ('trailing-space-stripped', '12 '),
        ('quoted-spaces', '" 12 "'),
        ('quoted-inner-space-error', '"1 2"'),
        ('arabic-indic-digits', '١٢'),
        ('fullwidth-digits', '１２'),
        ('devanagari-digits', '४२'),
        ('above-max-not-validated', '751'),
        ('huge', '123456789012345678901234567890'),
        ('true-error', 'true'),
        ('list-type-error', '[1,2]'),
        ('empty-list-type-error', '[]'),
        ('hash-type-error', '{a=1}'),
        ('csv-list-type-error', '1,2'),
    ]
    for label, text in int_forms:
        g.add(f'completion-criteria/int-{label}', cc, f'MaxCandidates={text}')
    g.add('completion-criteria/all-three', cc, 'MaxCandidates=1,MaxRuntimePerTrainingJobInSeconds=2,MaxAutoMLJobRuntimeInSeconds=3')
    g.add('completion-criteria/two-under-min', cc, 'MaxRuntimePerTrainingJobInSeconds=0,MaxAutoMLJobRuntimeInSeconds=-1')
    g.add('completion-criteria/error-stops-at-first-member', cc, 'MaxCandidates=x,MaxAutoMLJobRuntimeInSeconds=y')
    g.add('completion-criteria/unknown-key-not-coerced', cc, 'MaxCandidates=1,MaxJobs=2')

    # AutoMLSecurityConfig: booleans are 'true'/'false' in any case, anything else stays a string.
    sec = 'AutoMLSecurityConfig'
    bool_forms = [
        ('true', 'true'),
        ('TRUE', 'TRUE'),
        ('True', 'True'),
        ('tRuE', 'tRuE'),
        ('false', 'false'),
        ('False', 'False'),
        ('FALSE', 'FALSE'),
        ('yes-left-alone', 'yes'),
        ('one-left-alone', '1'),
        ('zero-left-alone', '0'),
        ('empty-left-alone', ''),
        ('quoted-true', '"true"'),
        ('quoted-padded-left-alone', '" true"'),
        ('trailing-space-stripped', 'true '),
        ('list-attribute-error', '[true]'),
        ('hash-attribute-error', '{a=true}'),
        ('csv-attribute-error', 'true,false'),
        ('dotted-i-left-alone', 'TRUİ'),
    ]
    for label, text in bool_forms:
        g.add(f'security-config/bool-{label}', sec, f'EnableInterContainerTrafficEncryption={text}')
    g.add('security-config/vpc-scalars-promoted', sec, 'VpcConfig={SecurityGroupIds=sg-1,Subnets=subnet-1}')
    g.add('security-config/vpc-explicit-lists', sec, 'VpcConfig={SecurityGroupIds=[sg-1,sg-2],Subnets=[subnet-1]}')
    g.add('security-config/vpc-empty-lists-under-min', sec, 'VpcConfig={SecurityGroupIds=[],Subnets=[]}')
    g.add('security-config/vpc-nested-list', sec, 'VpcConfig={SecurityGroupIds=[[sg-1]],Subnets=[subnet-1]}')
    g.add('security-config/vpc-hash-in-list', sec, 'VpcConfig={SecurityGroupIds=[{Id=sg-1}],Subnets=[subnet-1]}')
    g.add('security-config/vpc-missing-subnets', sec, 'VpcConfig={SecurityGroupIds=[sg-1]}')
    g.add('security-config/vpc-string', sec, 'VpcConfig=vpc-1')
    g.add('security-config/vpc-empty-string-promoted', sec, 'VpcConfig={SecurityGroupIds="",Subnets=""}')
    g.add('security-config/vpc-empty-value-eats-closing-brace', sec, 'VpcConfig={SecurityGroupIds=,Subnets=}')
    g.add('security-config/vpc-six-groups-over-max', sec, 'VpcConfig={SecurityGroupIds=[a,b,c,d,e,f],Subnets=[s]}')
    g.add('security-config/vpc-long-id-over-max', sec, 'VpcConfig={SecurityGroupIds=[' + 's' * 40 + '],Subnets=[s]}')
    g.add('security-config/volume-kms', sec, 'VolumeKmsKeyId=alias/my-key')
    g.add('security-config/all-members', sec, 'VolumeKmsKeyId=k,EnableInterContainerTrafficEncryption=true,VpcConfig={SecurityGroupIds=[sg-1],Subnets=[s-1]}')

    # VpcConfig (reached through AutoMLSecurityConfig; its list members are lists of strings).
    vpc = 'VpcConfig'
    g.add('vpc-config/top-level-csv-lists', vpc, 'SecurityGroupIds=sg-1,sg-2,Subnets=subnet-1,subnet-2')
    g.add('vpc-config/top-level-scalars-promoted', vpc, 'SecurityGroupIds=sg-1,Subnets=subnet-1')
    g.add('vpc-config/explicit-lists', vpc, 'SecurityGroupIds=[sg-1],Subnets=[subnet-1, subnet-2]')
    g.add('vpc-config/empty-values-promoted', vpc, 'SecurityGroupIds=,Subnets=')
    g.add('vpc-config/missing-both', vpc, 'VpcId=vpc-1')
    g.add('vpc-config/list-of-hashes', vpc, 'SecurityGroupIds=[{a=b}],Subnets=[s]')
    g.add('vpc-config/quoted-element-with-comma', vpc, 'SecurityGroupIds=["sg,1"],Subnets=s')
    g.add('vpc-config/empty-explicit-element', vpc, 'SecurityGroupIds=[,a],Subnets=s')

    # AutoMLCandidateGenerationConfig, AutoMLAlgorithmsConfig, AutoMLAlgorithmConfig.
    cg = 'AutoMLCandidateGenerationConfig'
    g.add('candidate-generation/valid', cg, 'FeatureSpecificationS3Uri=s3://b/f.json,AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]')
    g.add('candidate-generation/inner-scalar-promoted', cg, 'AlgorithmsConfig=[{AutoMLAlgorithms=xgboost}]')
    g.add('candidate-generation/promoted-hash-not-visited', cg, 'AlgorithmsConfig={AutoMLAlgorithms=xgboost}')
    g.add('candidate-generation/promoted-hash-with-list', cg, 'AlgorithmsConfig={AutoMLAlgorithms=[xgboost]}')
    g.add('candidate-generation/algorithm-outside-enum', cg, 'AlgorithmsConfig=[{AutoMLAlgorithms=[gpt]}]')
    g.add('candidate-generation/empty-algorithms', cg, 'AlgorithmsConfig=[{AutoMLAlgorithms=[]}]')
    g.add('candidate-generation/two-configs-over-max', cg, 'AlgorithmsConfig=[{AutoMLAlgorithms=[mlp]},{AutoMLAlgorithms=[arima]}]')
    g.add('candidate-generation/empty-configs-missing-required', cg, 'AlgorithmsConfig=[{},{}]')
    g.add('candidate-generation/algorithms-config-empty', cg, 'AlgorithmsConfig=[]')
    g.add('candidate-generation/algorithms-config-csv-strings', cg, 'AlgorithmsConfig=xgboost,mlp')
    g.add('candidate-generation/twelve-algorithms-over-max', cg, 'AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,linear-learner,mlp,lightgbm,catboost,randomforest,extra-trees,nn-torch,fastai,cnn-qr,deepar,prophet]}]')
    acl = 'AutoMLAlgorithmsConfig'
    g.add('algorithms-config/one-word-csv', acl, ['AutoMLAlgorithms=xgboost,lightgbm'])
    g.add('algorithms-config/one-word-explicit', acl, ['AutoMLAlgorithms=[xgboost]'])
    g.add('algorithms-config/one-word-scalar-promoted', acl, ['AutoMLAlgorithms=xgboost'])
    g.add('algorithms-config/two-words', acl, ['AutoMLAlgorithms=xgboost', 'AutoMLAlgorithms=mlp'])
    g.add('algorithms-config/word-missing-required', acl, ['Algorithms=xgboost'])
    ac = 'AutoMLAlgorithmConfig'
    g.add('algorithm-config/csv', ac, 'AutoMLAlgorithms=xgboost,mlp')
    g.add('algorithm-config/scalar-promoted', ac, 'AutoMLAlgorithms=xgboost')
    g.add('algorithm-config/empty-promoted', ac, 'AutoMLAlgorithms=')
    g.add('algorithm-config/nested-list', ac, 'AutoMLAlgorithms=[[xgboost]]')
    g.add('algorithm-config/hash-promoted', ac, 'AutoMLAlgorithms={a=b}')
    g.add('algorithm-config/missing', ac, 'Algorithms=[xgboost]')

    # AutoMLDataSplitConfig: Python float() decides what a float is.
    split = 'AutoMLDataSplitConfig'
    float_forms = [
        ('plain', '0.2'),
        ('leading-dot', '.5'),
        ('trailing-dot', '5.'),
        ('integer-text', '1'),
        ('above-max-not-validated', '1.5'),
        ('negative-under-min', '-0.1'),
        ('negative-integral-under-min', '-1'),
        ('minus-zero', '-0'),
        ('plus-sign', '+0.25'),
        ('exponent', '2e-1'),
        ('exponent-upper', '1E0'),
        ('overflow-to-inf', '1e400'),
        ('underflow-to-zero', '1e-400'),
        ('inf', 'inf'),
        ('minus-inf-under-min', '-inf'),
        ('infinity-word', 'Infinity'),
        ('nan', 'nan'),
        ('nan-upper', 'NaN'),
        ('minus-nan', '-nan'),
        ('underscore', '0.2_5'),
        ('hex-error', '0x10'),
        ('word-error', 'half'),
        ('empty-error', ''),
        ('comma-decimal-error', '"0,5"'),
        ('quoted-spaces', '" 0.5 "'),
        ('arabic-indic-digits', '٠٫٥'),
        ('arabic-indic-with-dot', '٠.٥'),
        ('many-digits', '0.1000000000000000055511151231257827'),
        ('list-type-error', '[0.5]'),
        ('hash-type-error', '{v=0.5}'),
    ]
    for label, text in float_forms:
        g.add(f'data-split/float-{label}', split, f'ValidationFraction={text}')
    g.add('data-split/unknown-key', split, 'ValidationFraction=0.1,TestFraction=0.1')

    # Tag and TagList.
    tag = 'Tag'
    g.add('tag/valid', tag, 'Key=team,Value=ml')
    g.add('tag/empty-key-min-length', tag, 'Key=,Value=')
    g.add('tag/missing-value', tag, 'Key=team')
    g.add('tag/missing-both', tag, 'Name=team')
    g.add('tag/key-over-max-not-validated', tag, 'Key=' + 'k' * 129 + ',Value=v')
    g.add('tag/value-with-equals', tag, 'Key=a=b,Value=c')
    g.add('tag/unicode-bmp', tag, 'Key=チーム,Value=straße')
    g.add('tag/astral-unquoted-rejected', tag, 'Key=チーム,Value=😀')
    g.add('tag/value-list', tag, 'Key=team,Value=[a,b]')
    g.add('tag/value-csv', tag, 'Key=team,Value=a,b')
    g.add('tag/value-hash', tag, 'Key=team,Value={a=b}')
    g.add('tag/lowercase-keys', tag, 'key=team,value=ml')
    g.add('tag/astral-quoted-then-error-offset', tag, "Key='😀😀',Value==x")
    g.add('tag/empty-key-allowed-by-parser', tag, 'Key=a,Value=b,=c')
    tags = 'TagList'
    g.add('tag-list/two-words', tags, ['Key=a,Value=b', 'Key=c,Value=d'])
    g.add('tag-list/no-words', tags, [])
    g.add('tag-list/word-missing-value', tags, ['Key=a'])
    g.add('tag-list/one-string-not-a-list', tags, 'Key=a,Value=b')
    g.add('tag-list/word-bad-syntax', tags, ['Key=a,Value=b', 'Key:c'])

    # ModelDeployConfig
    mdc = 'ModelDeployConfig'
    g.add('model-deploy/auto-true', mdc, 'AutoGenerateEndpointName=true')
    g.add('model-deploy/auto-False', mdc, 'AutoGenerateEndpointName=False')
    g.add('model-deploy/auto-no-left-alone', mdc, 'AutoGenerateEndpointName=no')
    g.add('model-deploy/endpoint-name', mdc, 'EndpointName=my-endpoint')
    g.add('model-deploy/endpoint-name-empty-min-zero', mdc, 'EndpointName=')
    g.add('model-deploy/both', mdc, 'AutoGenerateEndpointName=false,EndpointName=ep')
    g.add('model-deploy/endpoint-name-pattern-not-validated', mdc, 'EndpointName=-bad_name-')
    return g


# --------------------------------------------------------------------------------------------
# Other services.
# --------------------------------------------------------------------------------------------
def ec2_group() -> Group:
    g = Group('ec2', 'ec2')
    bdm = 'BlockDeviceMapping'
    g.add('block-device/valid', bdm, 'DeviceName=/dev/sda1,Ebs={VolumeSize=100,VolumeType=gp3,DeleteOnTermination=true,Encrypted=TRUE,Iops=3000}')
    g.add('block-device/volume-size-word', bdm, 'DeviceName=/dev/sda1,Ebs={VolumeSize=large}')
    g.add('block-device/negative-size-no-min', bdm, 'Ebs={VolumeSize=-1}')
    g.add('block-device/bool-yes-left-alone', bdm, 'Ebs={DeleteOnTermination=yes}')
    g.add('block-device/no-device-empty', bdm, 'DeviceName=/dev/sdb,NoDevice=""')
    g.add('block-device/volume-type-outside-enum', bdm, 'Ebs={VolumeType=gp9}')
    g.add('block-device/ebs-string', bdm, 'Ebs=gp3')
    bdml = 'BlockDeviceMappingRequestList'
    g.add('block-device-list/two-words', bdml, ['DeviceName=/dev/sda1,Ebs={VolumeSize=8}', 'DeviceName=/dev/sdb,VirtualName=ephemeral0'])
    g.add('block-device-list/word-int-error', bdml, ['DeviceName=/dev/sda1,Ebs={VolumeSize=8GB}'])
    flt = 'Filter'
    g.add('filter/values-csv', flt, 'Name=instance-state-name,Values=running,stopped')
    g.add('filter/values-scalar-promoted', flt, 'Name=tag:Name,Values=web')
    g.add('filter/values-explicit', flt, 'Name=tag:Name,Values=[web,db]')
    g.add('filter/values-empty-promoted', flt, 'Name=tag:Name,Values=')
    g.add('filter/name-with-colon-and-star', flt, 'Name=tag:aws:cloudformation:stack-name,Values=*prod*')
    g.add('filter/values-nested', flt, 'Name=x,Values=[[a],b]')
    fl = 'FilterList'
    g.add('filter-list/two-words', fl, ['Name=a,Values=1,2', 'Name=b,Values=3'])
    ts = 'TagSpecification'
    g.add('tag-spec/valid', ts, 'ResourceType=instance,Tags=[{Key=Name,Value=web}]')
    g.add('tag-spec/tags-hash-promoted', ts, 'ResourceType=instance,Tags={Key=Name,Value=web}')
    g.add('tag-spec/tags-scalar-promoted', ts, 'ResourceType=instance,Tags=Name')
    g.add('tag-spec/resource-type-outside-enum', ts, 'ResourceType=spaceship,Tags=[]')
    g.add('tag-spec/tag-no-required', ts, 'Tags=[{Key=Name}]')
    mon = 'RunInstancesMonitoringEnabled'
    g.add('monitoring/true', mon, 'Enabled=true')
    g.add('monitoring/missing', mon, 'Enable=true')
    g.add('monitoring/on-left-alone', mon, 'Enabled=on')
    spot = 'SpotMarketOptions'
    g.add('spot/valid-timestamp', spot, 'MaxPrice=0.05,ValidUntil=2030-01-01T00:00:00Z,BlockDurationMinutes=60')
    g.add('spot/timestamp-epoch', spot, 'ValidUntil=1900000000')
    g.add('spot/timestamp-bad', spot, 'ValidUntil=someday')
    g.add('spot/timestamp-list', spot, 'ValidUntil=[2030-01-01]')
    rec = 'ScheduledInstanceRecurrenceRequest'
    g.add('recurrence/int-list-csv-coerced', rec, 'Frequency=Weekly,Interval=1,OccurrenceDays=1,3')
    g.add('recurrence/int-list-explicit-coerced', rec, 'OccurrenceDays=[2,4]')
    g.add('recurrence/int-list-scalar-promoted-not-coerced', rec, 'OccurrenceDays=5')
    g.add('recurrence/int-list-element-error', rec, 'OccurrenceDays=[1,x]')
    g.add('recurrence/bool-and-int', rec, 'OccurrenceRelativeToEnd=True,Interval=+2')
    perm = 'IpPermission'
    g.add('ip-permission/valid', perm, 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8,Description="ssh, admins"}]')
    g.add('ip-permission/ranges-hash-promoted', perm, 'IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges={CidrIp=0.0.0.0/0}')
    g.add('ip-permission/port-minus-one', perm, 'IpProtocol=-1,FromPort=-1,ToPort=-1')
    g.add('ip-permission/ranges-scalar', perm, 'IpRanges=0.0.0.0/0')
    return g


def dynamodb_group() -> Group:
    g = Group('dynamodb', 'dynamodb')
    av = 'AttributeValue'
    g.add('attribute-value/string', av, 'S=hello')
    g.add('attribute-value/number-stays-string', av, 'N=42')
    g.add('attribute-value/bool-true', av, 'BOOL=true')
    g.add('attribute-value/null-true', av, 'NULL=TRUE')
    g.add('attribute-value/bool-yes-left-alone', av, 'BOOL=yes')
    g.add('attribute-value/string-set-csv', av, 'SS=a,b,c')
    g.add('attribute-value/number-set-scalar-promoted', av, 'NS=1')
    g.add('attribute-value/binary-blob-string', av, 'B=dGVzdA==')
    g.add('attribute-value/binary-set', av, 'BS=[YQ==,Yg==]')
    g.add('attribute-value/map', av, 'M={name={S=x},age={N=3},ok={BOOL=false}}')
    g.add('attribute-value/list', av, 'L=[{S=a},{N=1},{BOOL=True}]')
    g.add('attribute-value/two-members-not-a-union', av, 'S=a,N=1')
    g.add('attribute-value/empty-hash-ok', av, 'M={}')
    g.add('attribute-value/list-element-scalar', av, 'L=[a]')
    g.add('attribute-value/map-value-scalar', av, 'M={a=b}')
    g.add('attribute-value/unknown-type', av, 'X=1')
    item = 'PutItemInputAttributeMap'
    g.add('item/valid', item, 'id={S=1},count={N=2},active={BOOL=true}')
    g.add('item/value-not-a-structure', item, 'id=1')
    g.add('item/value-list', item, 'id=[{S=1}]')
    g.add('item/nested-map-bools', item, 'doc={M={flag={BOOL=False},tags={SS=[x,y]}}}')
    g.add('item/key-with-dots-and-dashes', item, 'a.b-c_d={S=x}')
    key = 'Key'
    g.add('key/hash-and-range', key, 'pk={S=user#1},sk={N=10}')
    g.add('key/bool-in-key', key, 'pk={BOOL=false}')
    pt = 'ProvisionedThroughput'
    g.add('throughput/valid', pt, 'ReadCapacityUnits=5,WriteCapacityUnits=5')
    g.add('throughput/zero-under-min', pt, 'ReadCapacityUnits=0,WriteCapacityUnits=1')
    g.add('throughput/huge-long', pt, 'ReadCapacityUnits=99999999999999999999,WriteCapacityUnits=1')
    g.add('throughput/float-text-error', pt, 'ReadCapacityUnits=1.0,WriteCapacityUnits=1')
    g.add('throughput/missing-write', pt, 'ReadCapacityUnits=1')
    kse = 'KeySchemaElement'
    g.add('key-schema-element/valid', kse, 'AttributeName=pk,KeyType=HASH')
    g.add('key-schema-element/empty-name', kse, 'AttributeName=,KeyType=RANGE')
    g.add('key-schema-element/key-type-outside-enum', kse, 'AttributeName=pk,KeyType=hash')
    ks = 'KeySchema'
    g.add('key-schema/two-words', ks, ['AttributeName=pk,KeyType=HASH', 'AttributeName=sk,KeyType=RANGE'])
    g.add('key-schema/no-words', ks, [])
    gsi = 'GlobalSecondaryIndex'
    g.add('gsi/valid', gsi, 'IndexName=by-email,KeySchema=[{AttributeName=email,KeyType=HASH}],Projection={ProjectionType=ALL}')
    g.add('gsi/short-name-and-empty-schema', gsi, 'IndexName=ix,KeySchema=[],Projection={}')
    g.add('gsi/non-key-attributes-promoted', gsi, 'IndexName=idx,KeySchema=[{AttributeName=a,KeyType=HASH}],Projection={ProjectionType=INCLUDE,NonKeyAttributes=name}')
    g.add('gsi/throughput-coerced', gsi, 'IndexName=idx,KeySchema=[{AttributeName=a,KeyType=HASH}],Projection={ProjectionType=ALL},ProvisionedThroughput={ReadCapacityUnits=1,WriteCapacityUnits=0}')
    return g


def ecs_group() -> Group:
    g = Group('ecs', 'ecs')
    tag = 'Tag'
    g.add('tag/valid', tag, 'key=env,value=prod')
    g.add('tag/empty-key-min-length', tag, 'key=,value=')
    g.add('tag/no-required-members', tag, 'value=x')
    tags = 'Tags'
    g.add('tags/two-words', tags, ['key=a,value=b', 'key=c,value=d'])
    rp = 'ContainerRestartPolicy'
    g.add('restart-policy/valid', rp, 'enabled=true,ignoredExitCodes=[0,137],restartAttemptPeriod=300')
    g.add('restart-policy/exit-codes-csv', rp, 'enabled=false,ignoredExitCodes=0,1')
    g.add('restart-policy/exit-code-scalar-promoted-not-coerced', rp, 'enabled=true,ignoredExitCodes=137')
    g.add('restart-policy/exit-code-negative', rp, 'enabled=true,ignoredExitCodes=[-1]')
    g.add('restart-policy/missing-enabled', rp, 'restartAttemptPeriod=60')
    g.add('restart-policy/exit-code-word-error', rp, 'enabled=true,ignoredExitCodes=[x]')
    dc = 'DeploymentConfiguration'
    g.add('deployment/valid', dc, 'maximumPercent=200,minimumHealthyPercent=100,deploymentCircuitBreaker={enable=true,rollback=true}')
    g.add('deployment/alarms', dc, 'alarms={alarmNames=[a1,a2],rollback=TRUE,enable=False}')
    g.add('deployment/alarm-name-promoted', dc, 'alarms={alarmNames=a1,rollback=true,enable=true}')
    g.add('deployment/breaker-missing', dc, 'deploymentCircuitBreaker={enable=true}')
    g.add('deployment/double-coerced', dc, 'strategy=LINEAR,linearConfiguration={stepPercent=10,stepBakeTimeInMinutes=5}')
    g.add('deployment/hook-document-rejected', dc, 'lifecycleHooks=[{hookTargetArn=arn,hookDetails={a=b}}]')
    g.add('deployment/hook-document-empty-string-rejected', dc, 'lifecycleHooks=[{hookDetails=""}]')
    g.add('deployment/hook-without-document', dc, 'lifecycleHooks=[{hookTargetArn=arn,lifecycleStages=PRE_SCALE_UP,timeoutConfiguration={timeoutInMinutes=0}}]')
    pm = 'PortMapping'
    g.add('port-mapping/valid', pm, 'containerPort=80,hostPort=8080,protocol=tcp')
    g.add('port-mapping/port-word', pm, 'containerPort=http')
    pml = 'PortMappingList'
    g.add('port-mapping-list/two-words', pml, ['containerPort=80', 'containerPort=443,protocol=tcp'])
    ul = 'Ulimit'
    g.add('ulimit/valid', ul, 'name=nofile,softLimit=1024,hardLimit=4096')
    g.add('ulimit/missing-limits', ul, 'name=nofile')
    hc = 'HealthCheck'
    g.add('health-check/command-csv', hc, 'command=CMD-SHELL,curl -f http://localhost/ || exit 1,interval=30')
    g.add('health-check/command-explicit', hc, 'command=[CMD-SHELL,"curl -f http://localhost/ || exit 1"],retries=3')
    g.add('health-check/command-missing', hc, 'interval=30')
    cps = 'CapacityProviderStrategyItem'
    g.add('capacity-provider/valid', cps, 'capacityProvider=FARGATE,weight=1,base=0')
    g.add('capacity-provider/negative-weight', cps, 'capacityProvider=FARGATE,weight=-1,base=-2')
    g.add('capacity-provider/weight-over-max-not-validated', cps, 'capacityProvider=FARGATE,weight=1001')
    return g


def lambda_group() -> Group:
    g = Group('lambda', 'lambda')
    env = 'Environment'
    g.add('environment/variables-map', env, 'Variables={KEY1=value1,KEY2=value2}')
    g.add('environment/values-not-coerced', env, 'Variables={PORT=8080,DEBUG=true}')
    g.add('environment/empty-map', env, 'Variables={}')
    g.add('environment/value-list', env, 'Variables={PATH=[a,b]}')
    g.add('environment/variables-scalar', env, 'Variables=KEY=value')
    g.add('environment/variables-csv', env, 'Variables=a,b')
    g.add('environment/quoted-value-with-comma', env, 'Variables={LIST="a,b,c"}')
    g.add('environment/value-with-equals', env, 'Variables={CONN=host=db;port=5432}')
    g.add('environment/duplicate-key-in-hash-kept-last', env, 'Variables={A=1,A=2}')
    vpc = 'VpcConfig'
    g.add('vpc/valid', vpc, 'SubnetIds=subnet-1,subnet-2,SecurityGroupIds=sg-1,Ipv6AllowedForDualStack=true')
    g.add('vpc/empty-lists-min-zero', vpc, 'SubnetIds=[],SecurityGroupIds=[]')
    g.add('vpc/bool-nope', vpc, 'Ipv6AllowedForDualStack=nope')
    es = 'EphemeralStorage'
    g.add('ephemeral/valid', es, 'Size=1024')
    g.add('ephemeral/under-min', es, 'Size=128')
    g.add('ephemeral/over-max-not-validated', es, 'Size=20000')
    g.add('ephemeral/word-error', es, 'Size=1GB')
    g.add('ephemeral/missing', es, 'Bytes=1024')
    code = 'FunctionCode'
    g.add('code/s3', code, 'S3Bucket=my-bucket,S3Key=fn.zip')
    g.add('code/short-bucket', code, 'S3Bucket=ab,S3Key=')
    g.add('code/zip-file-blob-string', code, 'ZipFile=UEsDBA==')
    g.add('code/zip-file-list', code, 'ZipFile=[a]')
    img = 'ImageConfig'
    g.add('image/entry-point-csv', img, 'EntryPoint=/bin/sh,-c,Command=echo hi')
    g.add('image/explicit-lists', img, 'EntryPoint=[/bin/sh,-c],Command=["echo hi"],WorkingDirectory=/app')
    tags = 'Tags'
    g.add('tags/map', tags, 'team=ml,env=prod')
    g.add('tags/map-value-list', tags, 'team=[a,b]')
    g.add('tags/map-value-hash', tags, 'team={a=b}')
    ar = 'AliasRoutingConfiguration'
    g.add('alias-routing/map-value-float-coerced', ar, 'AdditionalVersionWeights={2=0.05}')
    g.add('alias-routing/map-empty-key-min-length', ar, 'AdditionalVersionWeights={=0.5}')
    g.add('alias-routing/map-negative-weight-float-min', ar, 'AdditionalVersionWeights={2=-0.5}')
    g.add('alias-routing/map-value-error', ar, 'AdditionalVersionWeights={2=lots}')
    g.add('alias-routing/map-key-not-coerced', ar, 'AdditionalVersionWeights={007=1}')
    avw = 'AdditionalVersionWeights'
    g.add('version-weights/top-level-map', avw, '2=0.5,3=0.25')
    g.add('version-weights/top-level-empty-key', avw, '=0.5')
    g.add('version-weights/top-level-csv-value', avw, '2=0.5,0.25')
    tc = 'TracingConfig'
    g.add('tracing/mode-outside-enum', tc, 'Mode=Passive')
    return g


def s3_group() -> Group:
    g = Group('s3', 's3')
    cors = 'CORSConfiguration'
    g.add('cors/valid', cors, 'CORSRules=[{AllowedMethods=[GET,PUT],AllowedOrigins=[*],MaxAgeSeconds=3000}]')
    g.add('cors/rule-hash-promoted', cors, 'CORSRules={AllowedMethods=GET,AllowedOrigins=*}')
    g.add('cors/max-age-word', cors, 'CORSRules=[{AllowedMethods=[GET],AllowedOrigins=[*],MaxAgeSeconds=forever}]')
    g.add('cors/rule-missing-required', cors, 'CORSRules=[{ID=r1}]')
    g.add('cors/missing-rules', cors, 'Rules=[]')
    delete = 'Delete'
    g.add('delete/valid', delete, 'Objects=[{Key=a.txt},{Key=b.txt,VersionId=v1}],Quiet=true')
    g.add('delete/empty-key-min-length', delete, 'Objects=[{Key=""}]')
    g.add('delete/empty-value-eats-closing-brace', delete, 'Objects=[{Key=}]')
    g.add('delete/size-long-and-timestamp', delete, 'Objects=[{Key=a,Size=1024,LastModifiedTime=2024-01-01}]')
    g.add('delete/bad-timestamp', delete, 'Objects=[{Key=a,LastModifiedTime=yesterday}]')
    g.add('delete/quiet-yes-left-alone', delete, 'Objects=[{Key=a}],Quiet=yes')
    g.add('delete/objects-scalar-promoted', delete, 'Objects=a.txt')
    rule = 'LifecycleRule'
    g.add('lifecycle/valid-expiration-days', rule, 'ID=r1,Status=Enabled,Filter={Prefix=logs/},Expiration={Days=30}')
    g.add('lifecycle/expiration-date', rule, 'Status=Enabled,Expiration={Date=2030-01-01T00:00:00Z,ExpiredObjectDeleteMarker=false}')
    g.add('lifecycle/bad-date', rule, 'Status=Enabled,Expiration={Date=2024-13-01}')
    g.add('lifecycle/empty-date', rule, 'Status=Enabled,Expiration={Date=""}')
    g.add('lifecycle/status-outside-enum', rule, 'Status=On')
    g.add('lifecycle/filter-and-tags', rule, 'Status=Enabled,Filter={And={Prefix=p,Tags=[{Key=a,Value=b}],ObjectSizeGreaterThan=1048576}}')
    g.add('lifecycle/filter-tag-missing-value', rule, 'Status=Enabled,Filter={Tag={Key=a}}')
    g.add('lifecycle/transitions', rule, 'Status=Enabled,Transitions=[{Days=30,StorageClass=GLACIER},{Days=x}]')
    tagging = 'Tagging'
    g.add('tagging/valid', tagging, 'TagSet=[{Key=a,Value=b}]')
    g.add('tagging/tag-set-hash-promoted-unvisited', tagging, 'TagSet={Key=a,Value=b}')
    return g


def cloudformation_group() -> Group:
    g = Group('cloudformation', 'cloudformation')
    p = 'Parameter'
    g.add('parameter/valid', p, 'ParameterKey=Env,ParameterValue=prod')
    g.add('parameter/use-previous', p, 'ParameterKey=Env,UsePreviousValue=true')
    g.add('parameter/use-previous-Yes-left-alone', p, 'ParameterKey=Env,UsePreviousValue=Yes')
    g.add('parameter/value-csv-becomes-list', p, 'ParameterKey=Subnets,ParameterValue=subnet-1,subnet-2')
    g.add('parameter/value-escaped-commas', p, 'ParameterKey=Subnets,ParameterValue=subnet-1\\,subnet-2')
    g.add('parameter/value-quoted-commas', p, 'ParameterKey=Subnets,ParameterValue="subnet-1,subnet-2"')
    pl = 'Parameters'
    g.add('parameters/two-words', pl, ['ParameterKey=A,ParameterValue=1', 'ParameterKey=B,UsePreviousValue=false'])
    tag = 'Tag'
    g.add('tag/valid', tag, 'Key=env,Value=prod')
    g.add('tag/empty-value-min-one', tag, 'Key=env,Value=')
    g.add('tag/missing-value', tag, 'Key=env')
    rb = 'RollbackConfiguration'
    g.add('rollback/valid', rb, 'RollbackTriggers=[{Arn=arn:aws:cloudwatch:us-east-1:123456789012:alarm:a,Type=AWS::CloudWatch::Alarm}],MonitoringTimeInMinutes=10')
    g.add('rollback/monitoring-negative', rb, 'MonitoringTimeInMinutes=-1')
    g.add('rollback/monitoring-over-max-not-validated', rb, 'MonitoringTimeInMinutes=500')
    g.add('rollback/trigger-missing-type', rb, 'RollbackTriggers=[{Arn=a}]')
    g.add('rollback/triggers-empty-no-min', rb, 'RollbackTriggers=[]')
    g.add('rollback/trigger-hash-promoted', rb, 'RollbackTriggers={Arn=a,Type=t}')
    prefs = 'StackSetOperationPreferences'
    g.add('operation-prefs/valid', prefs, 'RegionConcurrencyType=PARALLEL,RegionOrder=us-east-1,eu-west-1,MaxConcurrentPercentage=50,FailureTolerancePercentage=10')
    g.add('operation-prefs/under-mins', prefs, 'FailureToleranceCount=-1,MaxConcurrentCount=0,MaxConcurrentPercentage=0')
    g.add('operation-prefs/region-scalar-promoted', prefs, 'RegionOrder=us-east-1')
    g.add('operation-prefs/percentage-decimal-error', prefs, 'MaxConcurrentPercentage=12.5')
    return g


def bedrock_agent_group() -> Group:
    g = Group('bedrock-agent', 'bedrock-agent')
    api = 'APISchema'
    g.add('api-schema/union-s3', api, 's3={s3BucketName=my-bucket,s3ObjectKey=schema.json}')
    g.add('api-schema/union-payload', api, 'payload=openapi')
    g.add('api-schema/union-two-members', api, 'payload=x,s3={s3BucketName=bucket}')
    g.add('api-schema/union-unknown-key-counts-as-set', api, 'Unknown=x')
    g.add('api-schema/union-s3-short-bucket', api, 's3={s3BucketName=ab,s3ObjectKey=""}')
    ex = 'ActionGroupExecutor'
    g.add('executor/lambda', ex, 'lambda=arn:aws:lambda:us-east-1:123456789012:function:f')
    g.add('executor/custom-control', ex, 'customControl=RETURN_CONTROL')
    g.add('executor/both-members', ex, 'lambda=arn,customControl=RETURN_CONTROL')
    g.add('executor/empty-lambda-counts-as-set', ex, 'lambda=')
    kb = 'KnowledgeBaseOrchestrationConfiguration'
    g.add('kb-orchestration/inference-union-floats', kb, 'inferenceConfig={text={temperature=0.5,topP=1,maxTokens=512,stopSequences=END}}')
    g.add('kb-orchestration/temperature-negative', kb, 'inferenceConfig={text={temperature=-0.5}}')
    g.add('kb-orchestration/map-of-documents-rejected', kb, 'additionalModelRequestFields={top_k=5}')
    g.add('kb-orchestration/map-of-documents-empty-ok', kb, 'additionalModelRequestFields={}')
    g.add('kb-orchestration/prompt-template-empty', kb, 'promptTemplate={textPromptTemplate=""}')
    pc = 'PromptConfiguration'
    g.add('prompt-config/document-rejected', pc, 'promptType=ORCHESTRATION,additionalModelRequestFields={a=1}')
    g.add('prompt-config/document-scalar-rejected', pc, 'additionalModelRequestFields=x')
    g.add('prompt-config/document-after-coercion-error', pc, 'inferenceConfiguration={topK=many},additionalModelRequestFields={a=1}')
    g.add('prompt-config/inference-numbers', pc, 'inferenceConfiguration={temperature=0,topP=0.9,topK=250,maximumLength=2048,stopSequences=[a,b]}')
    g.add('prompt-config/no-document', pc, 'promptType=ORCHESTRATION,promptCreationMode=OVERRIDDEN,basePromptTemplate=hi')
    doc = 'Document'
    g.add('document/root-document', doc, 'a=b')
    return g


def s3vectors_group() -> Group:
    g = Group('s3vectors', 's3vectors')
    vec = 'PutInputVector'
    g.add('vector/valid', vec, 'key=doc-1,data={float32=[0.1,0.2,0.3]}')
    g.add('vector/float-list-csv', vec, 'key=doc-1,data={float32=[1,2e-3,-inf]}')
    g.add('vector/float-scalar-promoted-not-coerced', vec, 'key=doc-1,data={float32=0.5}')
    g.add('vector/float-element-error', vec, 'key=doc-1,data={float32=[0.5,abc]}')
    g.add('vector/metadata-document-rejected', vec, 'key=doc-1,data={float32=[0.5]},metadata={genre=scifi}')
    g.add('vector/metadata-checked-after-data', vec, 'key=doc-1,data={float32=[x]},metadata={genre=scifi}')
    g.add('vector/union-empty', vec, 'key=doc-1,data={}')
    g.add('vector/empty-key-min-length', vec, 'key=,data={float32=[]}')
    g.add('vector/missing-data', vec, 'key=doc-1')
    data = 'VectorData'
    g.add('vector-data/top-level-csv', data, 'float32=0.5,0.25')
    g.add('vector-data/top-level-scalar', data, 'float32=0.5')
    g.add('vector-data/unknown-member', data, 'float64=[0.5]')
    lst = 'PutVectorsInputList'
    g.add('vector-list/two-words', lst, ['key=a,data={float32=[1]}', 'key=b,data={float32=[2]}'])
    g.add('vector-list/no-words-under-min', lst, [])
    return g


GROUPS = [
    sagemaker_group,
    ec2_group,
    dynamodb_group,
    ecs_group,
    lambda_group,
    s3_group,
    cloudformation_group,
    bedrock_agent_group,
    s3vectors_group,
]


def complex_shapes_reached(shape: Any, seen: set[str] | None = None) -> set[str]:
    """Names of the structure, list and map shapes reachable from `shape` (documents excluded)."""
    seen = set() if seen is None else seen
    if shape.name in seen or shape.type_name not in ('structure', 'list', 'map'):
        return seen
    if getattr(shape, 'is_document_type', False):
        return seen
    seen.add(shape.name)
    if shape.type_name == 'structure':
        for member in shape.members.values():
            complex_shapes_reached(member, seen)
    elif shape.type_name == 'list':
        complex_shapes_reached(shape.member, seen)
    else:
        complex_shapes_reached(shape.value, seen)
    return seen


def shapes_exercised(value: Any, shape: Any, into: set[str]) -> None:
    """Record every complex shape that received part of a coerced value."""
    if value is None:
        return
    if shape.type_name in ('structure', 'list', 'map'):
        into.add(shape.name)
    if shape.type_name == 'structure' and isinstance(value, dict):
        for name, member in shape.members.items():
            shapes_exercised(value.get(name), member, into)
    elif shape.type_name == 'list' and isinstance(value, list):
        for item in value:
            shapes_exercised(item, shape.member, into)
    elif shape.type_name == 'map' and isinstance(value, dict):
        for item in value.values():
            shapes_exercised(item, shape.value, into)


def check_automl_coverage(rows: list[dict[str, Any]]) -> None:
    """Fail unless every complex shape of CreateAutoMLJob's input got a value in some row."""
    model = oracle.service_model('sagemaker')
    wanted = complex_shapes_reached(model.operation_model('CreateAutoMLJob').input_shape)
    got: set[str] = set()
    for row in rows:
        if 'value' in row:
            shapes_exercised(row['value'], model.shape_for(row['shape']), got)
    missing = sorted(wanted - got)
    if missing:
        raise SystemExit(f'sagemaker-automl leaves shapes unexercised: {", ".join(missing)}')


def render(group: Group) -> tuple[str, list[dict[str, Any]]]:
    rows = [oracle.row(case) for case in group.cases]
    text = ''.join(json.dumps(row, ensure_ascii=False, allow_nan=False) + '\n' for row in rows)
    return text, rows


def main(argv: list[str]) -> int:
    check = '--check' in argv
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    differ = []
    total = 0
    for make in GROUPS:
        group = make()
        text, rows = render(group)
        if group.name == 'sagemaker-automl':
            check_automl_coverage(rows)
        path = OUT_DIR / f'{group.name}.jsonl'
        total += len(rows)
        if check:
            if not path.exists() or path.read_text(encoding='utf-8') != text:
                differ.append(path.name)
        else:
            path.write_text(text, encoding='utf-8')
        print(f'{group.name}: {len(rows)} rows', file=sys.stderr)
    print(f'total: {total} rows', file=sys.stderr)
    if differ:
        print('differs from recording: ' + ', '.join(differ), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
