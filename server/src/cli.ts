/**
 * `fargate-lint`: the language service's rules on the command line, for CI pipelines.
 */
import { runCli } from './cli/run';

// `fargate-lint . | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`fargate-lint: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
