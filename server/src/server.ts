/**
 * Entry point of `fargate-language-server`. Speaks LSP over `--stdio` (Neovim, Helix, Emacs, ...) or Node IPC
 * (`--node-ipc`, as the VS Code client starts it). The transport is chosen from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, SERVER_NAME, SERVER_VERSION } from './startServer';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h') || !args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stdout.write(
    `${SERVER_NAME} ${SERVER_VERSION}: the Fargate Authoring language server.\n` +
      'Usage: fargate-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n',
  );
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
// Keep stdout clean for the protocol: console output goes to the client's log.
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('uncaughtException', (err) => connection.console.error(`Uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));

startServer(connection);
connection.listen();
