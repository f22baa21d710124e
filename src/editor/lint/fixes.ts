/**
 * Mechanical fixes for findings whose rule does not attach one itself (the upgrade rules'
 * rewrites): each makes the command mean on AWS CLI v2 what it meant on v1, keeping the
 * script's quoting.
 *
 * - `v2-binary-param`: v1 sends a blob given as text as its UTF-8 bytes; v2 base64-decodes it.
 *   Literal blobs (top-level words, values nested in shorthand or JSON) are base64-encoded in
 *   place. Where one blob of the command cannot be encoded here (an expansion, a `file://`, a
 *   `key@=` file, `--cli-input-json`), the command gets `--cli-binary-format raw-in-base64-out`
 *   instead, and then every blob finding of that command gets that same edit (encoding some
 *   blobs and adding the option would encode those twice).
 * - `v2-alias`: v1's hidden option and operation aliases that v2 removed are replaced by the
 *   names they stand for.
 * - `v2-cfn-empty-changeset`: `cloudformation deploy` gets `--fail-on-empty-changeset`, v1's
 *   default (v2's default is not to fail).
 * - `v2-pager`: `export AWS_PAGER=""` at the top of the script (v1 never pages; the variable is
 *   harmless to v1, where `--no-cli-pager` would be an unknown option).
 *
 * The other upgrade rules have no mechanical rewrite: a URL parameter (v2 does not fetch it),
 * `ecr get-login` (its replacement pipes into `docker login` with the registry's address),
 * pagination keys inside `--cli-input-json`, S3 copy metadata (v1's behaviour depends on the
 * object's size), timestamps and exit statuses (what the script does with them is its own),
 * and S3 upload checksums (v1's CRC32 on a later v2 would be `--checksum-algorithm CRC32`,
 * which the reference v2, 2.9.19, does not know for `s3 cp`: measured, it fails there).
 */
import { reachesBlob } from '../../model/reachable.js';
import { endOf } from '../../grammar/index.js';
import type { ScalarNode } from '../../grammar/ast.js';
import type { Shape } from '../../model/shape.js';
import { encodeString } from '../../serializer/index.js';
import { hiddenAliases } from '../../awscli/option-rules.js';
import { aliasTarget } from '../../awscli/command-table.js';
import type { EmbeddedValue, ResolvedCommand, ScriptAnalysis } from '../script.js';
import type { AwsArgument } from '../shell/aws-command.js';
import { sourceRange, touchesExpansion } from '../shell/words.js';
import type { ShellWord } from '../shell/words.js';
import { parseJsonTree } from '../json-tree.js';
import type { JsonNode } from '../json-tree.js';
import { firstNonSpace } from '../value-reading.js';
import type { TextEdit } from '../types.js';
import { insertAfter, replaceWord, wordEdit } from './edits.js';
import type { Finding, FindingFix } from './finding.js';

/** The fix that makes `finding`'s command mean on v2 what it meant on v1, when one exists. */
export function fixFor(finding: Finding, analysis: ScriptAnalysis): FindingFix | undefined {
  if (finding.rule === 'v2-pager') return pagerFix(analysis);
  const resolved = commandOf(finding, analysis);
  if (resolved === undefined) return undefined;
  switch (finding.rule) {
    case 'v2-binary-param':
      return binaryFix(finding, resolved, analysis);
    case 'v2-alias':
      return aliasFix(finding, resolved);
    case 'v2-cfn-empty-changeset':
      return emptyChangesetFix(resolved);
    default:
      return undefined;
  }
}

/** The finding's command: by its index, else the command whose words hold its offset. */
function commandOf(finding: Finding, analysis: ScriptAnalysis): ResolvedCommand | undefined {
  if (finding.command !== undefined) return analysis.commands[finding.command];
  return analysis.commands.find(({ command }) => finding.offset >= command.aws.offset && finding.offset <= endOf(command.command));
}

/** Whether `[offset, offset + length)` and the finding's range meet (an empty range meets what holds it). */
function meets(finding: Finding, range: { offset: number; length: number }): boolean {
  const end = finding.offset + Math.max(finding.length, 1);
  return range.offset < end && finding.offset < range.offset + Math.max(range.length, 1);
}

/** Where new options go: right after the operation (or waiter) word, before any continuation. */
function anchorOf(resolved: ResolvedCommand): ShellWord {
  const { command } = resolved;
  return command.waiter ?? command.operation ?? command.service ?? command.aws;
}

function hasOption(resolved: ResolvedCommand, name: string): boolean {
  return resolved.command.arguments.some((argument) => argument.name === name);
}

/* ------------------------------------------------------------------ blobs */

