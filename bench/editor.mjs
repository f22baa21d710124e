// Editor services on a 10 KB value: `diagnose` (target: median under 2 ms), plus completion,
// hover and a whole shell script as the language server analyses it, from the built entries
// (`aws-shorthand/editor` and the toolkit's registry).
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The editor services and the bundled registry, from dist/. */
export async function loadServices() {
  const editor = await import(new URL('../dist/editor/index.js', import.meta.url).href);
  const { bundledRegistry } = await import(new URL('../dist/index.js', import.meta.url).href);
  return { ...editor, bundledRegistry };
}

/** A CreateAutoMLJob request of about `size` characters (channels repeated), with a few mistakes. */
export function requestText(size = 10_000) {
  const channel = (i) =>
    `{DataSource={S3DataSource={S3DataType=${i % 7 === 3 ? 'S3Prefx' : 'S3Prefix'},S3Uri=s3://bucket/train/part-${i}}},` +
    `TargetAttributeName=label,CompressionType=Gzip,ContentType=text/csv,ChannelType=training}`;
  const items = [];
  let text = '';
  for (let i = 0; text.length < size; i++) {
    items.push(channel(i));
    text =
      `AutoMLJobName=job-1,InputDataConfig=[${items.join(',')}],OutputDataConfig={S3OutputPath=s3://bucket/out},` +
      'RoleArn=arn:aws:iam::123456789012:role/R,AutoMLJobConfig={CompletionCriteria={MaxCandidates=10},Mode=AUTO},Tags=[{Key=a,Value=b}]';
  }
  return text;
}

/** Median and 90th percentile milliseconds of `fn` over `runs` runs after `warmup` runs. */
export function timing(fn, runs = 101, warmup = 20) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], p90: times[Math.floor(runs * 0.9)] };
}

export async function run() {
  const editor = await loadServices();
  const shape = editor.bundledRegistry().shape('sagemaker.CreateAutoMLJobRequest');
  const text = requestText();
  const found = editor.diagnose(text, shape);
  const cursor = text.indexOf('S3DataType=') + 11;
  // The same channels as the words of a list option: `--input-data-config 'DataSource=…' 'DataSource=…' …`.
  const channels = text.slice(text.indexOf('[{') + 2, text.indexOf('}],Output')).split('},{');
  const script = `aws sagemaker create-auto-ml-job --input-data-config ${channels.map((c) => `'${c}'`).join(' ')} --role-arn r`;
  const rows = [
    ['diagnose (10 KB value)', timing(() => editor.diagnose(text, shape))],
    ['complete (10 KB value)', timing(() => editor.complete(text, shape, cursor))],
    ['hover (10 KB value)', timing(() => editor.hover(text, shape, cursor))],
    [`script analyse + diagnose (${(script.length / 1000).toFixed(1)} KB)`, timing(() => editor.diagnoseScript(editor.analyseScript(script, editor.bundledRegistry())))],
  ];
  console.log(`\n== editor services (${text.length} chars, ${found.length} diagnostics)`);
  for (const [name, { median, p90 }] of rows) {
    console.log(`${name.padEnd(40)} median ${median.toFixed(2).padStart(6)} ms   p90 ${p90.toFixed(2).padStart(6)} ms`);
  }
  const diagnoseMedian = rows[0][1].median;
  console.log(`diagnose median ${diagnoseMedian.toFixed(2)} ms (target < 2 ms): ${diagnoseMedian < 2 ? 'ok' : 'OVER BUDGET'}`);
  symbolLinearity(editor);
  await languageServer();
}

/** A script of `count` CreateAutoMLJob commands of about 475 characters each, every 7th with a bad enum. */
export function bigScript(count) {
  let text = '#!/bin/bash\n';
  for (let i = 0; i < count; i++) {
    text +=
      `aws sagemaker create-auto-ml-job --auto-ml-job-name job-${i} \\\n` +
      `  --input-data-config 'DataSource={S3DataSource={S3DataType=${i % 7 === 3 ? 'S3Prefx' : 'S3Prefix'},S3Uri=s3://bucket/train/part-${i}}},TargetAttributeName=label,CompressionType=Gzip,ContentType=text/csv,ChannelType=training' \\\n` +
      `  --output-data-config S3OutputPath=s3://bucket/out/${i} \\\n` +
      "  --auto-ml-job-config 'CompletionCriteria={MaxCandidates=10},Mode=AUTO' \\\n" +
      '  --role-arn arn:aws:iam::123456789012:role/R --tags Key=a,Value=b Key=c,Value=d\n';
  }
  return text;
}

