/** The `aws-shorthand` executable: runs the command line against the process's streams. */
import { runCli } from './run.js';

// stdin is looked up only by the commands that read it: creating the stream costs a few
// milliseconds of every cold start.
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`aws-shorthand: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