/** A blob value in a command: the edit that base64-encodes it, or `undefined` when only the option can help. */
interface BlobSite {
  readonly argument: AwsArgument;
  /** Script range of the value. */
  readonly offset: number;
  readonly length: number;
  readonly edit: TextEdit | undefined;
}

/** The option that makes v2 read blobs as v1 does. */
const RAW_BINARY_FORMAT = '--cli-binary-format raw-in-base64-out';

function binaryFix(finding: Finding, resolved: ResolvedCommand, analysis: ScriptAnalysis): FindingFix | undefined {
  // Already read as v1 reads it (a v2-only script).
  if (hasOption(resolved, 'cli-binary-format')) return undefined;
  const sites = blobSites(resolved, analysis);
  const inputJson = (hasOption(resolved, 'cli-input-json') || hasOption(resolved, 'cli-input-yaml')) && takesBlobText(resolved.operation?.input);
  if (inputJson || sites.some((site) => site.edit === undefined)) {
    return { title: `Add ${RAW_BINARY_FORMAT} (v2 reads blobs as v1 does)`, edits: [insertAfter(anchorOf(resolved), RAW_BINARY_FORMAT)] };
  }
  let chosen = sites.filter((site) => meets(finding, site) || meets(finding, site.argument.option));
  // A finding on the command as a whole (say, its operation word) covers all its blobs.
  if (chosen.length === 0) chosen = sites;
  const edits = chosen.map((site) => site.edit as TextEdit);
  if (edits.length === 0) return undefined;
  return { title: edits.length === 1 ? 'Base64-encode the blob (v2 decodes blobs given as text)' : `Base64-encode the ${edits.length} blobs (v2 decodes blobs given as text)`, edits };
}

/** Every blob value the command gives as text: top-level words and values nested in shorthand or JSON. */
function blobSites(resolved: ResolvedCommand, analysis: ScriptAnalysis): BlobSite[] {
  const out: BlobSite[] = [];
  for (const argument of resolved.command.arguments) {
    const option = resolved.options.get(argument.name);
    if (option === undefined || argument.values.length === 0) continue;
    const shape = option.member.shape;
    if (shape.kind === 'blob') {
      // A streaming blob names a file in both versions.
      if (shape.streaming === true) continue;
      const word = argument.values[0] as ShellWord;
      if (word.text.startsWith('fileb://')) continue;
      const literal = word.expansions.length === 0 && !/^(file|https?):\/\//.test(word.text);
      out.push({ argument, offset: word.offset, length: word.length, edit: literal ? replaceWord(analysis.text, word, base64(word.text)) : undefined });
      continue;
    }
    if (!takesBlobText(shape)) continue;
    const list = option.form === 'shorthand-list' || option.form === 'scalar-list';
    const words = list ? argument.values : argument.values.slice(0, 1);
    const first = firstNonSpace(words[0]?.text ?? '');
    const json = option.form === 'json' || first === '{' || first === '[';
    if (words[0]?.expansions.some((e) => e.offset === 0) === true || /^(fileb?|https?):\/\//.test(words[0]?.text ?? '')) {
      // Read at run time or from a file: the blobs inside cannot be seen here.
      out.push({ argument, offset: argument.option.offset, length: argument.option.length, edit: undefined });
      continue;
    }
    for (const word of words) {
      if (json) {
        // One word `[…]` is the whole list; several words are one element each.
        const wordShape = words.length === 1 && first === '[' ? shape : option.wordShape;
        out.push(...jsonBlobSites(argument, word, wordShape));
        continue;
      }
      const value = valuesByWord(analysis).get(word);
      if (value === undefined || value.analysis.walk === undefined) continue;
      for (const binding of value.analysis.walk.bindings()) {
        if (binding.word !== value.analysis.word) continue;
        if (binding.role !== 'value' || binding.shape?.kind !== 'blob' || binding.node.type !== 'scalar') continue;
        const node = binding.node as ScalarNode;
        const range = sourceRange(word, node.offset, endOf(node));
        const encoded = encodeString(base64(node.value), 'first');
        const plain = !node.resolvesFile && !touchesExpansion(word, node.offset, endOf(node)) && encoded !== undefined;
        out.push({ argument, ...range, edit: plain ? wordEdit(word, { offset: node.offset, length: node.length, newText: encoded }) : undefined });
      }
    }
  }
  return out;
}

/** The embedded values of an analysis by their word, built once per analysis (fixes are asked one finding at a time). */
const byWord = new WeakMap<ScriptAnalysis, ReadonlyMap<ShellWord, EmbeddedValue>>();