/** documentSymbol on 2,500 and 10,000 commands (analysis excluded): linear means a ratio near 4. */
function symbolLinearity(editor) {
  const registry = editor.bundledRegistry();
  const ms = (count) => {
    const document = editor.openDocument(bigScript(count), 'shellscript', registry);
    editor.documentSymbolTree(document);
    const t0 = process.hrtime.bigint();
    editor.documentSymbolTree(document);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const small = ms(2_500);
  const large = ms(10_000);
  console.log(`documentSymbol: 2,500 commands ${small.toFixed(0)} ms, 10,000 commands ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(1)} (linear: 4)`);
}

/**
 * The language server on a 5 MB script of 10,000 commands, over stdio: open → first
 * diagnostics, documentSymbol, then 20 rapid edits followed by completion and hover.
 */
export async function languageServer(count = 10_000) {
  const outfile = `${ROOT}dist/cli/main.js`;
  const child = spawn(process.execPath, [outfile, 'lsp', '--stdio', '--request-budget-ms', '600000'], { env: { ...process.env, AWS_DATA_PATH: '' } });
  const client = rpcClient(child);
  await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
  const uri = 'file:///bench/big.sh';
  const text = bigScript(count);
  const lastLine = text.split('\n').length - 1;
  const at = () => process.hrtime.bigint();
  const since = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

  let t0 = at();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
  const first = await client.diagnostics(uri, 1);
  const openMs = since(t0);
  t0 = at();
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const symbolMs = since(t0);

  let previous = '';
  t0 = at();
  for (let edit = 1; edit <= 20; edit++) {
    const next = edit === 20 ? 'aws sagemaker create-auto-ml-job --pro' : `# edit ${edit}`;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: edit + 1 },
      contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: previous.length } }, text: next }],
    });
    previous = next;
  }
  const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: previous.length } });
  const completionMs = since(t0);
  t0 = at();
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 40 } });
  const hoverMs = since(t0);
  await client.diagnostics(uri, 21);
  const published = client.published(uri);
  await client.request('shutdown', null);
  client.notify('exit', null);

  console.log(`\n== language server, ${(text.length / 1e6).toFixed(1)} MB script, ${count} commands`);
  console.log(`open → first diagnostics ${openMs.toFixed(0)} ms (${first.length} diagnostics)`);
  console.log(`documentSymbol ${symbolMs.toFixed(0)} ms (${symbols.length} symbols)`);
  console.log(`20 rapid edits → completion ${completionMs.toFixed(0)} ms (${items.some((i) => i.label === '--problem-type') ? 'answers the last version' : 'STALE'}); hover then ${hoverMs.toFixed(0)} ms (${hover ? 'found' : 'empty'})`);
  console.log(`diagnostics published ${published} times for 21 versions`);
}

/** A minimal JSON-RPC client over a child's stdio. */
function rpcClient(child) {
  // Chunks are kept apart until a whole message has arrived: concatenating on every chunk is
  // quadratic in a large answer (a documentSymbol answer here is tens of megabytes).
  let buffer = Buffer.alloc(0);
  let chunks = [];
  let chunked = 0;
  let needed = 0;
  let nextId = 1;
  const pending = new Map();
  const diagnostics = [];
  const waiting = [];
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  };
  child.stdout.on('data', (chunk) => {
    chunks.push(chunk);
    chunked += chunk.length;
    if (buffer.length + chunked < needed) return;
    buffer = Buffer.concat([buffer, ...chunks]);
    chunks = [];
    chunked = 0;
    needed = 0;
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      if (buffer.length < headerEnd + 4 + length) {
        needed = headerEnd + 4 + length;
        return;
      }
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) {
        pending.get(message.id)?.(message.result);
      } else if (message.method === 'textDocument/publishDiagnostics') {
        diagnostics.push(message.params);
        for (const waiter of waiting.splice(0)) waiter();
      }
    }
  });
  return {
    request(method, params) {
      const id = nextId++;
      send({ id, method, params });
      return new Promise((resolve) => pending.set(id, resolve));
    },
    notify(method, params) {
      send({ method, params });
    },
    async diagnostics(uri, version) {
      for (;;) {
        const found = diagnostics.find((d) => d.uri === uri && d.version === version);
        if (found) return found.diagnostics;
        await new Promise((resolve) => waiting.push(resolve));
      }
    },
    published: (uri) => diagnostics.filter((d) => d.uri === uri).length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
