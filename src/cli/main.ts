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
  // Ctrl-C while a request is sent ends it as the AWS CLI does; elsewhere SIGINT keeps its
  // default (the handler is only there while someone listens).
  onInterrupt: (listener: () => void) => {
    process.once('SIGINT', listener);
    return () => process.off('SIGINT', listener);
  },
};

// A reader that stops early (`| head -1`) closes our stdout: the next write fails with EPIPE.
// That is the reader's choice, not our failure, so the process ends at once, quietly, with
// status 0 (no stack trace, no further work). A closed stderr only loses the messages: the
// work on stdout goes on.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`aws-shorthand: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
