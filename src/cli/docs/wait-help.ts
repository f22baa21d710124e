/**
 * The help page of a service's `wait` command (`aws <service> wait help`): its description and
 * the waiters as its available commands, in the man-page layout of the other help pages. A
 * waiter's own page is the operation page of its operation, with the waiter's description and
 * no output (see `waiterHelpOperation` in `argv/wait.ts`).
 */
import { WAIT_COMMAND, WAIT_DESCRIPTION } from '../argv/wait.js';

const INDENT = '       ';
const WIDTH = 79;

/**
 * The `wait` command's page, listing `waiters` (CLI names) in the order given.
 * @example renderWaitHelp(['endpoint-deleted']).includes('o endpoint-deleted') // true
 */
export function renderWaitHelp(waiters: readonly string[]): string {
  const title = WAIT_COMMAND.toUpperCase();
  const lines = [`${title}()${' '.repeat(Math.max(1, 78 - 2 * (title.length + 2)))}${title}()`, '', ''];
  lines.push('NAME', `${INDENT}${WAIT_COMMAND} -`, '');
  lines.push('DESCRIPTION', ...wrap(WAIT_DESCRIPTION), '');
  lines.push('AVAILABLE COMMANDS');
  for (const name of waiters) lines.push('', `${INDENT}o ${name}`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/** `text` filled to the page width at the page's indent. */
function wrap(text: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && INDENT.length + line.length + 1 + word.length > WIDTH) {
      out.push(INDENT + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(INDENT + line);
  return out;
}
