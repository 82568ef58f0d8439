#!/usr/bin/env node
// Runs the real-VS-Code suite under @vscode/test-electron (VS Code desktop, downloaded into .vscode-test/).
// Needs internet access to download VS Code the first time; on machines without it use `npm run test:vscode`,
// which runs the same suite in code-server + headless Chromium.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

try {
  const code = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/vscode/suite/index.js'),
    launchArgs: [path.join(root, 'test/fixtures/workspace'), '--disable-extensions'],
  });
  process.exitCode = code ?? 0;
} catch (err) {
  console.error(`test:electron failed: ${err instanceof Error ? err.message : err}`);
  console.error('VS Code desktop could not be downloaded or started. Without internet, use `npm run test:vscode`.');
  process.exitCode = 1;
}
