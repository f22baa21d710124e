/**
 * Documents as the server sees them: standalone shorthand files naming their shape on the
 * first line, and shell scripts; every answer in document offsets.
 */
import { describe, expect, it } from 'vitest';
import {
  documentCompletions,
  documentDiagnostics,
  documentFolding,
  documentFormatting,
  documentHover,
  documentQuickFixes,
  documentSymbolTree,
  openDocument,
  readShapeHeader,
} from '../../src/editor/document.js';
import type { DocumentModels } from '../../src/editor/document.js';
import { plainText } from '../../src/editor/snippet.js';
import { bundledRegistry } from '../../src/model/index.js';
import { applyEdits, cursor, slice } from './helpers.js';

const models: DocumentModels = bundledRegistry();

describe('shorthand files', () => {
  it('reads the shape header', () => {
    expect(readShapeHeader('# shape: sagemaker.AutoMLChannel\nx=1')).toEqual({ reference: 'sagemaker.AutoMLChannel', offset: 9, length: 23 });
    expect(readShapeHeader('#shape:sagemaker.Tag')).toMatchObject({ reference: 'sagemaker.Tag' });
    expect(readShapeHeader('x=1\n# shape: sagemaker.Tag')).toBeUndefined();
  });

  const file = '# shape: sagemaker.AutoMLChannel\nDataSource={S3DataSource={S3DataType=S3Prefx,S3Uri=s3://b}},\nTargetAttributeName=y,Foo=1\n';

  it('diagnoses the value below the header, in document offsets', () => {
    const document = openDocument(file, 'plaintext', models);
    expect(documentDiagnostics(document).map((d) => [d.code, slice(file, d)])).toEqual([
      ['INVALID_ENUM', 'S3Prefx'],
      ['UNKNOWN_KEY', 'Foo'],
    ]);
  });

  it('completes and hovers in document offsets, also on a new last line', () => {
    const { text, offset } = cursor('# shape: sagemaker.AutoMLChannel\nTargetAttributeName=y,\n|');
    const document = openDocument(text, 'aws-shorthand', models);
    const item = documentCompletions(document, offset, models).find((i) => i.label === 'ChannelType');
    expect(item && applyEdits(text, [{ ...item.edit, newText: plainText(item.insert) }])).toBe('# shape: sagemaker.AutoMLChannel\nTargetAttributeName=y,\nChannelType=training');
    const hovered = cursor('# shape: sagemaker.AutoMLChannel\nTarget|AttributeName=y');
    const found = documentHover(openDocument(hovered.text, 'aws-shorthand', models), hovered.offset);
    expect(found && slice(hovered.text, found)).toBe('TargetAttributeName');
  });

  it('formats the value pretty, keeping the header', () => {
    const text = '# shape: sagemaker.AutoMLChannel\nDataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/a/rather/long/prefix/for/training/data}},TargetAttributeName=y\n';
    const formatted = applyEdits(text, documentFormatting(openDocument(text, 'aws-shorthand', models), { indent: 2 }));
    expect(formatted).toBe(
      '# shape: sagemaker.AutoMLChannel\nDataSource={\n  S3DataSource={\n    S3DataType=S3Prefix,\n    S3Uri=s3://bucket/a/rather/long/prefix/for/training/data\n  }\n},\nTargetAttributeName=y\n',
    );
  });

  it('warns about an unknown shape and checks syntax only', () => {
    const text = '# shape: sagemaker.NoSuchShape\na={b=1';
    expect(documentDiagnostics(openDocument(text, 'aws-shorthand', models)).map((d) => [d.code, slice(text, d)])).toEqual([
      ['UNKNOWN_OPERATION', 'sagemaker.NoSuchShape'],
      ['SYNTAX', ''],
    ]);
  });

  it('folds, outlines and fixes in document offsets', () => {
    const text = '# shape: sagemaker.AutoMLChannel\nDataSource={\n  S3DataSource={S3DataTyp=S3Prefix,S3Uri=s3://b}\n},TargetAttributeName=y';
    const document = openDocument(text, 'aws-shorthand', models);
    expect(documentFolding(document).map((r) => text.slice(r.start, r.end + 1))).toEqual([
      '{\n  S3DataSource={S3DataTyp=S3Prefix,S3Uri=s3://b}\n}',
      '{S3DataTyp=S3Prefix,S3Uri=s3://b}',
    ]);
    expect(documentSymbolTree(document).map((s) => [s.name, slice(text, { offset: s.selectionOffset, length: s.selectionLength })])).toEqual([
      ['DataSource', 'DataSource'],
      ['TargetAttributeName', 'TargetAttributeName'],
    ]);
    const at = text.indexOf('S3DataTyp=');
    const fix = documentQuickFixes(document, at, 0).find((f) => f.title === "Change to 'S3DataType'");
    expect(fix && applyEdits(text, fix.edits)).toBe(text.replace('S3DataTyp=', 'S3DataType='));
  });
});

describe('scripts', () => {
  const script = [
    '#!/bin/sh',
    'aws sagemaker create-auto-ml-job \\',
    '  --auto-ml-job-name j --role-arn arn:aws:iam::123456789012:role/R \\',
    "  --input-data-config 'TargetAttributeName=y, DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b}}' \\",
    '  --output-data-config "S3OutputPath=s3://b/o,KmsKeyd=k" \\',
    '  --tags Key=a,Value=b --auto-ml-job-config Mode=AUTO --probelm-type Regression',
  ].join('\n');
  const document = openDocument(script, 'shellscript', models);

  it('formats each shorthand value canonically inside its own quotes', () => {
    const formatted = applyEdits(script, documentFormatting(document));
    expect(formatted).toContain("--input-data-config 'TargetAttributeName=y,DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b}}'");
    expect(formatted).toContain('--output-data-config "S3OutputPath=s3://b/o,KmsKeyd=k"');
  });

  it('fixes a mistyped key inside a quoted word and a mistyped option', () => {
    const key = documentQuickFixes(document, script.indexOf('KmsKeyd'), 0).find((f) => f.title === "Change to 'KmsKeyId'");
    expect(key && applyEdits(script, key.edits)).toBe(script.replace('KmsKeyd', 'KmsKeyId'));
    const option = documentQuickFixes(document, script.indexOf('--probelm-type'), 0);
    expect(option.map((f) => f.title)).toEqual(["Change to '--problem-type'"]);
    expect(applyEdits(script, option[0]?.edits ?? [])).toBe(script.replace('--probelm-type', '--problem-type'));
  });

  it('folds the multi-line command and outlines its options', () => {
    expect(documentFolding(document)[0]).toEqual({ start: script.indexOf('aws'), end: script.length - 1 });
    const [command] = documentSymbolTree(document);
    expect(command?.name).toBe('aws sagemaker create-auto-ml-job');
    expect(command?.detail).toBe('CreateAutoMLJob');
    expect(command?.children.map((c) => c.name)).toEqual([
      '--auto-ml-job-name',
      '--role-arn',
      '--input-data-config',
      '--output-data-config',
      '--tags',
      '--auto-ml-job-config',
      '--probelm-type',
    ]);
    const input = command?.children[2];
    expect(input?.children.map((c) => slice(script, { offset: c.selectionOffset, length: c.selectionLength }))).toEqual(['TargetAttributeName', 'DataSource']);
  });
});
