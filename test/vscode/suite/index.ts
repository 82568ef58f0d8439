/**
 * Entry of the suite that runs inside a real VS Code (code-server's extension host, or VS Code desktop under
 * @vscode/test-electron). Both call `run()`; it runs every *.test.js beside this file with mocha and logs one
 * machine-readable result line that the harness reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const RESULT_MARKER = '__FARGATE_RESULT__';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: stats.passes, failed: stats.failures, skipped: stats.pending })}`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else if (stats.passes === 0) reject(new Error('No tests ran.'));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