function valuesByWord(analysis: ScriptAnalysis): ReadonlyMap<ShellWord, EmbeddedValue> {
  let map = byWord.get(analysis);
  if (map === undefined) {
    map = new Map(analysis.values.map((value) => [value.word, value] as const));
    byWord.set(analysis, map);
  }
  return map;
}

/** The blob strings of a JSON word read against `shape`. */
function jsonBlobSites(argument: AwsArgument, word: ShellWord, shape: Shape): BlobSite[] {
  const parsed = parseJsonTree(word.text);
  if (!parsed.ok) return [];
  const out: BlobSite[] = [];
  const stack: Array<[JsonNode, Shape]> = [[parsed.root, shape]];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [JsonNode, Shape];
    if (at.kind === 'blob' && node.kind === 'string') {
      const range = sourceRange(word, node.offset, endOf(node));
      const literal = !touchesExpansion(word, node.offset, endOf(node));
      out.push({ argument, ...range, edit: literal ? wordEdit(word, { offset: node.offset, length: node.length, newText: JSON.stringify(base64(node.value)) }) : undefined });
    } else if (node.kind === 'object' && (at.kind === 'structure' || at.kind === 'union')) {
      for (const { key, value } of node.entries) {
        const member = at.members.get(key.value);
        if (member !== undefined) stack.push([value, member.shape]);
      }
    } else if (node.kind === 'object' && at.kind === 'map') {
      for (const { value } of node.entries) stack.push([value, at.value]);
    } else if (node.kind === 'array' && at.kind === 'list') {
      for (const item of node.items) stack.push([item, at.member]);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Whether a value read against `shape` can hold a blob given as text (not a streaming payload). */
function takesBlobText(shape: Shape | undefined): boolean {
  return shape !== undefined && reachesBlob(shape, { streaming: false });
}

/** Base64 of `text`'s UTF-8 bytes (what v1 sends for a blob given as text). */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/* ------------------------------------------------------------------ aliases */

function aliasFix(finding: Finding, resolved: ResolvedCommand): FindingFix | undefined {
  const { command } = resolved;
  const service = command.service?.text;
  const operation = command.operation?.text;
  if (service === undefined || operation === undefined) return undefined;
  const edits: TextEdit[] = [];
  // An operation alias v2 dropped (`mturk list-hi-ts-for-qualification-type`).
  const target = aliasTarget(service, operation, 'v1');
  if (target !== operation && aliasTarget(service, operation, 'v2') === operation && command.operation !== undefined) {
    const edit = wordEdit(command.operation, { offset: 0, length: operation.length, newText: target });
    if (edit !== undefined) edits.push(edit);
  }
  const key = { service, serviceEventName: service, operation: target };
  const v2 = new Set(hiddenAliases(key, 'v2').map(([, alias]) => alias));
  const renames = new Map(hiddenAliases(key, 'v1').filter(([, alias]) => !v2.has(alias)).map(([original, alias]) => [alias, original]));
  const aliased = command.arguments.filter((argument) => renames.has(argument.name));
  const chosen = aliased.some((argument) => meets(finding, argument.option)) ? aliased.filter((argument) => meets(finding, argument.option)) : aliased;
  for (const argument of chosen) {
    const edit = wordEdit(argument.option, { offset: 2, length: argument.name.length, newText: renames.get(argument.name) as string });
    if (edit !== undefined) edits.push(edit);
  }
  if (edits.length === 0) return undefined;
  return { title: 'Use the parameter names v2 knows (v2 removed these aliases)', edits };
}

/* ------------------------------------------------------------------ cloudformation deploy */

function emptyChangesetFix(resolved: ResolvedCommand): FindingFix | undefined {
  const { command } = resolved;
  if (command.service?.text !== 'cloudformation' || command.operation?.text !== 'deploy') return undefined;
  if (hasOption(resolved, 'fail-on-empty-changeset') || hasOption(resolved, 'no-fail-on-empty-changeset')) return undefined;
  return { title: "Add --fail-on-empty-changeset (v1's default: an empty change set fails)", edits: [insertAfter(anchorOf(resolved), '--fail-on-empty-changeset')] };
}

/* ------------------------------------------------------------------ the pager */

function pagerFix(analysis: ScriptAnalysis): FindingFix {
  const { text } = analysis;
  // After the `#!` line, so the interpreter line stays first.
  const at = text.startsWith('#!') ? (text.includes('\n') ? text.indexOf('\n') + 1 : text.length) : 0;
  const newline = at === text.length && at > 0 && !text.endsWith('\n') ? '\n' : '';
  return { title: 'Turn off the AWS CLI v2 pager for this script (AWS_PAGER="")', edits: [{ offset: at, length: 0, newText: `${newline}export AWS_PAGER=""\n` }] };
}
