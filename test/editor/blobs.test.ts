/**
 * Blob values in the editor, per dialect: under v2 a blob value that is not base64 is an error
 * with v2's text and the value's range (shorthand or JSON, an option's own word or nested, and
 * `--cli-input-json`); under v1 an info says what v2 would do. The dialect comes from the
 * services' option or a document's `# dialect:` comment.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobDiagnostic, jsonBlobDiagnostics } from '../../src/editor/blobs.js';
import { diagnose } from '../../src/editor/diagnose.js';
import { documentDiagnostics, openDocument, readDialectComment } from '../../src/editor/document.js';
import { analyseScript, diagnoseScript } from '../../src/editor/script.js';
import type { EditorDiagnostic } from '../../src/editor/types.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { ROOT } from '../helpers/corpus.js';

const registry = new ModelRegistry({ dataPath: [join(ROOT, 'test/cli/fixtures/models')], bundled: false });
const item = registry.shape('dynamodb.PutItemInputAttributeMap');

/** Each diagnostic as [code, severity, the text it covers, message]. */
function shown(text: string, diagnostics: readonly EditorDiagnostic[]): Array<[string, string, string, string]> {
  return diagnostics.map((d) => [d.code, d.severity, text.slice(d.offset, d.offset + d.length), d.message]);
}

describe('blobDiagnostic', () => {
  it("is v2's error for text that is not base64, nothing for base64, an info under v1", () => {
    expect(blobDiagnostic('hello world', 4, 11, { dialect: 'v2' })).toEqual({ code: 'INVALID_BASE64', source: 'coercion', severity: 'error', message: 'Invalid base64: "hello world"', offset: 4, length: 11 });
    expect(blobDiagnostic('caf\u00e9', 0, 4, { dialect: 'v2' })?.message).toBe('string argument should contain only ASCII characters');
    // Python's lenient decoder: what is outside the alphabet is dropped (`aGk*` is `aGk`, an open quantum).
    expect(blobDiagnostic('aGVs bG8=', 0, 9, { dialect: 'v2' })).toBeUndefined();
    expect(blobDiagnostic('aGk*', 0, 4, { dialect: 'v2' })?.code).toBe('INVALID_BASE64');
    expect(blobDiagnostic('aGVsbG8=', 0, 8)).toMatchObject({
      code: 'BLOB_READ_AS_BASE64_IN_V2',
      severity: 'info',
      message: "AWS CLI v2 reads this blob as base64: it would send the 5 bytes this text decodes to, not the text (v2's --cli-binary-format raw-in-base64-out keeps v1's reading)",
    });
    expect(blobDiagnostic('hello world', 0, 11, { dialect: 'v1' })?.message).toBe('AWS CLI v2 reads this blob as base64 and would refuse it: Invalid base64: "hello world"');
    // No bytes either way.
    expect(blobDiagnostic('', 0, 0, { dialect: 'v2' })).toBeUndefined();
    expect(blobDiagnostic('', 0, 0, { dialect: 'v1' })).toBeUndefined();
  });
});

describe('diagnose with a dialect (shorthand, nested blobs)', () => {
  // `"no pe"` would decode (Python drops the blank): `"no!"` does not.
  const text = 'k={B=hi!},s={BS=[aGk=,"no pe","no!"]},t={S=hi!}';

  it('under v2: an error on each nested blob that does not decode, at its value, with its path', () => {
    const found = diagnose(text, item, { dialect: 'v2' });
    expect(shown(text, found)).toEqual([
      ['INVALID_BASE64', 'error', 'hi!', 'Invalid base64: "hi!"'],
      ['INVALID_BASE64', 'error', '"no!"', 'Invalid base64: "no!"'],
    ]);
    expect(found.map((d) => d.path)).toEqual(['k.B', 's.BS[2]']);
  });

  it('under v1 (the default): an info on each blob value saying how v2 reads it', () => {
    expect(diagnose(text, item).map((d) => [d.code, d.severity, text.slice(d.offset, d.offset + d.length)])).toEqual([
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', 'hi!'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', 'aGk='],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', '"no pe"'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', '"no!"'],
    ]);
    expect(diagnose(text, item, { dialect: 'v1' })).toEqual(diagnose(text, item));
  });

  it('leaves a value loaded from a file alone, and keeps syntax errors first', () => {
    expect(diagnose('k={B@=fileb://x.bin}', item, { dialect: 'v2' })).toEqual([]);
    const broken = 'k={B=hi!},t={S=';
    expect(diagnose(broken, item, { dialect: 'v2' }).map((d) => d.code)).toEqual(['INVALID_BASE64', 'SYNTAX']);
  });
});

describe('jsonBlobDiagnostics', () => {
  it('finds strings in blob positions of JSON, escapes resolved, ranges with the quotes', () => {
    // `"?"` decodes (to nothing: Python drops what is outside the alphabet); `"a"` does not.
    const json = '{"k": {"B": "hi\\u0021"}, "s": {"BS": ["aGk=", "x"]}, "t": {"S": "hi!"}, "m": {"M": {"in": {"B": "?"}, "on": {"B": "a"}}}}';
    expect(shown(json, jsonBlobDiagnostics(json, item, { dialect: 'v2' }))).toEqual([
      ['INVALID_BASE64', 'error', '"hi\\u0021"', 'Invalid base64: "hi!"'],
      ['INVALID_BASE64', 'error', '"x"', 'Invalid base64: "x"'],
      ['INVALID_BASE64', 'error', '"a"', 'Invalid base64: "a"'],
    ]);
  });

  it('keeps what it found before the text stops being JSON', () => {
    const json = '{"k": {"B": "x"}, "l": {"B": "unterminated';
    expect(shown(json, jsonBlobDiagnostics(json, item, { dialect: 'v2' })).map((d) => d[2])).toEqual(['"x"']);
  });
});

