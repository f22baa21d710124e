/**
 * `--generate-cli-skeleton yaml-input`'s tree (src/awscli/yaml-skeleton.ts): the documentation
 * overview of each comment and ruamel.yaml's comment alignment. The expected texts are what AWS
 * CLI v2 gives (its `get_shape_doc_overview`, and ruamel.yaml's `yaml_add_eol_comment` on the
 * same keys, run under /usr/bin/python3 when these cases were written). The printed skeletons of
 * real operations are compared with v2's in corpus/cli-v2 (test/cli/corpus-v2.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { docOverview, yamlInputSkeleton } from '../../src/awscli/yaml-skeleton.js';
import type { Shape, StructureShape } from '../../src/model/shape.js';
import { dumpYamlSkeleton } from '../../src/cli/send/yaml-emit.js';

describe('docOverview', () => {
  it.each([
    ['the first sentence, without markup', '<p>Identifies an Autopilot job. More text.</p>', 'Identifies an Autopilot job.'],
    ['a colon ends the sentence too', '<p>The algorithm (for example, AES256, aws:kms).</p>', 'The algorithm (for example, AES256, aws.'],
    ['entities are decoded', '<p>Use &lt;b&gt; &amp; &#x41;&#66;.</p>', 'Use <b> & AB.'],
    ['malformed markup stays as written', '<p>Unclosed <br> tag. Next.</p>', '<p>Unclosed <br> tag.'],
    ['an unknown entity leaves the markup too', '<p>A&nbsp;B. C</p>', '<p>A&nbsp;B.'],
    ['line breaks become spaces', '<p>One\nline\u2028two</p>', 'One line two.'],
    ['a leading space is kept', '<p> The length. x</p>', ' The length.'],
    ['no documentation', undefined, ''],
    ['only markup', '<p></p>', ''],
  ])('%s', (_name, documentation, expected) => {
    expect(docOverview(documentation)).toBe(expected);
  });
});

const text = (name: string, documentation?: string): Shape => ({ name, kind: 'string', ...(documentation === undefined ? {} : { documentation }) }) as Shape;

/** A structure of string members, `required` among them. */
function structure(members: ReadonlyArray<readonly [string, string | undefined]>, required: readonly string[] = []): StructureShape {
  return {
    name: 'Input',
    kind: 'structure',
    members: new Map(members.map(([name, documentation]) => [name, { name, shape: text(`${name}Shape`, documentation) }])),
    required: new Set(required),
  } as unknown as StructureShape;
}

describe('yamlInputSkeleton', () => {
  it('prints [REQUIRED], the overview, and two spaces before the first comment only', () => {
    const skeleton = yamlInputSkeleton(structure([['Name', '<p>The name.</p>'], ['Other', '<p>Other one.</p>']], ['Name']));
    expect(dumpYamlSkeleton(skeleton)).toBe("Name: ''  # [REQUIRED] The name.\nOther: '' # Other one.\n");
  });

  it('aligns with a comment before the first key that sorts at or after the new one, else uses two spaces', () => {
    // B has no comment: C finds A's (A < C, met before a key >= C); after it, a key sorting
    // first finds none before it.
    const skeleton = yamlInputSkeleton(structure([['A', '<p>a.</p>'], ['B', undefined], ['C', '<p>c.</p>'], ['D', undefined], ['0', '<p>zero.</p>']]));
    expect(dumpYamlSkeleton(skeleton)).toBe("A: ''  # a.\nB: ''\nC: '' # c.\nD: ''\n'0': ''  # zero.\n");
  });

  it('is an empty mapping without an input shape', () => {
    expect(dumpYamlSkeleton(yamlInputSkeleton(undefined))).toBe('{}\n');
  });
});
