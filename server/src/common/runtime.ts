/**
 * Node flags the language server runs with, wherever it is started from: the VS Code client passes them as
 * `execArgv`, and the `fargate-language-server` bin carries them in its shebang (esbuild.mjs writes the banner from
 * this list, and `npm run bench` starts the server with the flags of that shebang).
 *
 * `--max-semi-space-size=2` caps each half of V8's young generation at 2 MB. By default it grows to 16 MB per half
 * after a burst of allocation (opening a folder of task definitions checks each of them), and the process keeps
 * that memory: 200 open task definitions took 110 MB of RSS, 80 MB with the cap. A parse tree outlives the young
 * generation either way (the analysis of an open document is kept), so the cap costs no measurable lint time.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
