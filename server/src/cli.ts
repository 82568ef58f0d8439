/**
 * `fargate-lint`: the language service's rules on the command line, for CI pipelines.
 */
import { runCli } from './cli/run';

runCli(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`fargate-lint: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
