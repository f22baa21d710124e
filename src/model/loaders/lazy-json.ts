/**
 * Reading a bundled model without parsing all of it: the build writes one shape per line after
 * a `"shapes":{` line (still plain JSON), so the head is parsed at once, the lines are indexed,
 * and each shape is parsed when a command first reaches it. A CLI run touches a few dozen of
 * SageMaker's ~3,000 shapes.
 */
import type { BotocoreModelJson, BotocoreShapeJson } from './botocore.js';

const SHAPES_OPENING = ',"shapes":{\n';

/**
 * The model in `text`; shapes are parsed on first access. Text not in the line-per-shape form is
 * parsed whole.
 * @example lazyModelJson('{"metadata":{},"operations":{},"shapes":{\n"A":{"type":"string"}\n}}\n').shapes.A
 */
export function lazyModelJson(text: string): BotocoreModelJson {
  const opening = text.indexOf(SHAPES_OPENING);
  if (opening === -1) return JSON.parse(text) as BotocoreModelJson;
  const head = JSON.parse(`${text.slice(0, opening)}}`) as Record<string, unknown>;
  return { ...head, shapes: lazyShapes(text, opening + SHAPES_OPENING.length) } as BotocoreModelJson;
}

/** An object whose keys are the shape names and whose values are parsed on first read. */
function lazyShapes(text: string, from: number): Record<string, BotocoreShapeJson> {
  // name → [start, end) of its JSON body
  const bodies = new Map<string, readonly [number, number]>();
  for (let lineStart = from; lineStart < text.length && text.charCodeAt(lineStart) !== 0x7d; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    // `"Name":{…}` with a trailing comma on all but the last line. botocore shape names are
    // plain identifiers; anything else is decoded as the JSON string it is.
    const split = text.indexOf('":', lineStart);
    const raw = text.slice(lineStart + 1, split);
    const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    bodies.set(name, [split + 2, text.charCodeAt(end - 1) === 0x2c ? end - 1 : end]);
    lineStart = end + 1;
  }
  const parsed = new Map<string, BotocoreShapeJson>();
  const read = (name: string): BotocoreShapeJson | undefined => {
    let shape = parsed.get(name);
    const range = bodies.get(name);
    if (shape === undefined && range !== undefined) {
      shape = JSON.parse(text.slice(range[0], range[1])) as BotocoreShapeJson;
      parsed.set(name, shape);
    }
    return shape;
  };
  return new Proxy({} as Record<string, BotocoreShapeJson>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && bodies.has(key),
    ownKeys: () => [...bodies.keys()],
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && bodies.has(key)
        ? { value: read(key), enumerable: true, configurable: true, writable: false }
        : undefined,
  });
}
