// Run by error-flood.test.ts in a child process (after `npm run build`): parse each 256 KB flood
// with the throwing parse, parseDocument and analyzeShorthand (what the editor's diagnose runs),
// and print each one's error count and first error's headline as JSON.
import { analyzeShorthand, parse, parseDocument, ShorthandError, syntaxErrorHeadline } from '../../dist/index.js';

const SIZE = 262_144;
const floods = {
  commas: `a=${','.repeat(SIZE - 2)}`,
  equals: '='.repeat(SIZE),
  brackets: `a=${'['.repeat(SIZE - 2)}`,
  duplicates: 'a=1,'.repeat(SIZE / 4).slice(0, -1),
  mixed: 'k=a b,=v,[x,ky,{p=}q,'.repeat(Math.ceil(SIZE / 21)).slice(0, SIZE),
};
const report = {};
for (const [name, text] of Object.entries(floods)) {
  let message;
  try {
    parse(text);
  } catch (error) {
    if (!(error instanceof ShorthandError)) throw error;
    message = error.message;
  }
  const { errors } = parseDocument(text);
  const analysis = analyzeShorthand(text, 'sagemaker.Tag');
  if (analysis.syntaxErrors.length !== errors.length) throw new Error(`${name}: analyzeShorthand lost errors`);
  const first = errors[0];
  if (first === undefined || message !== first.message) throw new Error(`${name}: parse and parseDocument disagree on the first error`);
  report[name] = { errors: errors.length, first: syntaxErrorHeadline(first) };
}
process.stdout.write(JSON.stringify(report));
