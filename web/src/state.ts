/**
 * The page state in the URL, so a link reproduces a conversion: `?shape=…&shorthand=…` or
 * `?shape=…&json=…`, and `dialect=v2` when not the default.
 */
import type { WebDialect } from './protocol.js';

/** What a link holds. */
export interface PageState {
  readonly shape: string;
  readonly dialect: WebDialect;
  /** The pane the text belongs to; the other pane is computed from it. */
  readonly source: 'shorthand' | 'json';
  readonly text: string;
}

/** The shape shown when the link names none. */
export const DEFAULT_SHAPE = 'sagemaker.AutoMLChannel';
const DEFAULT_TEXT = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train/}},TargetAttributeName=label,ChannelType=training';

/** The state a query string (`location.search`) describes, defaults filled in. */
export function readState(search: string): PageState {
  const params = new URLSearchParams(search);
  const shape = params.get('shape') ?? DEFAULT_SHAPE;
  const dialect: WebDialect = params.get('dialect') === 'v2' ? 'v2' : 'v1';
  const json = params.get('json');
  const shorthand = params.get('shorthand');
  if (shorthand === null && json !== null) return { shape, dialect, source: 'json', text: json };
  return { shape, dialect, source: 'shorthand', text: shorthand ?? (params.has('shape') ? '' : DEFAULT_TEXT) };
}

/** The query string (with `?`) for a state. */
export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('shape', state.shape);
  params.set(state.source, state.text);
  if (state.dialect !== 'v1') params.set('dialect', state.dialect);
  return `?${params.toString()}`;
}
