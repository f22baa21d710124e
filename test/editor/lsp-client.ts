/**
 * A minimal LSP client for the end-to-end tests: spawns `aws-shorthand lsp --stdio` (the built
 * CLI when it is newer than the sources, else an esbuild bundle of them) and speaks JSON-RPC
 * over its stdio as an editor does.
 */
import { spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/corpus.js';

export interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface PublishedDiagnostic {
  range: Range;
  severity: number;
  code: string;
  message: string;
}

/** A minimal LSP client over a child process's stdio. */
export class Client {
  private buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private chunked = 0;
  private needed = 0;
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly notifications: Message[] = [];
  private readonly received: Message[] = [];
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.requestWithId<T>(method, params).result;
  }

  /** Send a request; its id (for `$/cancelRequest`) and its answer. */
  requestWithId<T>(method: string, params: unknown): { id: number; result: Promise<T> } {
    return { id: this.nextId, result: this.sendRequest<T>(method, params) };
  }

  private sendRequest<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification (already received or to come) that `test` accepts, consumed. */
  notification(test: (m: Message) => boolean): Promise<Message> {
    const index = this.notifications.findIndex(test);
    if (index !== -1) return Promise.resolve(this.notifications.splice(index, 1)[0] as Message);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    // Chunks wait until a whole message is there: concatenating on every chunk is quadratic in
    // a large answer (documentSymbol on a long script is megabytes).
    this.chunks.push(chunk);
    this.chunked += chunk.length;
    if (this.buffer.length + this.chunked < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
    this.chunks = [];
    this.chunked = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        this.needed = headerEnd + 4 + length;
        return;
      }
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  /** How many notifications received so far (consumed or not) `test` accepts. */
  count(test: (m: Message) => boolean): number {
    return this.received.filter(test).length;
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method !== undefined) {
      // A server-to-client request (e.g. workDoneProgress/create): accept it.
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
      return;
    }
    this.received.push(message);
    const waiter = this.waiters.findIndex((w) => w.test(message));
    if (waiter !== -1) this.waiters.splice(waiter, 1)[0]?.resolve(message);
    else this.notifications.push(message);
  }
}

/** The newest modification time under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The CLI to spawn: the built one when fresh, else an esbuild bundle of the sources. */
export async function serverEntry(): Promise<string> {
  const built = join(ROOT, 'dist/cli/main.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'src'))) {
    const probe = spawnSync(process.execPath, [built, 'lsp', '--help'], { encoding: 'utf8' });
    if (probe.status === 0) return built;
  }
  // Inside the package (under node_modules) so the bundled models are found from the bundle.
  const outDir = join(ROOT, 'node_modules/.cache/aws-shorthand-lsp-e2e');
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('esbuild');
  const outfile = join(outDir, 'main.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    packages: 'external',
  });
  return outfile;
}

