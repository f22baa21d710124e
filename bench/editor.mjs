// Editor services on a 10 KB value: `diagnose` (target: median under 2 ms), plus completion,
// hover and a whole shell script as the language server analyses it, from the built entries
// (`aws-shorthand/editor` and the toolkit's registry).
import { pathToFileURL } from 'node:url';

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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
