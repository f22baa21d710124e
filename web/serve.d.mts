import type { Server } from 'node:http';

/** Serve `dir` on 127.0.0.1:`port` (0: a free port); resolves once it listens. */
export function serveStatic(dir: string, port?: number): Promise<{ server: Server; url: string }>;
