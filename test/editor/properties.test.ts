/**
 * Properties of the editor services on arbitrary text: none throws, every range lies inside
 * the text, every completion edit replaces text around the cursor, and offsets mapped out of
 * shell words land inside those words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complete } from '../../src/editor/complete.js';
import { diagnose } from '../../src/editor/diagnose.js';
import { documentCompletions, documentDiagnostics, documentHover, documentQuickFixes, openDocument } from '../../src/editor/document.js';
import type { DocumentModels } from '../../src/editor/document.js';
import { format } from '../../src/editor/format.js';
import { hover } from '../../src/editor/hover.js';
import { getLocation } from '../../src/editor/location.js';
import { documentSymbols, foldingRegions } from '../../src/editor/outline.js';
import { quickFixes } from '../../src/editor/quick-fix.js';
import { scanShell } from '../../src/editor/shell/scan.js';
import { endOf } from '../../src/grammar/index.js';
import { sourceRange, textIndex } from '../../src/editor/shell/words.js';
import { bundledRegistry } from '../../src/model/index.js';
import { shorthandDocument, shorthandLike } from '../helpers/arbitraries.js';
import { sagemaker } from './helpers.js';

const request = sagemaker('CreateAutoMLJobRequest');
const models: DocumentModels = bundledRegistry();

/** Text with an offset inside it (both ends included). */
const withOffset = (text: fc.Arbitrary<string>) => text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length })));

const inside = (text: string, range: { offset: number; length: number }): boolean =>
  range.offset >= 0 && range.length >= 0 && range.offset + range.length <= text.length;

const SHELL_PIECES = [
  'aws ', 'sagemaker ', 'create-auto-ml-job ', '--input-data-config ', '--tags ', '--auto-ml-job-config=', '--role-arn ', "'", '"', "$'", '\\', '\\\n',
  '$X', '${Y}', '$(', ')', '`', '#', ';', '&&', '|', '\n', ' ', '<<EOF\n', 'EOF\n', 'Key=a,Value=b', 'Mode=AUTO', '{', '}', '[', ']', ',', '=', '😀',
];
const shellLike = fc.array(fc.oneof(fc.constantFrom(...SHELL_PIECES), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('editor services on arbitrary shorthand', () => {
  it('never throw and keep every range inside the text', () => {
    fc.assert(
      fc.property(withOffset(fc.oneof(shorthandLike, shorthandDocument)), ([text, offset]) => {
        for (const d of diagnose(text, request)) expect(inside(text, d)).toBe(true);
        for (const item of complete(text, request, offset)) {
          expect(inside(text, item.edit)).toBe(true);
          expect(item.edit.offset <= offset && offset <= item.edit.offset + item.edit.length).toBe(true);
        }
        const found = hover(text, request, offset);
        if (found !== undefined) expect(inside(text, found)).toBe(true);
        const location = getLocation(text, offset);
        expect(inside(text, { offset: location.replaceOffset, length: location.replaceLength })).toBe(true);
        for (const fix of quickFixes(text, request, offset)) for (const edit of fix.edits) expect(inside(text, edit)).toBe(true);
        for (const region of foldingRegions(text)) expect(region.start < region.end && region.end < text.length).toBe(true);
        documentSymbols(text, request);
        format(text, request, { pretty: true });
      }),
      { numRuns: 300 },
    );
  });
});

describe('editor services on arbitrary shell scripts', () => {
  it('map every word character back inside its word, and back again', () => {
    fc.assert(
      fc.property(shellLike, (script) => {
        for (const command of scanShell(script).commands) {
          for (const word of command.words) {
            expect(word.offset <= endOf(word) && endOf(word) <= script.length).toBe(true);
            for (let i = 0; i < word.text.length; i++) {
              const range = sourceRange(word, i, i + 1);
              expect(range.offset >= word.offset && endOf(range) <= endOf(word) && range.offset < endOf(range)).toBe(true);
              // Both halves of a surrogate pair come from one source range: back to the first.
              expect(word.starts[textIndex(word, range.offset)]).toBe(range.offset);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throw and keep every range inside the script', () => {
    fc.assert(
      fc.property(withOffset(shellLike), ([script, offset]) => {
        const document = openDocument(script, 'shellscript', models);
        for (const d of documentDiagnostics(document)) expect(inside(script, d)).toBe(true);
        for (const item of documentCompletions(document, offset, models)) expect(inside(script, item.edit)).toBe(true);
        const found = documentHover(document, offset);
        if (found !== undefined) expect(inside(script, found)).toBe(true);
        for (const fix of documentQuickFixes(document, offset, 0)) for (const edit of fix.edits) expect(inside(script, edit)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