describe('scripts', () => {
  const script = [
    "aws kinesis put-record --stream-name s --partition-key p --data 'hello world'",
    "aws kinesis put-record --stream-name s --partition-key p --data aGk=",
    'aws kinesis put-record --stream-name s --partition-key p --data fileb://d.bin',
    "aws kinesis put-record --stream-name s --partition-key p --data 'hello world' --cli-binary-format raw-in-base64-out",
    "aws dynamodb put-item --table-name tbl --item 'k={B=hi!}'",
    'aws dynamodb put-item --table-name tbl --item \'{"k": {"B": "hi!"}}\'',
    'aws dynamodb put-item --cli-input-json \'{"TableName": "tbl", "Item": {"k": {"B": "no!"}}}\'',
    'aws dynamodb put-item --table-name tbl --item "k={B=$VALUE}"',
    '',
  ].join('\n');
  const analysis = analyseScript(script, registry);

  it('under v2: errors on the option word, nested shorthand, JSON and --cli-input-json; none with raw-in-base64-out', () => {
    expect(shown(script, diagnoseScript(analysis, { dialect: 'v2' }))).toEqual([
      ['INVALID_BASE64', 'error', 'hello world', '--data: Invalid base64: "hello world"'],
      ['INVALID_BASE64', 'error', 'hi!', '--item: Invalid base64: "hi!"'],
      ['INVALID_BASE64', 'error', '"hi!"', '--item: Invalid base64: "hi!"'],
      ['INVALID_BASE64', 'error', '"no!"', '--cli-input-json: Invalid base64: "no!"'],
    ]);
  });

  it('under v1: infos on the same values, and on base64 that v1 would send as text', () => {
    expect(shown(script, diagnoseScript(analysis)).map(([code, severity, covered]) => [code, severity, covered])).toEqual([
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', 'hello world'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', 'aGk='],
      // v1 has no such option (v2's global options are known under v2 only).
      ['UNKNOWN_OPTION', 'warning', '--cli-binary-format'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', 'hi!'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', '"hi!"'],
      ['BLOB_READ_AS_BASE64_IN_V2', 'info', '"no!"'],
    ]);
  });
});

describe('documents: the # dialect: comment', () => {
  it('is read among the first comment lines only', () => {
    expect(readDialectComment('#!/bin/bash\n\n# dialect: v2\naws kms encrypt')).toMatchObject({ dialect: 'v2', word: 'v2', offset: 24, length: 2 });
    expect(readDialectComment('#!/bin/bash\nset -e\n# dialect: v2\n')).toBeUndefined();
    expect(readDialectComment('# dialect: v3\n')).toMatchObject({ dialect: undefined, word: 'v3' });
  });

  it('switches a script, overriding the dialect it is opened with; an unknown one is a warning', () => {
    const body = "aws kinesis put-record --stream-name s --partition-key p --data 'hello world'\n";
    const codes = (text: string, dialect?: 'v1' | 'v2'): string[] => documentDiagnostics(openDocument(text, 'shellscript', registry, dialect === undefined ? {} : { dialect })).map((d) => d.code);
    expect(codes(body)).toEqual(['BLOB_READ_AS_BASE64_IN_V2']);
    expect(codes(body, 'v2')).toEqual(['INVALID_BASE64']);
    expect(codes(`#!/bin/sh\n# dialect: v2\n${body}`)).toEqual(['INVALID_BASE64']);
    expect(codes(`# dialect: v1\n${body}`, 'v2')).toEqual(['BLOB_READ_AS_BASE64_IN_V2']);
    const unknown = `# dialect: v7\n${body}`;
    const diagnostics = documentDiagnostics(openDocument(unknown, 'shellscript', registry, { dialect: 'v2' }));
    expect(shown(unknown, diagnostics)).toEqual([
      ['UNKNOWN_DIALECT', 'warning', 'v7', 'Unknown dialect "v7": expected one of v1, v2 (reading as v2)'],
      ['INVALID_BASE64', 'error', 'hello world', '--data: Invalid base64: "hello world"'],
    ]);
  });

  it('in a shorthand file, follows the shape header and is no part of the value', () => {
    const text = '# shape: dynamodb.PutItemInputAttributeMap\n# dialect: v2\nk={B=hi!}\n';
    const document = openDocument(text, 'aws-shorthand', registry);
    expect(document.dialect).toBe('v2');
    expect(shown(text, documentDiagnostics(document))).toEqual([['INVALID_BASE64', 'error', 'hi!', 'Invalid base64: "hi!"']]);
    const v1 = '# shape: dynamodb.PutItemInputAttributeMap\nk={B=hi!}\n';
    expect(documentDiagnostics(openDocument(v1, 'aws-shorthand', registry)).map((d) => d.code)).toEqual(['BLOB_READ_AS_BASE64_IN_V2']);
  });
});
