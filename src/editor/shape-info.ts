/**
 * Short human-readable facts about shapes, shared by hover and completion: a type label, the
 * constraints, and model documentation turned from botocore's HTML into plain Markdown.
 */
import type { Shape } from '../model/index.js';

/**
 * A compact type label: `structure`, `list<structure>`, `map<string, integer>`, `enum`.
 * @example typeLabel(listOfTags) // 'list<structure>'
 */
export function typeLabel(shape: Shape): string {
  switch (shape.kind) {
    case 'list':
      return `list<${innerLabel(shape.member)}>`;
    case 'map':
      return `map<${innerLabel(shape.key)}, ${innerLabel(shape.value)}>`;
    case 'string':
      return shape.enum !== undefined && shape.enum.length > 0 ? 'enum' : 'string';
    default:
      return shape.kind;
  }
}

function innerLabel(shape: Shape): string {
  return shape.kind === 'list' || shape.kind === 'map' ? typeLabel(shape) : shape.kind === 'string' && shape.enum?.length ? 'enum' : shape.kind;
}

/**
 * The model's constraints as short phrases: `length 1..256`, `value ≥ 1`, `pattern ^[a-z]+$`,
 * `1..10 items`.
 */
export function constraints(shape: Shape): string[] {
  const out: string[] = [];
  const { min, max } = shape as { min?: number; max?: number };
  const range = (what: string): void => {
    if (min !== undefined && max !== undefined) out.push(`${what} ${min}..${max}`);
    else if (min !== undefined) out.push(`${what} ≥ ${min}`);
    else if (max !== undefined) out.push(`${what} ≤ ${max}`);
  };
  switch (shape.kind) {
    case 'string':
    case 'blob':
      range('length');
      if (shape.kind === 'string' && shape.pattern !== undefined) out.push(`pattern \`${shape.pattern}\``);
      break;
    case 'list':
    case 'map':
      range(shape.kind === 'list' ? 'items' : 'entries');
      break;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      range('value');
      break;
    default:
      break;
  }
  return out;
}

/** The documentation of a member or shape as Markdown, or undefined when the model has none. */
export function documentationOf(...sources: Array<string | undefined>): string | undefined {
  const html = sources.find((text) => text !== undefined && text.trim() !== '');
  return html === undefined ? undefined : htmlToMarkdown(html);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * botocore documentation HTML → Markdown: paragraphs, list items, code, links; other tags dropped.
 * @example htmlToMarkdown('<p>The <code>S3Uri</code>.</p>') // 'The `S3Uri`.'
 */
export function htmlToMarkdown(html: string): string {
  return html
    .replace(/<code>([\s\S]*?)<\/code>/g, (_all, code: string) => `\`${code.replace(/<[^>]+>/g, '')}\``)
    .replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_all, href: string, text: string) => `[${text.trim()}](${href})`)
    .replace(/<li>\s*/g, '\n- ')
    .replace(/<\/(p|ul|ol|note|important)>/g, '\n\n')
    .replace(/<(b|strong)>([\s\S]*?)<\/\1>/g, (_all, _tag: string, text: string) => `**${text}**`)
    .replace(/<(i|em)>([\s\S]*?)<\/\1>/g, (_all, _tag: string, text: string) => `*${text}*`)
    .replace(/<[^>]+>/g, '')
    .replace(/&(\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
